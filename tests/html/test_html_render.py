"""The HTML edition without a browser: structure, links, metadata,
self-containment, parameters, errors, and the index and register pages."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import lxml.html
import pytest
from lxml import etree

from html_helpers import CONSTRUCTS, EXAMPLE, ROOT, contrast
from tei_edition.problems import EditionError
from tei_edition.registers import load_registers
from tei_edition.render import RENDERERS, extension, render_file
from tei_edition.render.html import render_html, render_index, render_registers
from tei_edition.resources import xslt_dir

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def parse(html: bytes):
    return lxml.html.document_fromstring(html)


def tei(path: Path):
    return etree.parse(str(path))


def meta(doc, name: str) -> list[str]:
    return [m.get("content") for m in doc.xpath("//meta[@name=$n]", n=name)]


@pytest.fixture(scope="module")
def example(example_html):
    return parse(example_html)


@pytest.fixture(scope="module")
def constructs():
    return parse(render_html(CONSTRUCTS))


# ---------------------------------------------------------------- registry and CLI
def test_html_is_registered():
    assert "html" in RENDERERS and extension("html") == "html"
    assert render_file(EXAMPLE, "html", {"width": 72}) == render_html(EXAMPLE)


def test_html_cli_render_writes_the_file(tmp_path):
    run = subprocess.run([sys.executable, "-m", "tei_edition.cli", "render", str(EXAMPLE),
                          "--to", "html", "-o", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    written = tmp_path / "kapo-luo-1963-07-06.html"
    assert written.read_bytes().startswith(b"<!DOCTYPE HTML>")


def test_html_is_deterministic(example_html):
    render_html(CONSTRUCTS)  # another document in between: nothing carries over
    assert render_html(EXAMPLE) == example_html


# ---------------------------------------------------------------- self-contained
def test_html_is_self_contained(example, example_html):
    text = example_html.decode("utf-8")
    assert not example.xpath("//*[@src]"), "no element loads anything"
    assert not example.xpath("//link[@rel='stylesheet' or @rel='preload' or @rel='icon']")
    style = "".join(example.xpath("//style/text()"))
    assert "url(" not in style and "@import" not in style and "@font-face" not in style
    assert style == (xslt_dir() / "html" / "edition.css").read_text(encoding="utf-8")
    script = "".join(example.xpath("//script/text()"))
    assert script == (xslt_dir() / "html" / "edition.js").read_text(encoding="utf-8")
    assert "fetch(" not in script and "XMLHttpRequest" not in script
    assert str(ROOT) not in text, "no machine path in the output"


def test_html_has_landmarks_lang_and_skip_link(example):
    assert example.get("lang") == "en"
    for landmark in ("header", "main", "nav", "footer"):
        assert example.xpath(f"//{landmark}"), landmark
    skip = example.xpath("//body/a[1]")[0]
    assert skip.get("class") == "skip" and skip.get("href") == "#text"
    assert example.xpath("//*[@id='text']")
    assert len(example.xpath("//h1")) == 1


# ---------------------------------------------------------------- the text
def test_html_every_numbered_block_has_its_anchor_and_margin_number(example):
    blocks = tei(EXAMPLE).xpath("//tei:text//*[@n][starts-with(@xml:id, 'p')]", namespaces=TEI)
    assert len(blocks) == 87
    for block in blocks:
        ident, n = block.get(XML_ID), block.get("n")
        found = example.xpath("//*[@id=$i]", i=ident)
        assert len(found) == 1, ident
        number = found[0].xpath("./a[@class='pn']")
        assert number and number[0].text == n and number[0].get("href") == f"#{ident}"


def test_html_structure_of_sections_lists_and_speaker(example):
    assert example.xpath("//div[@id='s5c-2' and contains(@class, 'subsection')]/h3")
    assert example.xpath("//*[@id='p3']/span[@class='label']")[0].text == "1)"
    assert [li.get("data-n") for li in example.xpath("//*[@id='p40']//ol/li")] == ["a", "b", "c"]
    assert len(example.xpath("//*[@id='p37']//ul[contains(@class, 'bulleted')]/li")) == 10
    speaker = example.xpath("//p[@id='p1']/span[@class='speaker']")
    assert speaker and "Hysni Kapo" in speaker[0].text_content()


def test_html_supplied_text_keeps_its_brackets_as_marks(example):
    supplied = example.xpath("//*[@id='text']//span[@class='sup']")
    assert len(supplied) == len(tei(EXAMPLE).xpath("//tei:body//tei:supplied", namespaces=TEI))
    for span in supplied:
        brackets = span.xpath("./span[@class='br']")
        assert [b.text for b in brackets] == ["[", "]"]
    uncertain = [s for s in supplied if s.get("data-reason") == "unclear"][0]
    assert uncertain.xpath("./span[@class='cert']")[0].text == "?"
    assert example.xpath("//span[@class='mk']")[0].text.strip() == "[sic]"


def test_html_notes_have_markers_and_back_links(example):
    notes = tei(EXAMPLE).xpath("//tei:text//tei:note", namespaces=TEI)
    assert len(notes) == 3
    for note in notes:
        ident = note.get(XML_ID)
        marker = example.xpath("//a[@id=$r]", r=f"ref-{ident}")[0]
        assert marker.get("href") == f"#{ident}" and marker.get("role") == "doc-noteref"
        assert marker.text_content().strip() == note.get("n")
        assert marker.get("aria-label") == f"Note {note.get('n')}"
        popup = example.xpath("//*[@id=$p]", p=marker.get("aria-describedby"))[0]
        assert "Translator’s note:" in popup.text_content()
        target = example.xpath("//li[@id=$i]", i=ident)[0]
        assert target.xpath(".//a[@role='doc-backlink']/@href") == [f"#ref-{ident}"]


def test_html_every_name_links_to_its_entry_with_a_card(example):
    tree = tei(EXAMPLE)
    for link in example.xpath("//a[@class='nm-link']"):
        entry_id = link.get("href").removeprefix("#name-")
        entry = tree.xpath("//tei:standOff//*[@xml:id=$i]", i=entry_id, namespaces=TEI)[0]
        card = example.xpath("//*[@id=$c]", c=link.get("aria-describedby"))[0]
        assert card.get("class") == "card"
        name = entry.xpath("string(*[@type='preferred'])")
        assert card.xpath("string(span[@class='card-name'])") == name
        birth = entry.xpath("string(tei:birth/@when)", namespaces=TEI)[:4]
        if birth:
            assert birth in card.text_content()
        assert example.xpath("//li[@id=$i]", i=f"name-{entry_id}"), entry_id
    khrushchev = example.xpath("//a[@href='#name-khrushchev']")[0]
    card = example.xpath("//*[@id=$c]", c=khrushchev.get("aria-describedby"))[0]
    assert "1894–1971" in card.text_content()
    # every tagged name of the text (outside other names) is a link
    names = tree.xpath("//tei:text//*[self::tei:persName or self::tei:orgName or self::tei:placeName]"
                       "[not(ancestor::tei:persName or ancestor::tei:orgName or ancestor::tei:placeName)]",
                       namespaces=TEI)
    assert len(example.xpath("//*[@id='text' or @id='title' or @id='notes']//a[@class='nm-link']")) \
        == len(names)


def test_html_names_index_links_to_paragraphs_and_the_register(example):
    entry = example.xpath("//li[@id='name-khrushchev']")[0]
    hrefs = entry.xpath(".//a/@href")
    assert "#p12" in hrefs and "../registers.html#khrushchev" in hrefs
    assert "http://www.wikidata.org/entity/Q35314" in hrefs or any("wikidata" in h for h in hrefs)
    assert example.xpath("//li[@id='name-alia']//a[@href='#n3']")


def test_html_ids_are_unique_and_internal_links_resolve(example, constructs):
    for doc in (example, constructs):
        ids = doc.xpath("//@id")
        assert len(ids) == len(set(ids))
        for href in doc.xpath("//a/@href[starts-with(., '#')]"):
            assert href[1:] in ids, href
        assert not doc.xpath("//a//a"), "links do not nest"


# ---------------------------------------------------------------- metadata and citation
def test_html_zotero_meta_tags(example):
    assert meta(example, "citation_title") == [
        "Notes from the Conversation of Comrade Hysni Kapo with the Chinese Ambassador "
        "Luo Shigao on 6 July 1963 [Excerpt]"]
    assert meta(example, "citation_date") == ["1963/07/06"]
    assert meta(example, "citation_publisher") == ["tei-edition project"]
    assert meta(example, "citation_language") == ["en"]
    assert meta(example, "citation_pdf_url") == ["../pdf/kapo-luo-1963-07-06.pdf"]
    assert meta(example, "DC.type") == ["manuscript"]
    assert meta(example, "DC.date") == ["1963-07-06"]
    assert meta(example, "DC.language") == ["en"]
    assert meta(example, "DC.rights")[0].startswith("CC BY 4.0")
    assert meta(example, "DC.description")[0].startswith("Hysni Kapo and Luo Shigao discuss")
    assert meta(example, "DC.title") == meta(example, "citation_title")
    assert not example.xpath("//meta[@property='og:type' or @name='og:type']")


def test_html_letter_type_and_absolute_urls_from_the_uri(constructs):
    assert meta(constructs, "DC.type") == ["letter"]
    assert meta(constructs, "citation_pdf_url") == [
        "https://edition.example.org/ed/pdf/constructs-1965-01-02.pdf"]
    assert meta(constructs, "DC.identifier") == [
        "https://edition.example.org/ed/html/constructs-1965-01-02.html"]


def test_html_cite_block_and_bibtex_download(example, constructs):
    citation = example.xpath("string(//p[@class='citation'])")
    assert citation.startswith("Notes from the Conversation") and "July 6, 1963" in citation
    link = example.xpath("//a[@class='download']")[0]
    assert link.get("download") == "kapo-luo-1963-07-06.bib"
    prefix = "data:application/x-bibtex;charset=utf-8,"
    assert link.get("href").startswith(prefix)
    bibtex = unquote(link.get("href")[len(prefix):])
    assert bibtex.startswith("@misc{kapo-luo-1963-07-06,") and "year = {1963}" in bibtex
    assert bibtex == example.xpath("string(//pre/code)")
    escaped = unquote(constructs.xpath("//a[@class='download']/@href")[0][len(prefix):])
    assert r"title = {Ciphergram from the Embassy \& a Test of " in escaped
    assert r"\{Braces\}" in escaped and "translator = {A. Translator}" in escaped


# ---------------------------------------------------------------- constructs the example lacks
def test_html_constructs(constructs):
    text = constructs.xpath("//*[@id='text']")[0]
    assert constructs.xpath("//p[@id='p1' and contains(@class, 'header')]")
    assert text.xpath(".//span[@class='gap']")[0].text == "[…]"
    assert text.xpath(".//p[@id='p3']/br")
    assert "kept text" in text.text_content(), "an unknown element keeps its text"
    assert constructs.xpath("//p[@class='salute']") and constructs.xpath("//p[@class='signed']")
    assert text.xpath(".//ul[@data-bullet='•']")
    nested = text.xpath(".//p[@id='p4']//a[@class='nm-link']")
    assert len(nested) == 1 and nested[0].xpath(".//span[@class='nm-plain']")
    popup = constructs.xpath("//*[@id='pop-n1']")[0]
    assert len(popup.xpath("./span[@class='pop-p']")) == 2
    back_note = constructs.xpath("//li[@id='n2']")[0]
    assert "A note without a marker." in back_note.text_content()
    assert not back_note.xpath(".//a[@role='doc-backlink']")
    about = " ".join(constructs.xpath("string(//section[@id='about'])").split())
    assert "Test Archive" in about and "Box 1, folder 2" in about and "A. Translator" in about


# ---------------------------------------------------------------- parameters and errors
def test_html_parameters_change_links_and_view():
    doc = parse(render_html(EXAMPLE, {"pdf_path": "", "registers_path": "",
                                      "default_view": "reading", "tei_path": "xml/{id}.xml"}))
    assert not meta(doc, "citation_pdf_url")
    assert not doc.xpath("//a[contains(@href, 'registers.html')]")
    assert doc.xpath("//input[@id='view-reading']/@checked")
    assert doc.xpath("//a[@href='../xml/kapo-luo-1963-07-06.xml']")
    doc = parse(render_html(EXAMPLE, {"base_url": "https://example.org/e/"}))
    assert meta(doc, "citation_pdf_url") == ["https://example.org/e/pdf/kapo-luo-1963-07-06.pdf"]


def test_html_unknown_view_is_an_error():
    with pytest.raises(EditionError, match="unknown view"):
        render_html(EXAMPLE, {"default_view": "fancy"})


def test_html_malformed_tei_is_a_problem_with_a_line(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><p>open</text></TEI>',
                   encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        render_html(bad)
    assert caught.value.problems[0].line == 2


def test_html_colours_meet_wcag_aa():
    css = (xslt_dir() / "html" / "edition.css").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--([a-z]+):\s*(#[0-9a-fA-F]{3,6});", css))
    for background in ("paper", "card", "panel", "target"):
        for foreground in ("ink", "muted", "link", "supplied"):
            ratio = contrast(colours[foreground], colours[background])
            assert ratio >= 4.5, f"{foreground} on {background}: {ratio:.2f}"


# ---------------------------------------------------------------- index and registers
def test_html_index_lists_documents_by_date(tmp_path):
    page = parse(render_index([EXAMPLE, CONSTRUCTS], ROOT))
    items = page.xpath("//ol[@class='doc-list']/li")
    assert [li.get("id") for li in items] == ["doc-kapo-luo-1963-07-06", "doc-constructs-1965-01-02"]
    first = items[0]
    assert first.xpath(".//h2/a/@href") == ["html/kapo-luo-1963-07-06.html"]
    assert first.xpath(".//time/@datetime") == ["1963-07-06"]
    assert "discuss the state of the international" in first.xpath("string(.//div[@class='summary'])")
    assert set(first.xpath(".//ul[@class='formats']//a/@href")) == {
        "html/kapo-luo-1963-07-06.html", "pdf/kapo-luo-1963-07-06.pdf",
        "text/kapo-luo-1963-07-06.txt"}
    assert page.xpath("//h1")[0].text.startswith("Albanian–Chinese Party Relations")


def test_html_registers_list_every_document_and_paragraph(example):
    page = parse(render_registers([EXAMPLE, CONSTRUCTS], ROOT))
    register, _ = load_registers(ROOT / "registers")
    for entry_id in register.entries:
        assert page.xpath("//li[@id=$i]", i=entry_id), entry_id
    links = page.xpath("//li[@id='khrushchev']//a/@href")
    paragraphs = [h for h in links if h.startswith("html/kapo-luo-1963-07-06.html#")]
    expected = sorted({f"html/kapo-luo-1963-07-06.html#p{p.get('n')}" for p in tei(EXAMPLE).xpath(
        "//tei:body//*[starts-with(@xml:id, 'p')][.//tei:persName[@ref='#khrushchev']]",
        namespaces=TEI)})
    assert sorted(paragraphs) == expected
    for href in paragraphs:
        assert example.xpath("//*[@id=$i]", i=href.split("#")[1])
    # an entry of the documents' standOff that the register lacks is still listed
    assert page.xpath("//li[@id='rapacki']//a[@href='html/constructs-1965-01-02.html#p2']")


def test_html_registers_from_standoff_and_unnamed_entries():
    page = parse(render_registers([CONSTRUCTS]))
    assert [li.get("id") for li in page.xpath("//ul[contains(@class, 'register')]/li")] == [
        "rapacki", "warsaw"]
    whole = parse(render_registers([CONSTRUCTS], ROOT / "registers"))
    assert "Not named in the documents" in whole.xpath("string(//li[@id='khrushchev'])")


def test_html_two_documents_with_one_id_are_an_error(tmp_path):
    copy = tmp_path / EXAMPLE.name
    copy.write_bytes(EXAMPLE.read_bytes())
    with pytest.raises(EditionError, match="two documents have the id"):
        render_index([EXAMPLE, copy], {})
