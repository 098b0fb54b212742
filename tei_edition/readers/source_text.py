"""Decoding a source file and cutting it into blocks of lines."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..problems import Problems


# characters that XML 1.0 does not allow (tab, LF and CR are fine)
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class RawBlock:
    line: int  # 1-based line of the block's first line
    gap: int  # blank lines before it
    lines: list[str]


def decode(data: bytes, problems: Problems) -> str | None:
    """Bytes to text: UTF-8 only, BOM removed, line endings normalized."""
    if data.startswith(b"\xef\xbb\xbf"):
        problems.warning(1, "the file starts with a byte-order mark (BOM); it was removed",
                         hint="save the file as UTF-8 without BOM", code="bom")
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        problems.error(line, f"the file is not valid UTF-8 (byte 0x{data[exc.start]:02x} "
                       f"cannot be decoded)", column=column, code="encoding",
                       hint="convert the file to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8")
        return None
    if "\r" in text:
        first = text[: text.index("\r")].count("\n") + 1
        problems.warning(first, "Windows (CRLF) or old Mac (CR) line endings were "
                         "normalized to LF", code="line-endings",
                         hint="save the file with Unix (LF) line endings")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = NOT_XML.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        problems.error(line, f"the file contains the control character U+{ord(bad.group()):04X}, "
                       "which XML cannot hold", column=column, code="encoding",
                       hint="delete it (a form feed or other control code left by a word "
                       "processor or a scanner)")
        return None
    return text


def split_blocks(text: str, problems: Problems) -> tuple[list[RawBlock], int, bool]:
    """Blocks separated by blank lines; returns blocks, trailing blank lines and
    whether the text ended with a newline."""
    final_newline = text.endswith("\n")
    lines = text.split("\n")
    if final_newline:
        lines.pop()
    blocks: list[RawBlock] = []
    gap = 0
    for number, line in enumerate(lines, start=1):
        if line.strip() == "":
            if line:
                problems.warning(number, "a line holds only white space; it was read as a "
                                 "blank line and its spaces were dropped", code="blank-spaces",
                                 hint="delete the spaces on that line")
            gap += 1
            continue
        if blocks and gap == 0:
            blocks[-1].lines.append(line)
        else:
            blocks.append(RawBlock(number, gap, [line]))
        gap = 0
    return blocks, gap, final_newline
