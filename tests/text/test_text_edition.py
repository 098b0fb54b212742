"""The plain-text edition (xslt/text/text.xsl through render_text).

The golden file is regenerated only on purpose:
    TEI_EDITION_REGEN_GOLDEN=1 python -m pytest tests/text
then review the diff of tests/text/golden/ before committing it.
"""
from __future__ import annotations

import os
import re

import pytest
from click.testing import CliRunner
from lxml import etree

from tei_edition.cli import main
from tei_edition.problems import EditionError
from tei_edition.render import RENDERERS, render_file
from tei_edition.render.text import render_text

from text_helpers import GOLDEN_DIR, ROOT, normalize_text_edition

TEI = {"t": "http://www.tei-c.org/ns/1.0"}
SOURCE = ROOT / "sources" / "kapo-luo-1963-07-06.txt"


def render(path, width=72) -> str:
    return render_text(path, {"width": width}).decode("utf-8")


def flat(text: str) -> str:
    """White space collapsed: wrapping and indentation do not matter."""
    return " ".join(text.split())


def source_blocks() -> list[str]:
    blocks = re.split(r"\n\s*\n", SOURCE.read_text(encoding="utf-8"))
    return [flat(b) for b in blocks if b.strip()]


def notes_section(text: str) -> str:
    head, _, notes = text.partition("\nNotes\n")
    assert notes, "no Notes section"
    return notes


def test_text_registered_as_txt():
    assert RENDERERS["text"][1] == "txt"


def test_text_golden_file(example_xml):
    text = normalize_text_edition(render(example_xml))
    golden = GOLDEN_DIR / "kapo-luo-1963-07-06.txt"
    if os.environ.get("TEI_EDITION_REGEN_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8", newline="\n")
    expected = golden.read_text(encoding="utf-8")
    assert text == expected, ("the text edition differs from tests/text/golden/; if the change "
                              "is intended, run TEI_EDITION_REGEN_GOLDEN=1 python -m pytest "
                              "tests/text and review the diff")


