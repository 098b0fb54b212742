"""The document model: what a reader recognizes and a writer encodes.

Readers build these objects from a source; writers turn them into TEI.  Inline
content is a list of nodes (``Text``, ``Supplied``, ``Sic``, ``Gap``,
``NoteRef``, ``Name``); block content is a tree of ``Section``s, ``Paragraph``s,
``ListBlock``s and the document's front and back parts.  Every block remembers
its source line and how many blank lines preceded it, so that the source
layout can be written back exactly.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


# ---------------------------------------------------------------- inline
@dataclass
class Text:
    text: str


@dataclass
class Supplied:
    """Words the translator put in square brackets."""

    children: list["Inline"]
    reason: str = "omitted"  # omitted | identification | editorial
    cert: str | None = None  # "low" for an uncertain reading [Williams?]

    @property
    def text(self) -> str:
        return plain_text(self.children)


@dataclass
class Sic:
    """A word marked ``[sic]``; ``attached`` when no space stood before ``[sic]``."""

    word: str
    attached: bool = False


@dataclass
class Gap:
    """An omission mark ``[...]`` or ``[…]``; ``mark`` is what stood in brackets."""

    mark: str


@dataclass
class NoteRef:
    """A footnote marker: ``[1]`` or a digit glued to a word (``glued``)."""

    n: str
    glued: bool = False


@dataclass
class LineBreak:
    pass


@dataclass
class DateRef:
    """A date in running text that the reader could read: ``20 July 1963``."""

    text: str
    when: str


@dataclass
class Bibl:
    """A reference to another document: the title quoted after "see"."""

    children: list["Inline"]


@dataclass
class Name:
    kind: str  # person | org | place
    ref: str
    children: list["Inline"]


Inline = Union[Text, Supplied, Sic, Gap, NoteRef, LineBreak, Name, DateRef, Bibl]


def plain_text(nodes: list[Inline]) -> str:
    """The text of inline nodes without any editorial marks."""
    out = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, DateRef):
            out.append(node.text)
        elif isinstance(node, (Supplied, Name, Bibl)):
            out.append(plain_text(node.children))
        elif isinstance(node, Sic):
            out.append(node.word)
        elif isinstance(node, LineBreak):
            out.append(" ")
    return "".join(out)


# ---------------------------------------------------------------- blocks
@dataclass
class Block:
    line: int
    gap: int  # blank lines before this block in the source


@dataclass
class DocDate(Block):
    text: str
    when: str | None


@dataclass
class Title(Block):
    content: list[Inline]


@dataclass
class Speaker:
    """``[Hysni Kapo]:`` or ``Zhou Enlai:`` (the brackets are a ``Supplied`` in
    ``content``); ``ref`` once linked."""

    name: str
    ref: str | None = None
    content: list[Inline] = field(default_factory=list)
    lead: str = ""  # white space before the label
    separator: str = " "  # white space between the colon and the text


@dataclass
class Paragraph(Block):
    content: list[Inline]
    kind: str = "p"  # p | head | header (To: …) | signed | trailer (closing lines) | summary
    label: str | None = None  # the section label as typed: "1)", "f [sic])"
    lead: str = ""  # whitespace before the label (or the speaker)


@dataclass
class Item:
    line: int
    gap: int
    marker: str  # "- " or "a) " as typed, including the following space(s)
    content: list[Inline]
    lead: str = ""


@dataclass
class ListBlock(Block):
    kind: str  # bulleted | lettered
    items: list[Item]
    bullet: str = "-"


@dataclass
class Turn(Block):
    """A speaker's turn: the speaker label and the blocks it holds."""

    speaker: Speaker
    blocks: list[Block]


@dataclass
class Section(Block):
    n: str
    level: int  # 1 numbered, 2 lettered
    blocks: list[Block]


@dataclass
class Note(Block):
    n: str
    prefix: str  # "Translator’s note: " as typed, or ""
    type: str  # translator | editor
    paragraphs: list[list[Inline]]
    gaps: list[int]  # blank lines before each further paragraph
    anchored: bool = False
    lines: list[int] = field(default_factory=list)  # source line of each paragraph


@dataclass
class Document:
    id: str
    source: str  # file name, for messages
    date: DocDate | None
    titles: list[Title]  # one or two
    body: list[Block]
    notes: list[Note]
    summary: Paragraph | None
    trailing: int = 0  # blank lines after the last block
    final_newline: bool = True


def source_text(nodes: list[Inline]) -> str:
    """Inline nodes written back as the translator typed them (brackets,
    ``[sic]``, markers).  The XSLT source edition follows the same rules."""
    out = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, Supplied):
            out.append("[" + source_text(node.children) + ("?" if node.cert == "low" else "") + "]")
        elif isinstance(node, (Name, Bibl)):
            out.append(source_text(node.children))
        elif isinstance(node, DateRef):
            out.append(node.text)
        elif isinstance(node, Sic):
            out.append(node.word + ("" if node.attached else " ") + "[sic]")
        elif isinstance(node, Gap):
            out.append("[" + node.mark + "]")
        elif isinstance(node, NoteRef):
            out.append(node.n if node.glued else f"[{node.n}]")
        elif isinstance(node, LineBreak):
            out.append("\n")
    return "".join(out)
