"""Conformance: what tei-edition's schemas accept is valid TEI P5.  The example,
the corpus register, documents converted from sources with every construct, a
document with every element an editor may add, and the documents of the fault
catalogue that tei-edition accepts, all checked against the TEI Consortium's
tei_all.rng (jing when installed, else lxml; the grammar compiled once)."""
from __future__ import annotations

import json
import re

import pytest

from tei_edition.convert import convert_files
from tei_edition.render import render_file
from tei_edition.validate import check_tei, tei_checker
from test_validate_catalogue import CATALOGUE, _apply
from validate_helpers import ROOT, edit, errors, formatted

CONSTRUCTS = """\
March 5, 1965


A Test Cable [Excerpt]

A Test Cable [Excerpt]


Ciphergram No. 12345

To: Moscow

[Hysni Kapo]: As a result of the struggle, [and] the [W]e materials [...] of Khrushchev.[1]

Mao Zedong: We agree with [Soviet leader Nikita] Khrushchev and comrade [Williams?].

1) The first point, wrongg [sic] here.

a) About the first matter, JASZCZUK2 signed it.

b) About the second matter:

- solidarity;
- the economy.

f [sic]) A point whose letter is wrong.

2) The second point.

He offered three options

a) He signs it himself,

b) Some other comrade signs it,


Closing paragraph after the sections.
Second line of it.

[1] Translator’s note: A note with a name, Lenin.

[2] A note glued.

[3] A note without a marker.

A summary of the test cable about Khrushchev.
"""
METADATA = {
    "original_language": "zh", "translator": "A. Translator",
    "archive": {"country": "China", "settlement": "Beijing", "repository": "A Ministry Archive",
                "collection": "Cables", "shelfmark": "109-01234-05"},
    "record_url": "https://example.org/record/1", "keywords": ["Cables"],
    "participants": ["kapo"],
    "changes": [{"when": "2026-01-02", "what": "Checked against the original", "who": "ed"}],
}

# Inline markup an editor may add by hand, inside one paragraph.
EDITOR_INLINE = (
    b'<p xml:id="p2" n="2"><hi rend="italic">Our</hi> <foreign xml:lang="sq">Partia</foreign> '
    b'<emph>now</emph> <term>revisionism</term> <title level="m">Collected Works</title> '
    b'<date when="1963-07-20">20 July</date> <ref target="https://example.org/">a link</ref> '
    b'<rs ref="#kapo" type="person">the comrade</rs> <q type="spoken">we agree</q> '
    b'<unclear reason="illegible" cert="low">word</unclear> '
    b'<choice><sic>teh</sic><corr resp="#translator">the</corr></choice> '
    b'<choice><orig>Tirane</orig><reg>Tirana</reg></choice> <add place="above">added</add> '
    b'<del rend="strikethrough">gone</del> <seg type="phrase" n="1">a segment</seg><pb n="2"/> '
    b'<bibl type="reference"><title>Notes of a meeting</title>, <date when="1963-07-20">20 '
    b'July 1963</date>, <biblScope>p. 3</biblScope></bibl> <quote>quoted words</quote> ')
# Blocks an editor may add: a quotation of paragraphs, a list with a head and a
# nested list, a page break between blocks.
EDITOR_BLOCKS = (
    b'<quote><p>A quoted paragraph.</p><p>And another.</p></quote>'
    b'<pb n="3"/><list xml:id="x1" type="simple"><head>Points</head><item>one '
    b'<list type="bulleted"><item>nested</item></list></item></list>')
NOTE_WITH_PARAGRAPHS = re.compile(rb'(<note xml:id="n3"[^>]*>).*?(</note>)', re.S)

# Faults the grammar lets through but the Schematron rules catch, which TEI P5
# also rejects by its datatypes (xml:id is an ID, @when an xsd:date).
TEI_ALSO_REJECTS = {"duplicate-id", "impossible-date", "impossible-leap-day", "month-13"}