@pytest.mark.parametrize("width", [72, 40])
def test_text_no_line_longer_than_the_width(example_xml, width):
    result = CliRunner().invoke(main, ["render", str(example_xml), "--to", "text",
                                       "--width", str(width)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("\n")
    assert len(lines) > 100
    for line in lines:
        # only a single word longer than the line may stand out, whole
        assert len(line) <= width or len(line.split()) == 1, line
        assert line == line.rstrip(), f"trailing white space: {line!r}"


def test_text_default_width_is_72(example_xml):
    assert render_file(example_xml, "text", {}) == render_text(example_xml, {"width": 72})
    assert max(len(line) for line in render(example_xml).splitlines()) > 60


def test_text_every_source_paragraph_is_in_the_edition(example_xml):
    """Nothing is dropped: each block of the translation, as typed (brackets,
    [sic], note markers, list bullets and letters), stands in the edition."""
    text = flat(render(example_xml, 40))
    missing = [block for block in source_blocks() if block not in text]
    assert not missing, missing[:3]


def test_text_every_note_present(example_xml):
    tree = etree.parse(str(example_xml))
    notes = tree.findall(".//t:text//t:note", TEI)
    assert len(notes) == 3
    text = render(example_xml)
    body, _, _ = text.partition("\nNotes\n")
    section = flat(notes_section(text))
    typed = {b.split("]")[0] + "]": b for b in source_blocks() if re.match(r"\[\d+\] ", b)}
    for note in notes:
        marker = f"[{note.get('n')}]"
        assert marker in body, f"note marker {marker} missing in the text"
        assert typed[marker] in section, f"note {marker} missing at the end"
        assert "Translator’s note:" in typed[marker]
    numbers = [int(n) for n in re.findall(r"^\[(\d+)\] ", notes_section(text), re.M)]
    assert numbers == [1, 2, 3]


def test_text_header_present(example_xml):
    text = render(example_xml)
    header = text.split("\n" + "=" * 72 + "\n")[1]
    assert text.startswith("Notes from the Conversation of Comrade Hysni Kapo")
    for label in ("Date:", "Source:", "Translation:", "Edition:", "Licence:", "Cite as:",
                  "Summary:", "Conventions:"):
        assert re.search(rf"^{label}", header, re.M), label
    flat_header = flat(header)
    for value in ("July 6, 1963 (1963-07-06)", "Original in Albanian",
                  "Wilson Center Digital Archive", "Digital edition, version 0.1",
                  "CC BY 4.0 <https://creativecommons.org/licenses/by/4.0/>",
                  "tei-edition project, 2026", "kapo-luo-1963-07-06"):
        assert value in flat_header, value


def test_text_paragraph_numbers_in_order(example_xml):
    tree = etree.parse(str(example_xml))
    citable = [e.get("n") for e in tree.iterfind(".//t:body//*[@n]", TEI)
               if re.fullmatch(r"p\d+", e.get("{http://www.w3.org/XML/1998/namespace}id", ""))]
    printed = re.findall(r"^¶(\d+) ", render(example_xml), re.M)
    assert printed == citable
    assert len(printed) == 87


def test_text_structure_kept(example_xml):
    text = render(example_xml)
    assert "\n¶1 [Hysni Kapo]: As a result" in text  # speaker label runs into its paragraph
    assert "\n¶3 1) As it was pointed out" in text  # section label as typed
    assert "\nc) About the situation in Bulgaria:\n" in text  # section head
    assert "\n¶40 a) He signs it himself,\n    b) Some other comrade" in text  # lettered list
    assert "\n¶39 - The international political situation\n    - The two lines" in text
    assert "¶79 f [sic]) The position" in text
    assert "[Williams?]" in text


def test_text_catch_all_keeps_unknown_elements(tei_with):
    """Elements the converter never emits keep their text, inline and as blocks."""
    edited = tei_with(
        "<p xml:id=\"p2\" n=\"2\">Our party leadership",
        "<lg><l>First verse of a poem</l><l>second verse</l></lg>"
        "<figure><figDesc>A photograph of the delegation</figDesc></figure>"
        "<p xml:id=\"p2\" n=\"2\">Our <hi rend=\"italic\">emphasised</hi> "
        "<foreign xml:lang=\"sq\">shokët</foreign> party leadership")
    text = flat(render(edited))
    for words in ("First verse of a poem", "second verse", "A photograph of the delegation",
                  "¶2 Our emphasised shokët party leadership has reflected"):
        assert words in text, words


def test_text_unanchored_and_multi_paragraph_notes(tei_with, tmp_path):
    edited = tei_with("<label>Translator’s note:</label> Likely: “and company.”</note>",
                      "<p><label>Translator’s note:</label> Likely: “and company.”</p>"
                      "<p>A second paragraph of the note.</p></note>")
    data = edited.read_text(encoding="utf-8").replace(
        "</body>", "</body><back><div type=\"notes\"><note n=\"4\" type=\"editor\">"
        "A note without a marker.</note></div></back>")
    edited.write_text(data, encoding="utf-8")
    notes = notes_section(render(edited))
    assert "[2] Translator’s note: Likely: “and company.”\n\n    A second paragraph" in notes
    assert "[4] A note without a marker." in notes


def test_text_long_word_stays_whole(tei_with):
    word = "x" * 90
    edited = tei_with("has reached some conclusions", f"has reached {word} some conclusions")
    lines = render(edited, 40).splitlines()
    assert word in lines
    assert all(len(line) <= 40 or len(line.split()) == 1 for line in lines)


def test_text_output_is_deterministic(example_xml):
    assert render_text(example_xml, {"width": 50}) == render_text(example_xml, {"width": 50})


@pytest.mark.parametrize("width", [5, "72", 0, True])
def test_text_bad_width_is_a_problem(example_xml, width):
    with pytest.raises(EditionError) as error:
        render_text(example_xml, {"width": width})
    assert error.value.problems[0].code == "width"


def test_text_malformed_tei_is_a_problem(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>\n<p>unclosed</text>',
                      encoding="utf-8")
    with pytest.raises(EditionError) as error:
        render_text(broken, {})
    assert error.value.problems[0].line == 2


def test_text_summary_of_several_paragraphs(tei_with):
    edited = tei_with("country by country.</p>",
                      "country by country.</p><p>A second paragraph of the summary.</p>")
    header = flat(render(edited).split("\n" + "=" * 72 + "\n")[1])
    assert "country by country. A second paragraph of the summary." in header


def test_text_header_names_the_archive(tei_with):
    start = '<bibl type="original">'
    text = tei_with("", "").read_text(encoding="utf-8")
    original = text[text.index(start):text.index("</bibl>", text.index(start)) + len("</bibl>")]
    edited = tei_with(original, (
        "<msDesc><msIdentifier><settlement>Tirana</settlement><repository>Central State "
        "Archive</repository><collection>Fond 14</collection><idno type=\"shelfmark\">Dosja "
        "12</idno></msIdentifier><msContents><msItem><title>Notes</title><textLang "
        "mainLang=\"sq\">Albanian</textLang></msItem></msContents></msDesc>"))
    header = flat(render(edited).split("\n" + "=" * 72 + "\n")[1])
    assert "Source: Tirana, Central State Archive, Fond 14, Dosja 12. Original in Albanian." \
        in header  # the identifier's parts in their TEI order
