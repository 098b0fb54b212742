"""Reading the print edition back: words with their positions (poppler's
``pdftotext -bbox-layout``), split into running head, text block and margins,
and the TEI facts the tests compare them with."""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

NS = {"tei": "http://www.tei-c.org/ns/1.0"}
XHTML = "{http://www.w3.org/1999/xhtml}"
MM = 72 / 25.4
# The type area of print.css (A4; margins 26 mm top and bottom, 26 mm inside and
# 40 mm outside): what lies above it is the running head, beside it the margin.
PAGE_WIDTH, TOP, BOTTOM, INNER, OUTER = 210 * MM, 26 * MM, 26 * MM, 26 * MM, 40 * MM


def norm(text: str) -> str:
    """Letters and digits only, lower case: immune to line breaks, spacing and
    hyphenation, so that a phrase can be looked for in a page's text."""
    return re.sub(r"[\W_]+", "", text).lower()


@dataclass
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class Page:
    number: int
    height: float
    lines: list[list[Word]] = field(default_factory=list)

    @property
    def recto(self) -> bool:
        return self.number % 2 == 1

    @property
    def block(self) -> tuple[float, float]:
        """Left and right edge of the type area."""
        left = INNER if self.recto else OUTER
        right = PAGE_WIDTH - (OUTER if self.recto else INNER)
        return left, right

    def words(self):
        return [word for line in self.lines for word in line]

    def head(self) -> str:
        return " ".join(w.text for w in self.words() if w.y1 <= TOP)

    def in_block(self, word: Word) -> bool:
        left, right = self.block
        # 3 pt of slack: glyph boxes of justified lines stick out a little; the
        # margin numbers stand 4 mm (11 pt) off the type area.
        return (word.y0 >= TOP - 3 and word.y1 <= self.height - BOTTOM + 3
                and word.x0 >= left - 3 and word.x1 <= right + 3)

    def body(self) -> str:
        """The text in the type area (text and footnotes), in reading order."""
        return " ".join(w.text for w in self.words() if self.in_block(w))

    def margin_words(self) -> list[Word]:
        return [w for w in self.words() if w.y0 >= TOP - 3 and not self.in_block(w)]


def read_pages(pdf: Path) -> list[Page]:
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True,
                         capture_output=True).stdout
    root = etree.fromstring(xml, etree.XMLParser(recover=True))
    pages = []
    for number, page in enumerate(root.iter(f"{XHTML}page"), start=1):
        result = Page(number, float(page.get("height")))
        for line in page.iter(f"{XHTML}line"):
            result.lines.append([Word(w.text or "", *(float(w.get(k)) for k in
                                                      ("xMin", "yMin", "xMax", "yMax")))
                                 for w in line.iter(f"{XHTML}word")])
        pages.append(result)
    return pages


def index_entries(pages: list[Page], start: int) -> list[str]:
    """The entries (and group headings) of the index from page ``start`` on: a line
    that begins at the left edge of the type area starts an entry, the indented
    lines after it continue it."""
    entries: list[str] = []
    for page in pages[start - 1:]:
        left, _ = page.block
        for line in page.lines:
            words = [w for w in line if page.in_block(w)]
            if not words:
                continue
            text = " ".join(w.text for w in words)
            if words[0].x0 <= left + 1 or not entries:
                entries.append(text)
            else:
                entries[-1] += " " + text
    return entries


def pages_containing(pages: list[Page], phrase: str) -> list[int]:
    key = norm(phrase)
    return [p.number for p in pages if key and key in norm(p.body())]


# ------------------------------------------------------------------ the TEI side
def tei(path: Path):
    return etree.parse(str(path))


def text_before(element) -> str:
    """The text of the block that holds ``element`` up to it, other notes left out."""
    block = element.getparent()
    while etree.QName(block).localname not in ("p", "item", "ab", "head", "titlePart"):
        block = block.getparent()
    parts = []

    def walk(node) -> bool:
        if node is element:
            return True
        if etree.QName(node).localname == "note":
            parts.append(node.tail or "")
            return False
        parts.append(node.text or "")
        for child in node:
            if walk(child):
                return True
        if node is not block:
            parts.append(node.tail or "")
        return False

    walk(block)
    return "".join(parts)


def note_text(note) -> str:
    return "".join(note.itertext())
