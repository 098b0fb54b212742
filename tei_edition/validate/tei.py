"""TEI files: well-formed and safe XML, TEI in the TEI namespace, valid against
``schemas/tei-edition.rng`` (RELAX NG) and ``schemas/tei-edition.sch``
(ISO Schematron); every problem with the line of the element at fault.

The schemas are compiled once per process (:func:`functools.lru_cache`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree, isoschematron

from ..problems import ERROR, WARNING, EditionError, Problem
from ..render.xml_input import parse_xml
from ..resources import schemas_dir
from .grammar import Grammar
from .rng_messages import TEI_NS, rng_problems

RNG_FILE = "tei-edition.rng"
SCHEMATRON_FILE = "tei-edition.sch"
SVRL = "http://purl.oclc.org/dsdl/svrl"
LEVELS = {"error": ERROR, "fatal": ERROR, "warning": WARNING, "warn": WARNING, "info": WARNING}
_DUPLICATE_ID = re.compile(r"^malformed XML: ID \S+ already defined")


@lru_cache(maxsize=None)
def relaxng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(schemas_dir() / RNG_FILE)))


@lru_cache(maxsize=None)
def grammar() -> Grammar:
    return Grammar(etree.parse(str(schemas_dir() / RNG_FILE)))


@lru_cache(maxsize=None)
def schematron() -> isoschematron.Schematron:
    return isoschematron.Schematron(etree.parse(str(schemas_dir() / SCHEMATRON_FILE)),
                                    store_report=True)


def check_tei(data: bytes, display: str) -> list[Problem]:
    """All problems of one TEI file, in the order of their lines."""
    try:
        tree = read_tree(data, display)
    except EditionError as error:
        return error.problems
    root = tree.getroot()
    if root.tag != f"{{{TEI_NS}}}TEI":
        namespace = etree.QName(root).namespace
        return [Problem(ERROR, display, root.sourceline,
                        f"the root element is <{etree.QName(root).localname}> in "
                        f"{'the namespace ' + namespace if namespace else 'no namespace'}, "
                        "not <TEI> in the TEI namespace",
                        hint=f'the root element of a TEI file is <TEI xmlns="{TEI_NS}">',
                        code="namespace")]
    rules = schematron_problems(tree, display)
    # A value both report (a date): the rule's message is the more precise one.
    said = {(p.line, _subject(p.message)) for p in rules}
    problems = [p for p in rng_problems(relaxng(), grammar(), tree, display)
                if (p.line, _subject(p.message)) not in said]
    return sorted(problems + rules, key=lambda p: p.line or 0)


def _subject(message: str) -> str:
    """'<docDate> @when="1963-13-06"' of a message about an attribute's value."""
    match = re.match(r'<\w+> @[\w:]+="[^"]*"', message)
    return match.group(0) if match else message


def read_tree(data: bytes, display: str) -> etree._ElementTree:
    """``parse_xml`` (refuses malformed XML and DTDs), except that a duplicate
    xml:id is not malformed XML: the Schematron rules report it, with a hint."""
    try:
        return parse_xml(data, display)
    except EditionError as error:
        if not all(_DUPLICATE_ID.match(p.message) for p in error.problems):
            raise
    # The same safe parser, without libxml2's table of IDs.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, collect_ids=False)
    try:
        tree = etree.ElementTree(etree.fromstring(data, parser))
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        raise EditionError([Problem(ERROR, display, line, f"malformed XML: {exc.msg}",
                                    hint="fix the markup at this point", column=column,
                                    code="xml")]) from exc
    if tree.docinfo.internalDTD is not None or b"<!ENTITY" in data[:4096]:
        raise EditionError([Problem(ERROR, display, 1, "the file declares a DTD or entities; "
                                    "TEI files of an edition must not",
                                    hint="remove the <!DOCTYPE …> declaration", code="xml-dtd")])
    return tree


def schematron_problems(tree: etree._ElementTree, display: str) -> list[Problem]:
    validator = schematron()
    validator.validate(tree)
    problems = []
    pattern = None
    for node in validator.validation_report.getroot():
        if not isinstance(node.tag, str):
            continue
        kind = etree.QName(node).localname
        if kind == "active-pattern":
            pattern = node.get("id")
        elif kind in ("failed-assert", "successful-report"):
            hints = [_text(d) for d in node.iter(f"{{{SVRL}}}diagnostic-reference")]
            problems.append(Problem(LEVELS.get(node.get("role"), ERROR), display,
                                    _line(tree, node.get("location")),
                                    _text(node.find(f"{{{SVRL}}}text")),
                                    "; ".join(h for h in hints if h) or None,
                                    code=node.get("id") or pattern))
    return problems


def _text(node) -> str:
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def _line(tree, location: str | None) -> int | None:
    if not location:
        return None
    try:
        found = tree.xpath(location)
    except etree.XPathError:
        return None
    if not found:
        return None
    node = found[0]
    if not isinstance(node, etree._Element) and hasattr(node, "getparent"):
        node = node.getparent()
    return node.sourceline if isinstance(node, etree._Element) else None
