"""The index of the print edition: grouped by kind, sorted by the register's
sort form, and its page numbers are pages on which the names really stand."""
from __future__ import annotations

import re
from collections import defaultdict

import pytest

from pdf_helpers import NS, index_entries, tei

GROUPS = {"person": "PERSONS", "org": "ORGANIZATIONS", "place": "PLACES"}
ENTRY = re.compile(r"^(?P<name>.+?)(?: \((?P<dates>[^)]*)\))? (?P<pages>\d+(?:, \d+)*)"
                   r"(?: — (?P<note>.*))?$")


@pytest.fixture(scope="module")
def index(pages):
    """(first page of the index, {group heading: [(name, [pages]), ...]})."""
    start = next(p.number for p in pages if p.body().startswith("Index "))
    groups: dict[str, list] = {}
    current = None
    for entry in index_entries(pages, start):
        if entry in GROUPS.values():
            current = groups.setdefault(entry, [])
        elif current is not None:
            match = ENTRY.match(entry)
            assert match, f"not an index entry: {entry!r}"
            current.append((match["name"], [int(n) for n in match["pages"].split(", ")]))
    return start, groups


@pytest.fixture(scope="module")
def registered(example):
    """id -> (kind, sort form, mention forms) of every entity named in the text."""
    doc = tei(example)
    mentions = defaultdict(set)
    for name in doc.xpath("//tei:text//tei:*[self::tei:persName or self::tei:orgName or "
                          "self::tei:placeName][@ref]", namespaces=NS):
        mentions[name.get("ref")[1:]].add("".join(name.itertext()))
    entries = {}
    for kind in GROUPS:
        for entry in doc.xpath(f"//tei:standOff//tei:{kind}[@xml:id]", namespaces=NS):
            ident = entry.get("{http://www.w3.org/XML/1998/namespace}id")
            if ident in mentions:
                sort = entry.xpath("string(*[@type='sort'])") or \
                    entry.xpath("string(*[@type='preferred'])")
                entries[ident] = (kind, sort, mentions[ident])
    return entries


def stands_on(page, forms) -> bool:
    """Whether one of the mention forms stands on the page as whole words (the
    translator's brackets, printed inside some names, left aside)."""
    body = " ".join(page.body().replace("[", "").replace("]", "").split())
    return any(re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, form.split())) + r"(?!\w)",
                         body) for form in forms)


def test_pdf_index_groups_every_named_entity_by_kind(index, registered):
    _, groups = index
    assert list(groups) == ["PERSONS", "ORGANIZATIONS", "PLACES"]
    for kind, heading in GROUPS.items():
        expected = sorted(sort for k, sort, _ in registered.values() if k == kind)
        assert sorted(name for name, _ in groups[heading]) == expected


def test_pdf_index_sorted_by_sort_form(index):
    _, groups = index
    for heading, entries in groups.items():
        names = [name for name, _ in entries]
        assert names == sorted(names, key=str.lower), heading


def test_pdf_index_pages_are_where_the_names_stand(index, pages, registered):
    start, groups = index
    by_sort = {sort: forms for _, sort, forms in registered.values()}
    checked = 0
    for entries in groups.values():
        for name, listed in entries:
            assert listed == sorted(set(listed)), f"{name}: pages repeated or out of order"
            for number in listed:
                assert number < start, f"{name}: page {number} is not a page of the text"
                assert stands_on(pages[number - 1], by_sort[name]), (
                    f"{name} is listed on page {number}, which has none of "
                    f"{sorted(by_sort[name])}")
                checked += 1
    assert checked > 50


def test_pdf_index_misses_no_page(index, pages, registered):
    """Every page of the text on which a name's mention stands is listed (for names
    whose mention is not part of a longer name, as Albania in Party of Labor of Albania)."""
    start, groups = index
    listed = {name: set(numbers) for entries in groups.values() for name, numbers in entries}
    all_forms = {f for _, _, forms in registered.values() for f in forms}
    checked = 0
    for kind, sort, forms in registered.values():
        if any(f in other and f != other for f in forms for other in all_forms):
            continue
        for page in pages[2:start - 1]:
            if stands_on(page, forms):
                assert page.number in listed[sort], f"{sort} stands on page {page.number}"
                checked += 1
    assert checked > 20
