"""Reading TEI safely: no network, no external entities, no entity
expansion bombs; malformed XML is a problem with file and line."""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..problems import EditionError, Problem

TEI_NS = "http://www.tei-c.org/ns/1.0"


def safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_blank_text=False)


def parse_xml(data: bytes, display: str) -> etree._ElementTree:
    """Parse bytes; raise EditionError naming the line on malformed or hostile input."""
    try:
        tree = etree.ElementTree(etree.fromstring(data, safe_parser()))
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        raise EditionError([Problem("error", display, line, f"malformed XML: {exc.msg}",
                                    hint="fix the markup at this point (an unclosed tag, "
                                    "a stray '<' or '&')", column=column, code="xml")]) from exc
    docinfo = tree.docinfo
    if docinfo.internalDTD is not None or b"<!ENTITY" in data[:4096]:
        raise EditionError([Problem("error", display, 1, "the file declares a DTD or entities; "
                                    "TEI files of an edition must not",
                                    hint="remove the <!DOCTYPE …> declaration", code="xml-dtd")])
    return tree


def load_tei(path: Path) -> etree._ElementTree:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EditionError([Problem("error", str(path), None,
                                    f"cannot read the file: {exc.strerror}", code="io")]) from exc
    tree = parse_xml(data, str(path))
    root = tree.getroot()
    if root.tag != f"{{{TEI_NS}}}TEI":
        raise EditionError([Problem("error", str(path), root.sourceline,
                                    f"the root element is {root.tag!r}, not TEI in the TEI "
                                    "namespace", hint=f'use <TEI xmlns="{TEI_NS}">',
                                    code="namespace")])
    return tree
