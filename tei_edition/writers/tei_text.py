"""The TEI ``text`` (and ``standOff``) of a document model.

Source layout is kept so that the text can be written back exactly:
``@rend`` token ``space-before(N)`` on a block when N blank lines (not one)
preceded it, ``space-after(N)`` / ``no-final-newline`` on ``text`` for the end
of the file, ``glued`` on a note whose marker was a bare digit.
"""
from __future__ import annotations

from lxml import etree

from ..model import (Bibl, Block, DateRef, Document, Gap, Inline, LineBreak, ListBlock, Name,
                     Note, NoteRef, Paragraph, Section, Sic, Supplied, Text, Turn)
from ..registers import Register

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NAME_ELEMENTS = {"person": "persName", "org": "orgName", "place": "placeName"}
GAP_RENDS = {"...": "dots", "…": "ellipsis", ". . .": "spaced-dots"}
BULLET_RENDS = {"-": "dash", "•": "bullet", "–": "en-dash", "*": "asterisk"}


def el(tag: str, attrib: dict | None = None, text: str | None = None) -> etree._Element:
    element = etree.Element(f"{{{TEI_NS}}}{tag}", {k: v for k, v in (attrib or {}).items()
                                                   if v is not None}, nsmap={None: TEI_NS})
    if text is not None:
        element.text = text
    return element


def sub(parent, tag, attrib=None, text=None):
    child = el(tag, attrib, text)
    parent.append(child)
    return child


def rend_tokens(*tokens) -> str | None:
    joined = " ".join(t for t in tokens if t)
    return joined or None


def gap_rend(gap: int, default: int = 1) -> str | None:
    return None if gap == default else f"space-before({gap})"


class TextWriter:
    """Writes blocks and inline nodes; collects the entities referred to."""

    def __init__(self, document: Document, notes_by_n: dict[str, Note]):
        self.document = document
        self.notes = notes_by_n
        self.paragraph_number = 0
        self.section_ids: set[str] = set()
        self.referenced: list[str] = []

    # ------------------------------------------------------------ inline
    def inline(self, parent: etree._Element, nodes: list[Inline]):
        for node in nodes:
            if isinstance(node, Text):
                _append_text(parent, node.text)
            elif isinstance(node, Supplied):
                child = sub(parent, "supplied", {"reason": node.reason, "cert": node.cert,
                                                 "resp": "#translator"})
                self.inline(child, node.children)
            elif isinstance(node, Sic):
                sub(parent, "sic", {"rend": "attached" if node.attached else None},
                    node.word or None)
            elif isinstance(node, Gap):
                sub(parent, "gap", {"reason": "omitted", "resp": "#translator",
                                    "rend": GAP_RENDS[node.mark]})
            elif isinstance(node, LineBreak):
                sub(parent, "lb")
            elif isinstance(node, Name):
                if node.ref not in self.referenced:
                    self.referenced.append(node.ref)
                child = sub(parent, NAME_ELEMENTS[node.kind], {"ref": f"#{node.ref}"})
                self.inline(child, node.children)
            elif isinstance(node, NoteRef):
                parent.append(self.note(self.notes[node.n], glued=node.glued))
            elif isinstance(node, Bibl):
                self.inline(sub(sub(parent, "bibl"), "title"), node.children)
            elif isinstance(node, DateRef):
                sub(parent, "date", {"when": node.when}, node.text)

    def note(self, note: Note, glued: bool = False, default_gap: int = 1) -> etree._Element:
        element = el("note", {
            XML_ID: f"n{note.n}", "n": note.n, "type": note.type, "place": "foot",
            "resp": "#translator" if note.type == "translator" else None,
            "rend": rend_tokens(gap_rend(note.gap, default_gap), "glued" if glued else None)})
        target = element
        if len(note.paragraphs) > 1:
            target = sub(element, "p")
        if note.prefix:
            label = note.prefix.rstrip()
            sub(target, "label", text=label)
            _append_text(target, note.prefix[len(label):])
        self.inline(target, note.paragraphs[0])
        for paragraph, gap in zip(note.paragraphs[1:], note.gaps):
            self.inline(sub(element, "p", {"rend": gap_rend(gap)}), paragraph)
        return element

    # ------------------------------------------------------------ blocks
    def blocks(self, parent: etree._Element, blocks: list[Block]):
        for block in blocks:
            if isinstance(block, Section):
                self.section(parent, block)
                continue
            closing = isinstance(block, Paragraph) and block.kind in ("signed", "trailer")
            target = parent if closing else _after_divisions(parent)  # divBottom may follow divs
            if isinstance(block, Turn):
                self.turn(target, block)
            elif isinstance(block, ListBlock):
                self.list(target, block)
            elif isinstance(block, Paragraph):
                self.paragraph(target, block)

    def _citable(self) -> dict:
        self.paragraph_number += 1
        return {XML_ID: f"p{self.paragraph_number}", "n": str(self.paragraph_number)}

    def paragraph(self, parent, block: Paragraph, with_gap: bool = True):
        """``with_gap`` False: the block's gap is on the speaker before it."""
        rend = gap_rend(block.gap) if with_gap else None
        if block.kind == "head":
            element = sub(parent, "head", {"rend": rend})
        elif block.kind == "header":
            element = sub(parent, "ab", {"type": "header", **self._citable(), "rend": rend})
        elif block.kind == "signed":
            element = sub(sub(parent, "closer"), "signed", {"rend": rend})
        elif block.kind == "trailer":
            element = sub(parent, "trailer", {"rend": rend})
        else:
            element = sub(parent, "p", {**self._citable(), "rend": rend})
        _append_text(element, block.lead)
        if block.label is not None:
            label = sub(element, "label")
            self.inline(label, _parse_label(block.label))
        self.inline(element, block.content)
        return element

    def section(self, parent, section: Section):
        base = f"s{section.n}" if section.level == 1 else \
            f"{self._parent_section_id(parent)}{section.n}"
        identifier, count = base, 1
        while identifier in self.section_ids:
            count += 1
            identifier = f"{base}-{count}"
        self.section_ids.add(identifier)
        div = sub(parent, "div", {XML_ID: identifier, "type": "section" if section.level == 1
                                  else "subsection", "n": section.n})
        self.blocks(div, section.blocks)

    @staticmethod
    def _parent_section_id(parent) -> str:
        return (parent.get(XML_ID) or "s").split("-")[0] if parent.tag == f"{{{TEI_NS}}}div" \
            else "s"

    def turn(self, parent, turn: Turn):
        speaker = turn.speaker
        sp = sub(parent, "sp", {"who": f"#{speaker.ref}" if speaker.ref else None})
        speaker_el = sub(sp, "speaker", {"rend": gap_rend(turn.gap)})
        _append_text(speaker_el, speaker.lead)
        self.inline(speaker_el, speaker.content)
        _append_text(speaker_el, ":" + speaker.separator)
        first, *rest = turn.blocks
        self.paragraph(sp, first, with_gap=False)
        self.blocks(sp, rest)

    def list(self, parent, block: ListBlock):
        if block.kind == "bulleted":
            attrib = {"type": "bulleted", "rend": BULLET_RENDS[block.bullet]}
        else:
            attrib = {"type": "ordered", "rend": "lettered"}
        element = sub(parent, "list", {**self._citable(), **attrib})
        for index, item in enumerate(block.items):
            default = 1
            n = item.marker.rstrip(") ").split("[")[0].strip() if block.kind == "lettered" \
                else None
            node = sub(element, "item", {"n": n, "rend": gap_rend(item.gap, default)})
            _append_text(node, item.lead)
            if block.kind == "lettered":
                self.inline(sub(node, "label"), _parse_label(item.marker.rstrip()))
                _append_text(node, item.marker[len(item.marker.rstrip()):])
            self.inline(node, item.content)


