"""Every construct the converter writes reaches the print edition, the marks as
the translator typed them; documents without names, notes or summary render too;
bad input is refused with a problem."""
from __future__ import annotations

from pathlib import Path

import pytest

from pdf_helpers import read_pages
from tei_edition.convert import convert_source
from tei_edition.problems import EditionError, has_errors
from tei_edition.render import render_file

ROOT = Path(__file__).resolve().parents[2]

SOURCE = """July 6, 1963

Ciphergram on Assistance [Excerpt]

Ciphergram on Assistance


Ciphergram No. 16071

To: Moscow

[Hysni Kapo]: The revisionists [...] and the […] word wrongg [sic] here, in Warsaw.

1) The first point, about [Williams?] and the Polish United Workers' Party.[1]

He raised these issues:

- solidarity;

- the economy.

a) About the first matter:

a) He signs it himself,

b) Some other comrade signs it.


The end of the text.

[1] Translator’s note: A note on the first point.

A summary of the test document.
"""


BARE = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
  <titleStmt><title type="main">A Bare Document</title></titleStmt>
  <publicationStmt><p>Unpublished.</p></publicationStmt>
  <sourceDesc><p>Made up.</p></sourceDesc></fileDesc></teiHeader>
  <text><body><p xml:id="p1" n="1">Only one paragraph.</p></body></text></TEI>"""


@pytest.fixture(scope="module")
def constructs(tmp_path_factory, new_edition):
    edition = new_edition(tmp_path_factory.mktemp("edition"))
    source = edition / "sources" / "constructs-test.txt"
    source.write_text(SOURCE, encoding="utf-8")
    result = convert_source(source)
    assert not has_errors(result.problems), [p.format() for p in result.problems]
    xml = edition / "constructs-test.xml"
    xml.write_bytes(result.xml)
    pdf = edition / "constructs-test.pdf"
    pdf.write_bytes(render_file(xml, "pdf"))
    return xml, read_pages(pdf)


def test_pdf_constructs_as_typed(constructs):
    _, pages = constructs
    text = " ".join(" ".join(p.body().split()) for p in pages)
    for typed in ("Ciphergram No. 16071", "To: Moscow", "[Hysni Kapo]:", "[...]", "[…]",
                  "wrongg [sic] here", "[Williams?]", "- solidarity;", "a) He signs it himself,", "The end of the text."):
        assert typed in text, typed


def test_pdf_constructs_note_and_index(constructs):
    _, pages = constructs
    text = " ".join(" ".join(p.body().split()) for p in pages)
    note = [p.number for p in pages if "A note on the first point." in p.body()]
    call = [p.number for p in pages if "Party.1" in p.body().replace(" ", "")]
    assert note and note == call
    assert "Williams" in text[text.index("Index"):]


def test_pdf_without_names_notes_or_summary(tmp_path):
    xml = tmp_path / "bare.xml"
    xml.write_text(BARE, encoding="utf-8")
    pdf = tmp_path / "bare.pdf"
    pdf.write_bytes(render_file(xml, "pdf"))
    pages = read_pages(pdf)
    assert "A Bare Document" in pages[0].body()
    assert any("Only one paragraph." in p.body() for p in pages)
    assert not any(p.body().startswith("Index") for p in pages)


def test_pdf_same_tei_same_bytes(tmp_path):
    """No clock, no random identifier: the same TEI gives the same PDF."""
    xml = tmp_path / "bare.xml"
    xml.write_text(BARE, encoding="utf-8")
    for variant in ("pdf/ua-1", "pdf/a-3u"):
        first = render_file(xml, "pdf", {"pdf_variant": variant})
        assert render_file(xml, "pdf", {"pdf_variant": variant}) == first


def test_pdf_refuses_bad_input(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><unclosed></TEI>")
    with pytest.raises(EditionError) as error:
        render_file(bad, "pdf")
    assert error.value.problems[0].line == 1
    good = ROOT / "xml" / "kapo-luo-1963-07-06.xml"
    with pytest.raises(EditionError, match="unknown PDF variant"):
        render_file(good, "pdf", {"pdf_variant": "pdf/x-4"})


def test_pdf_fetches_nothing(example):
    """The print HTML is self-contained and WeasyPrint may load no URL but data:."""
    import re

    from tei_edition.render.pdf_layout import _no_fetching, print_html
    html = print_html(example)
    assert not re.search(r"<(link|img|script|iframe|object)\b", html)
    assert re.findall(r"url\(\s*['\"]?(\w+):", html) == ["data"]
    fetcher = _no_fetching()
    for url in ("https://example.org/font.woff", "file:///etc/hostname"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert fetcher.fetch("data:text/plain,ok").read() == b"ok"