def test_example_documents_are_tei_p5(tei_all):
    files = sorted((ROOT / "xml").glob("*.xml"))
    assert files
    for path in files:
        assert errors(check_tei(path.read_bytes(), str(path))) == [], path
    result = tei_all.errors(files)
    assert not any(result.values()), result


@pytest.fixture(scope="module")
def converted(tmp_path_factory, new_edition):
    """A source with every construct, converted in a throw-away edition."""
    folder = new_edition(tmp_path_factory.mktemp("constructs"))
    source = folder / "sources" / "test-cable.txt"
    source.write_text(CONSTRUCTS, encoding="utf-8")
    source.with_suffix(".json").write_text(json.dumps(METADATA), encoding="utf-8")
    (result,) = convert_files([source], check=tei_checker())
    assert result.output is not None, formatted(result.problems)
    return source, result.output


def test_converted_constructs_are_valid_and_tei_p5(converted, tei_all):
    source, xml = converted
    problems = check_tei(xml.read_bytes(), str(xml))
    assert errors(problems) == []
    assert [p.code for p in problems] == ["note-anchored"]  # [3] has no marker
    text = xml.read_bytes()
    for construct in (b'<ab type="header"', b"<msDesc>", b'<sp who="#mao">', b'rend="glued"',
                      b'<div type="unnumbered">', b'<div type="notes">', b'cert="low"',
                      b'<gap reason="omitted"', b"<lb/>", b'type="ordered"'):
        assert construct in text, construct
    assert tei_all.errors([xml]) == {xml.resolve(): []}
    # the blocks after the sections, wrapped for TEI, still come back as typed
    assert render_file(xml, "source").decode("utf-8") == CONSTRUCTS


def test_editor_markup_is_valid_and_tei_p5(example_bytes, tmp_path, tei_all):
    data = edit(example_bytes, (b'<p xml:id="p2" n="2">', EDITOR_INLINE))
    data = edit(data, (b"</p>\n      </sp>", b"</p>" + EDITOR_BLOCKS + b"\n      </sp>"))
    data = NOTE_WITH_PARAGRAPHS.sub(rb"\1<p>A first paragraph.</p><p>A second, on "
                                    rb"<persName ref='#alia'>Alia</persName>.</p>\2", data,
                                    count=1)
    assert data.count(b"<p>A first paragraph.") == 1
    problems = check_tei(data, "editor.xml")
    assert problems == [], formatted(problems)
    path = tmp_path / "editor.xml"
    path.write_bytes(data)
    assert tei_all.errors([path]) == {path.resolve(): []}


def test_catalogue_documents_accepted_by_the_grammar_are_tei_p5(example_bytes, tmp_path,
                                                                  tei_all):
    """Everything valid for tei-edition.rng is TEI P5: the catalogue's documents that
    break only Schematron rules (or none) pass tei_all, except the faults TEI's
    datatypes catch as well."""
    paths = {}
    for param in CATALOGUE:
        edits = param.values[0]
        data = _apply(example_bytes, edits)
        problems = check_tei(data, "doc.xml")
        grammar_faults = [p for p in problems if p.level == "error" and
                          (p.code or "").startswith(("rng", "xml", "namespace"))]
        if not grammar_faults and param.id not in TEI_ALSO_REJECTS:
            path = tmp_path / f"{param.id}.xml"
            path.write_bytes(data)
            paths[param.id] = path
    assert {"dangling-ref", "note-out-of-sequence", "empty-name", "missing-licence",
            "unused-register-entry"} <= set(paths)
    result = tei_all.errors(list(paths.values()))
    assert not any(result.values()), result


def test_tei_all_is_not_a_rubber_stamp(example_bytes, tmp_path, tei_all):
    """The conformance check itself can fail."""
    path = tmp_path / "not-tei.xml"
    path.write_bytes(edit(example_bytes, (b"<body>", b"<body><nonsense/>")))
    assert tei_all.errors([path])[path.resolve()]