def _after_divisions(parent):
    """TEI allows no block after a div: blocks that follow sections at the same level
    go into a div type="unnumbered" (one per run of blocks)."""
    if len(parent) == 0 or parent[-1].tag != f"{{{TEI_NS}}}div":
        return parent
    if parent[-1].get("type") == "unnumbered":
        return parent[-1]
    return sub(parent, "div", {"type": "unnumbered"})


def _parse_label(label: str) -> list[Inline]:
    """'f [sic])' -> Sic('f'), ')'; other labels are plain text."""
    if "[sic]" in label:
        word, _, rest = label.partition("[sic]")
        return [Sic(word.rstrip(), attached=not word.endswith(" ")), Text(rest)]
    return [Text(label)]


def _append_text(element, text: str):
    if not text:
        return
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def stand_off(register: Register, ids: list[str]) -> etree._Element | None:
    """The register entries a document refers to, so that it stands alone."""
    if not ids:
        return None
    stand = el("standOff")
    lists = {"person": ("listPerson", "person"), "org": ("listOrg", "org"),
             "place": ("listPlace", "place")}
    for kind, (list_tag, entry_tag) in lists.items():
        entries = [e for e in register.of_kind(kind) if e.id in ids]
        if not entries:
            continue
        container = sub(stand, list_tag)
        for entry in entries:
            container.append(entity_element(entry, entry_tag))
    return stand


def entity_element(entry, entry_tag: str) -> etree._Element:
    name_tag = NAME_ELEMENTS[entry.kind]
    # TEI's person has no @type; org and place have
    node = el(entry_tag, {XML_ID: entry.id, "type": entry.type if entry.kind != "person" else None})
    sub(node, name_tag, {"type": "preferred"}, entry.name)
    if entry.sort:
        sub(node, name_tag, {"type": "sort"}, entry.sort)
    for form in entry.forms:
        if form != entry.name:
            sub(node, name_tag, {"type": "variant"}, form)
    if entry.kind == "person":
        if entry.birth:
            sub(node, "birth", {"when": entry.birth})
        if entry.death:
            sub(node, "death", {"when": entry.death})
    if entry.kind == "org" and (entry.founded or entry.dissolved):
        sub(node, "event", {"type": "existence", "from": entry.founded,
                            "to": entry.dissolved}).append(el("p", text="Existence"))
    if entry.wikidata:  # idno before note: TEI's org allows no idno after a note
        sub(node, "idno", {"type": "wikidata"}, f"http://www.wikidata.org/entity/{entry.wikidata}")
    if entry.viaf:
        sub(node, "idno", {"type": "viaf"}, f"http://viaf.org/viaf/{entry.viaf}")
    if entry.note:
        sub(node, "note", text=entry.note)
    return node
