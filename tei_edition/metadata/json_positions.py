"""Line numbers of JSON values, so that schema problems can name a line.

``value_lines(text)`` maps each path (a tuple of keys and indices) to the line
where its value starts.  It scans text that ``json.loads`` already accepted.
"""
from __future__ import annotations

import json
import re

_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_SCALAR = re.compile(r"-?[0-9][0-9.eE+-]*|true|false|null")


def value_lines(text: str) -> dict[tuple, int]:
    lines: dict[tuple, int] = {}
    newlines = [i for i, c in enumerate(text) if c == "\n"]

    def line_of(offset: int) -> int:
        lo, hi = 0, len(newlines)
        while lo < hi:
            mid = (lo + hi) // 2
            if newlines[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo + 1

    def skip(pos):
        return _WS.match(text, pos).end()

    def value(pos, path):
        pos = skip(pos)
        lines[path] = line_of(pos)
        char = text[pos]
        if char == "{":
            pos = skip(pos + 1)
            if text[pos] == "}":
                return pos + 1
            while True:
                match = _STRING.match(text, skip(pos))
                key = json.loads(match.group(0))
                pos = skip(match.end()) + 1  # the colon
                pos = skip(value(pos, path + (key,)))
                if text[pos] == "}":
                    return pos + 1
                pos += 1  # the comma
        if char == "[":
            pos = skip(pos + 1)
            if text[pos] == "]":
                return pos + 1
            index = 0
            while True:
                pos = skip(value(pos, path + (index,)))
                index += 1
                if text[pos] == "]":
                    return pos + 1
                pos += 1
        if char == '"':
            return _STRING.match(text, pos).end()
        return _SCALAR.match(text, pos).end()

    try:
        value(0, ())
    except (AttributeError, IndexError, ValueError):
        pass
    return lines
