"""What the pages show: the title page, the editorial note, paragraph numbers in
the outer margin, running heads and page numbers; and a clean WeasyPrint run."""
from __future__ import annotations

import re

from pdf_helpers import NS, TOP, norm, tei


def test_pdf_title_page(example, pages):
    doc = tei(example)
    text = " ".join(pages[0].body().split())
    title = " ".join(doc.xpath("string(//tei:titleStmt/tei:title[@type='main'])",
                               namespaces=NS).split())
    assert title in text
    assert doc.xpath("string(//tei:profileDesc/tei:creation/tei:date)", namespaces=NS) in text
    assert doc.xpath("string(//tei:editionStmt/tei:edition)", namespaces=NS) in text
    licence = doc.xpath("//tei:availability/tei:licence", namespaces=NS)[0]
    assert licence.text in text and licence.get("target") in text
    series = doc.xpath("string(//tei:seriesStmt/tei:title)", namespaces=NS)
    citation = text[text.index("Recommended citation:"):]
    assert norm(title) in norm(citation) and norm(series) in norm(citation)
    assert pages[0].head() == "", "no running head on the title page"


def test_pdf_editorial_note(pages):
    text = " ".join(pages[1].body().split())
    assert text.startswith("Editorial conventions")
    for mark in ("[Williams?]", "[sic]", "[Soviet leader Nikita] Khrushchev"):
        assert mark in text


def test_pdf_brackets_as_the_translator_wrote_them(pages):
    text = " ".join(" ".join(p.body().split()) for p in pages)
    for typed in ("[Hysni Kapo]:", "[and] the revolutionary forces", "f [sic])",
                  "[Italian communist party leader Palmiro] Togliatti"):
        assert typed in text


def test_pdf_paragraph_numbers_in_the_outer_margin(example, pages):
    numbers = [int(n) for n in tei(example).xpath(
        "//tei:text//*[starts-with(@xml:id, 'p')]/@n", namespaces=NS)]
    found = []
    for page in pages:
        left, right = page.block
        for word in page.margin_words():
            if re.fullmatch(r"\d+", word.text):
                outer = word.x0 >= right if page.recto else word.x1 <= left
                assert outer, f"paragraph {word.text} on page {page.number} is not outside"
                found.append(int(word.text))
    assert found == numbers


def test_pdf_running_heads_and_page_numbers(example, pages):
    short = " ".join(tei(example).xpath(
        "string(//tei:titleStmt/tei:title[@type='alt'])", namespaces=NS).split())
    start = next(p.number for p in pages if p.body().startswith("Index "))
    for page in pages[2:]:
        head = page.head()
        assert str(page.number) in head.split(), f"page {page.number}: no page number"
        if not page.recto:
            assert short in head
        elif page.number >= start:
            assert "Index" in head
        else:
            assert head.split()[0] == "Section" or short in head


def test_pdf_heads_above_the_type_area(pages):
    for page in pages[2:]:
        assert all(w.y1 <= TOP for w in page.words() if w.text == str(page.number)
                   and w.y0 < TOP)


def test_pdf_weasyprint_reports_nothing(rendered):
    _, records = rendered
    assert [r.getMessage() for r in records] == []
