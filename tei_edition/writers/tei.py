"""Document model -> TEI P5 document (lxml tree and serialized bytes)."""
from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from ..model import Document, ListBlock, Paragraph, Section, Turn, plain_text
from ..problems import Problems
from ..registers import Register
from .tei_header import HeaderContext, build_header
from .tei_text import TEI_NS, XML_ID, XML_LANG, TextWriter, el, rend_tokens, stand_off, sub

SCHEMA_PIS = [
    ('href="../schemas/tei-edition.rng" type="application/xml" '
     'schematypens="http://relaxng.org/ns/structure/1.0"'),
    ('href="../schemas/tei-edition.sch" type="application/xml" '
     'schematypens="http://purl.oclc.org/dsdl/schematron"'),
]


def build_tei(document: Document, register: Register, edition: dict, source: dict,
              date: str | None, problems: Problems) -> etree._ElementTree:
    notes = {note.n: note for note in document.notes}
    writer = TextWriter(document, notes)
    text = _text(document, writer)
    ctx = HeaderContext(document, edition, source, date, _word_count(document))
    header = build_header(ctx, problems)
    if document.summary is not None:
        abstract = header.find(f".//{{{TEI_NS}}}abstract")
        writer.inline(sub(abstract, "p", {"rend": _summary_rend(document)}),
                      document.summary.content)
    participants = _participants(document, source, register)
    for ref in participants:
        if ref not in writer.referenced:
            writer.referenced.append(ref)
    if participants:
        _partic_desc(header, participants, register)
    root = el("TEI", {XML_ID: document.id})
    root.append(header)
    stand = stand_off(register, writer.referenced)
    if stand is not None:
        root.append(stand)
    root.append(text)
    _tags_decl(root)
    tree = etree.ElementTree(root)
    for pi in SCHEMA_PIS:
        root.addprevious(etree.ProcessingInstruction("xml-model", pi))
    return tree


def serialize(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _text(document: Document, writer: TextWriter) -> etree._Element:
    text = el("text", {XML_LANG: "en", "rend": _end_rend(document)})
    front = sub(text, "front")
    if document.date is not None:
        sub(front, "docDate", {"when": document.date.when,
                               "rend": rend_tokens(f"space-before({document.date.gap})"
                                                   if document.date.gap else None)}
            ).text = None
        date_el = front[-1]
        parts = document.date.text.split("\n")
        date_el.text = parts[0]
        for part in parts[1:]:
            sub(date_el, "lb").tail = part
    body = sub(text, "body")
    if document.titles:
        first = document.titles[0]
        doc_title = sub(front, "docTitle")
        writer.inline(sub(doc_title, "titlePart", {"type": "main", "rend": _gap(first.gap)}),
                      first.content)
        for title in document.titles[1:]:
            writer.inline(sub(body, "head", {"rend": _gap(title.gap)}), title.content)
    if len(front) == 0:
        text.remove(front)
    writer.blocks(body, document.body)
    unanchored = [note for note in document.notes if not note.anchored]
    if unanchored:
        back = sub(text, "back")
        div = sub(back, "div", {"type": "notes"})
        for note in unanchored:
            div.append(writer.note(note))
    return text


def _gap(gap: int) -> str | None:
    return None if gap == 1 else f"space-before({gap})"


def _summary_rend(document: Document) -> str | None:
    return _gap(document.summary.gap)


def _end_rend(document: Document) -> str | None:
    tokens = []
    if document.trailing:
        tokens.append(f"space-after({document.trailing})")
    if not document.final_newline:
        tokens.append("no-final-newline")
    return rend_tokens(*tokens)


def _word_count(document: Document) -> int:
    words = 0

    def count(blocks):
        nonlocal words
        for block in blocks:
            if isinstance(block, (Section, Turn)):
                count(block.blocks)
            elif isinstance(block, ListBlock):
                for item in block.items:
                    words += len(plain_text(item.content).split())
            elif isinstance(block, Paragraph):
                words += len(plain_text(block.content).split())
    count(document.body)
    return words


def _participants(document: Document, source: dict, register: Register) -> list[str]:
    refs = [ref for ref in source.get("participants", []) if ref in register]
    for block in _walk(document.body):
        if isinstance(block, Turn) and block.speaker.ref and block.speaker.ref not in refs:
            refs.append(block.speaker.ref)
    return refs


def _walk(blocks):
    for block in blocks:
        yield block
        if isinstance(block, (Section, Turn)):
            yield from _walk(block.blocks)


def _partic_desc(header, participants: list[str], register: Register):
    profile = header.find(f"{{{TEI_NS}}}profileDesc")
    partic = el("particDesc")
    listing = sub(partic, "listPerson", {"type": "participants"})
    for ref in participants:
        entry = register.get(ref)
        person = sub(listing, "person", {"sameAs": f"#{ref}"})
        sub(person, "persName", {"ref": f"#{ref}"}, entry.name if entry else ref)
    creation = profile.find(f"{{{TEI_NS}}}creation")
    creation.addnext(partic)


def _tags_decl(root):
    counts = Counter(etree.QName(e).localname for e in root.find(f"{{{TEI_NS}}}text").iter()
                     if isinstance(e.tag, str))
    tags = root.find(f".//{{{TEI_NS}}}tagsDecl")
    namespace = sub(tags, "namespace", {"name": TEI_NS})
    for gi in sorted(counts):
        sub(namespace, "tagUsage", {"gi": gi, "occurs": str(counts[gi])})


def is_ncname(value: str) -> bool:
    return re.fullmatch(r"[A-Za-z_][\w.-]*", value) is not None
