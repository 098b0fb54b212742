"""The translator's square brackets and footnote markers inside a block.

``parse_inline`` turns a block's text into inline nodes:

========================  ===========================================
``[and]``                 ``Supplied(reason="omitted")``
``[W]e``                  ``Supplied`` inside the word
``[Williams?]``           ``Supplied(reason="unclear", cert="low")``
``f [sic]``               ``Sic("f")``
``[...]`` / ``[…]``       ``Gap``
``[1]``, ``JELEŃ2``       ``NoteRef`` (the glued digit only when note 2 exists)
``[Excerpt]`` in a title  ``Supplied(reason="editorial")``
========================  ===========================================

Identifications before a name (``[Soviet leader Nikita] Khrushchev``) are
recognized later, when names are tagged: only then is it known that a name
follows the bracket.
"""
from __future__ import annotations

import re

from ..model import Gap, Inline, LineBreak, NoteRef, Sic, Supplied, Text
from ..problems import Problems
from .references import mark_references

NOTE_MARKER = re.compile(r"\d{1,3}")
GAP_MARKS = {"...", "…", ". . ."}
# a digit glued to the end of a word: JELEŃ2, JASZCZUK1
GLUED_MARKER = re.compile(r"(?<=[^\W\d_])(\d{1,3})(?![\w])")
SIC_WORD = re.compile(r"(\S+?)( ?)$")


class InlineParser:
    """Parses the inline content of one source; knows the note numbers."""

    def __init__(self, problems: Problems, note_numbers: set[str],
                 glued: set[str] | None = None):
        """``glued``: the note numbers a bare digit glued to a word may mark
        (default: all; the reader passes those with no [n] marker anywhere)."""
        self.problems = problems
        self.note_numbers = note_numbers
        self.glued = note_numbers if glued is None else glued
        self.markers_seen: list[tuple[str, int]] = []

    def parse(self, text: str, line: int, column: int = 1, context: str = "text") -> list[Inline]:
        """``text`` may span several lines ("\\n"); ``line``/``column`` locate its start."""
        nodes: list[Inline] = []
        pos = 0
        while pos < len(text):
            opening = text.find("[", pos)
            closing = text.find("]", pos)
            if closing != -1 and (opening == -1 or closing < opening):
                self._error_at(text, closing, line, column, "a ']' closes a bracket that was never "
                               "opened", "add the missing '[' or remove the ']'")
                return self._plain(text, line, nodes_before=nodes, start=pos)
            if opening == -1:
                self._append_text(nodes, text[pos:], line + text.count("\n", 0, pos))
                break
            closing = text.find("]", opening + 1)
            nested = text.find("[", opening + 1)
            if closing == -1 or (nested != -1 and nested < closing):
                self._error_at(text, opening, line, column, "unbalanced '[': the bracket is not "
                               "closed" + (" before the next '['" if closing != -1 else ""),
                               "close the bracket with ']' (brackets cannot be nested)")
                return self._plain(text, line, nodes_before=nodes, start=pos)
            self._append_text(nodes, text[pos:opening], line + text.count("\n", 0, pos))
            content = text[opening + 1 : closing]
            here = line + text.count("\n", 0, opening)
            self._bracket(nodes, content, here, context, text, opening, column if here == line else 1)
            pos = closing + 1
        return mark_references(nodes)

    # ------------------------------------------------------------ helpers
    def _plain(self, text, line, nodes_before, start):
        """After an error: keep the rest as plain text so later checks still run."""
        self._append_text(nodes_before, text[start:], line)
        return nodes_before

    def _error_at(self, text, offset, line, column, message, hint):
        here = line + text.count("\n", 0, offset)
        line_start = text.rfind("\n", 0, offset) + 1
        col = (offset - line_start) + (column if line_start == 0 else 1)
        self.problems.error(here, message, hint=hint, column=col, code="brackets")

    def _append_text(self, nodes: list[Inline], text: str, line: int):
        if not text:
            return
        parts = text.split("\n")
        for index, part in enumerate(parts):
            if index:
                nodes.append(LineBreak())
            self._append_glued_markers(nodes, part, line + index)

    def _append_glued_markers(self, nodes, text, line):
        pos = 0
        for match in GLUED_MARKER.finditer(text):
            if match.group(1) not in self.glued:
                continue
            _add_text(nodes, text[pos : match.start()])
            nodes.append(NoteRef(match.group(1), glued=True))
            self.markers_seen.append((match.group(1), line))
            pos = match.end()
        _add_text(nodes, text[pos:])

    def _bracket(self, nodes, content, line, context, text, offset, column):
        if NOTE_MARKER.fullmatch(content):
            if content in self.note_numbers:
                nodes.append(NoteRef(content))
                self.markers_seen.append((content, line))
            else:
                self._error_at(text, offset, line - text.count("\n", 0, offset), column,
                               f"footnote marker [{content}] has no note {content} at the end "
                               "of the text",
                               f"add a line '[{content}] …' to the notes, or remove the marker")
                nodes.append(Supplied([Text(content)]))
        elif content == "sic":
            nodes.append(self._sic(nodes))
        elif content in GAP_MARKS:
            nodes.append(Gap(content))
        elif content.endswith("?") and len(content) > 1:
            nodes.append(Supplied([Text(content[:-1])], reason="unclear", cert="low"))
        elif content.strip() == "":
            self._error_at(text, offset, line - text.count("\n", 0, offset), column,
                           "empty brackets '[]'", "remove them or put the supplied words inside")
            nodes.append(Text("[" + content + "]"))
        else:
            reason = "editorial" if context == "title" else "omitted"
            nodes.append(Supplied([Text(content)], reason=reason))

    @staticmethod
    def _sic(nodes) -> Sic:
        """``[sic]`` marks the word before it: take that word out of the text."""
        if nodes and isinstance(nodes[-1], Text):
            match = SIC_WORD.search(nodes[-1].text)
            if match and match.group(1).strip():
                word, space = match.group(1), match.group(2)
                rest = nodes[-1].text[: match.start()]
                if rest:
                    nodes[-1].text = rest
                else:
                    nodes.pop()
                return Sic(word, attached=not space)
        return Sic("", attached=True)


def _add_text(nodes, text):
    if not text:
        return
    if nodes and isinstance(nodes[-1], Text):
        nodes[-1].text += text
    else:
        nodes.append(Text(text))
