"""References to other documents in a translator's or editor's text:
``see “Notes from the meeting of … on 20 July 1963.”`` becomes a ``Bibl``
(its title, with the date inside it as a ``DateRef``)."""
from __future__ import annotations

import re

from ..model import Bibl, DateRef, Inline, Text
from .dates import parse_date

REFERENCE = re.compile(r"(?<![\w])([Ss]ee(?: also)?\s+)“([A-Z][^”]{9,300}?)([.,;:]?)”")
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December)")
DATE_IN_TEXT = re.compile(rf"\b(?:\d{{1,2}} {MONTH},? \d{{4}}|{MONTH} \d{{1,2}}, \d{{4}})\b")


def mark_references(nodes: list[Inline]) -> list[Inline]:
    out: list[Inline] = []
    for node in nodes:
        if not isinstance(node, Text):
            out.append(node)
            continue
        position = 0
        for match in REFERENCE.finditer(node.text):
            title_start, title_end = match.start(2), match.end(2)
            _text(out, node.text[position:title_start])
            out.append(Bibl(_dates(node.text[title_start:title_end])))
            position = title_end
        _text(out, node.text[position:])
    return out


def _dates(text: str) -> list[Inline]:
    out: list[Inline] = []
    position = 0
    for match in DATE_IN_TEXT.finditer(text):
        when = parse_date(match.group(0))
        if when is None:
            continue
        _text(out, text[position:match.start()])
        out.append(DateRef(match.group(0), when))
        position = match.end()
    _text(out, text[position:])
    return out


def _text(out: list[Inline], text: str):
    if text:
        out.append(Text(text))
