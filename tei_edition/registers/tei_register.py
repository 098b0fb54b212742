"""The corpus-level TEI register ``xml/registers.xml``: every entry of the
JSON registers as listPerson, listOrg and listPlace in a standOff, written
from ``registers/*.json`` so that the two never drift apart."""
from __future__ import annotations

from lxml import etree

from ..writers.tei_text import TEI_NS, XML_ID, el, entity_element, sub
from . import Register

LISTS = {"person": ("listPerson", "person", "Persons"),
         "org": ("listOrg", "org", "Organizations"),
         "place": ("listPlace", "place", "Places")}


def register_tei(register: Register, edition: dict) -> bytes:
    """The serialized TEI register; deterministic (no clock)."""
    root = el("TEI", {XML_ID: "registers"})
    header = sub(root, "teiHeader", {"{http://www.w3.org/XML/1998/namespace}lang": "en"})
    file_desc = sub(header, "fileDesc")
    title_stmt = sub(file_desc, "titleStmt")
    sub(title_stmt, "title", {"type": "main"}, "Register of persons, organizations and places")
    if edition.get("title"):
        sub(title_stmt, "title", {"type": "sub"}, edition["title"])
    publication = sub(file_desc, "publicationStmt")
    if edition.get("publisher"):
        sub(publication, "publisher", text=edition["publisher"])
    else:
        sub(publication, "authority", text="Unpublished draft edition")
    sub(publication, "idno", {"type": "local"}, "registers")
    licence = edition.get("licence")
    if licence:
        availability = sub(publication, "availability", {"status": "free"})
        sub(availability, "licence", {"target": licence["url"]}, licence["name"])
    if edition.get("date"):
        sub(publication, "date", {"when": edition["date"]}, edition["date"])
    source = sub(file_desc, "sourceDesc")
    sub(source, "p", text="Written by tei-edition from the edition's JSON registers "
        "(registers/persons.json, organizations.json, places.json); edit those, not this file.")
    stand = sub(root, "standOff")
    for kind, (list_tag, entry_tag, heading) in LISTS.items():
        entries = register.of_kind(kind)
        if not entries:
            continue
        listing = sub(stand, list_tag)
        sub(listing, "head", text=heading)
        for entry in entries:
            listing.append(entity_element(entry, entry_tag))
    tree = etree.ElementTree(root)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)


__all__ = ["register_tei", "TEI_NS"]
