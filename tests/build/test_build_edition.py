"""tei-edition build: the bundled example, failures that write nothing, stale
sources, parallel builds."""
from __future__ import annotations

import os
import re
import shutil

from click.testing import CliRunner

from build_helpers import EXAMPLE_ID, ROOT, tree
from tei_edition.build import build_edition, stale_sources
from tei_edition.cli import main
from tei_edition.render import RENDERERS
from tei_edition.render.text import render_text

XML = ROOT / "xml" / f"{EXAMPLE_ID}.xml"


def codes(problems) -> set[str]:
    return {p.code for p in problems}


def test_build_renderers_of_the_edition_are_registered():
    for to in ("html", "pdf", "text"):
        assert to in RENDERERS, f"no {to!r} renderer in tei_edition.render.RENDERERS"


def test_build_example_writes_every_format(built_example):
    result, out = built_example
    assert result.ok, [p.format() for p in result.problems]
    assert result.documents == [XML]
    for relative in (f"html/{EXAMPLE_ID}.html", f"pdf/{EXAMPLE_ID}.pdf",
                     f"text/{EXAMPLE_ID}.txt", "index.html"):
        assert (out / relative).is_file(), relative
    assert sorted(result.written) == sorted(p for p in out.rglob("*") if p.is_file())


def test_build_index_links_every_document(built_example):
    _, out = built_example
    index = (out / "index.html").read_text(encoding="utf-8")
    assert re.search(rf'href="(\./)?html/{EXAMPLE_ID}\.html"', index)


def test_build_writes_register_pages(built_example):
    result, out = built_example
    pages = [p for p in result.written if p.parent == out and p.name != "index.html"]
    assert pages, "no register pages beside index.html"
    text = " ".join(p.read_text(encoding="utf-8") for p in pages if p.suffix == ".html")
    assert "Khrushchev" in text and f"html/{EXAMPLE_ID}.html" in text


def test_build_text_equals_render(built_example):
    _, out = built_example
    assert (out / "text" / f"{EXAMPLE_ID}.txt").read_bytes() == render_text(XML, {})


def test_build_pdf_is_a_pdf(built_example):
    _, out = built_example
    assert (out / "pdf" / f"{EXAMPLE_ID}.pdf").read_bytes().startswith(b"%PDF-")


def test_build_skips_the_corpus_register(built_example):
    result, out = built_example
    if (ROOT / "xml" / "registers.xml").exists():
        assert not (out / "text" / "registers.txt").exists()
        assert ROOT / "xml" / "registers.xml" not in result.documents


def test_build_broken_tei_exits_1_and_writes_nothing(edition_copy, tmp_path):
    xml = edition_copy / "xml" / f"{EXAMPLE_ID}.xml"
    xml.write_text(xml.read_text(encoding="utf-8").replace("</body>", "</bdy>"),
                   encoding="utf-8")
    out = tmp_path / "out"
    (out / "text").mkdir(parents=True)
    (out / "text" / "old.txt").write_text("from an earlier build", encoding="utf-8")
    before = tree(out)
    result = CliRunner().invoke(main, ["build", str(edition_copy), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{EXAMPLE_ID}.xml:" in result.stderr and "error" in result.stderr
    assert "nothing written" in result.stderr
    assert tree(out) == before


def test_build_invalid_registers_stop_the_build(edition_copy, tmp_path):
    (edition_copy / "registers" / "places.json").write_text('{"entries": [{"id": "X"}]}',
                                                             encoding="utf-8")
    result = build_edition(edition_copy, tmp_path / "out", formats=("text",))
    assert not result.ok
    assert any("places.json" in p.file for p in result.problems if p.level == "error")
    assert not (tmp_path / "out").exists()


def test_build_not_an_edition_folder(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path)])
    assert result.exit_code == 1
    assert "no edition.json" in result.stderr


def test_build_reports_unconverted_and_newer_sources(edition_copy, tmp_path):
    sources = edition_copy / "sources"
    (sources / "new-doc.txt").write_text("July 6, 1963\n\nT\n\nT\n\n\nText.\n\nSummary.\n",
                                         encoding="utf-8")
    xml = edition_copy / "xml" / f"{EXAMPLE_ID}.xml"
    later = xml.stat().st_mtime_ns + 10**9
    os.utime(sources / f"{EXAMPLE_ID}.txt", ns=(later, later))
    problems = stale_sources(edition_copy)
    assert codes(problems) == {"source-unconverted", "source-newer"}
    assert all(p.level == "warning" for p in problems)
    result = build_edition(edition_copy, tmp_path / "out", formats=("text",))
    assert result.ok  # warnings only: the TEI is the master
    assert {"source-unconverted", "source-newer"} <= codes(result.problems)
    assert [p.name for p in result.written] == [f"{EXAMPLE_ID}.txt"]


def test_build_parallel_equals_serial(edition_copy, tmp_path):
    shutil.copy(edition_copy / "xml" / f"{EXAMPLE_ID}.xml", edition_copy / "xml" / "copy.xml")
    serial = build_edition(edition_copy, tmp_path / "serial", formats=("text",))
    parallel = build_edition(edition_copy, tmp_path / "parallel", jobs=2, formats=("text",))
    assert serial.ok and parallel.ok
    assert len(serial.written) == 2
    assert tree(tmp_path / "serial") == tree(tmp_path / "parallel")


def test_build_jobs_must_be_positive():
    result = CliRunner().invoke(main, ["build", str(ROOT), "--jobs", "0"])
    assert result.exit_code == 2


def test_build_schema_invalid_tei_stops_the_build(edition_copy, tmp_path):
    """Well-formed but not valid against the edition's TEI schema."""
    xml = edition_copy / "xml" / f"{EXAMPLE_ID}.xml"
    xml.write_text(xml.read_text(encoding="utf-8").replace(
        '<p xml:id="p2" n="2">', '<p xml:id="p2" n="2"><bogus>not TEI</bogus>', 1),
        encoding="utf-8")
    result = build_edition(edition_copy, tmp_path / "out", formats=("text",))
    assert not result.ok
    assert any(p.level == "error" and p.file.endswith(f"{EXAMPLE_ID}.xml") and p.line
               for p in result.problems)
    assert not (tmp_path / "out").exists()


def test_build_width_option_reaches_the_text_edition(edition_copy, tmp_path):
    out = tmp_path / "narrow"
    result = CliRunner().invoke(main, ["build", str(edition_copy), "-o", str(out),
                                       "--width", "40"])
    assert result.exit_code == 0, result.output
    lines = (out / "text" / f"{EXAMPLE_ID}.txt").read_text(encoding="utf-8").splitlines()
    # only a word longer than the width (a URL) may stand alone on a longer line
    assert all(len(line) <= 40 or len(line.split()) == 1 for line in lines)
    assert max(len(line) for line in lines if len(line.split()) > 1) > 30


def test_build_finds_the_tei_of_a_source_whose_name_is_no_xml_id(edition_copy):
    """Regression: stale_sources looked for 'd-1963 notes.xml', not 'd-1963-notes.xml'."""
    source = edition_copy / "sources" / "1963 notes.txt"
    source.write_text("July 6, 1963\n\nT\n\nT\n\n\nText.\n\nSummary.\n", encoding="utf-8")
    (edition_copy / "xml" / "d-1963-notes.xml").write_text("<x/>", encoding="utf-8")
    os.utime(source, (1, 1))
    assert [p for p in stale_sources(edition_copy) if "1963" in p.message] == []
