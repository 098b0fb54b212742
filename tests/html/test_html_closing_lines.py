"""The closing lines of a cable (closer/signed, trailer) are blocks of their own in
the HTML, print and text editions, not run together."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tei_edition.convert import convert_source
from tei_edition.render import render_file

SOURCE = ("March 5, 1965\n\nCable\n\nCable\n\n\nPlease report.\n\n1) How many were injured?\n\n"
          "Division of Soviet Affairs\n\nSent on March 5th at 6:00pm\n\nSecurity restricted\n\n"
          "A summary.\n")


@pytest.fixture(scope="module")
def cable(tmp_path_factory, new_edition) -> Path:
    folder = new_edition(tmp_path_factory.mktemp("cable"))
    source = folder / "sources" / "cable.txt"
    source.write_text(SOURCE, encoding="utf-8")
    result = convert_source(source)
    assert result.ok, [p.format() for p in result.problems]
    xml = folder / "cable.xml"
    xml.write_bytes(result.xml)
    return xml


def test_html_closing_lines_are_separate_blocks(cable):
    html = render_file(cable, "html").decode("utf-8")
    assert '<p class="signed">Division of Soviet Affairs</p>' in html
    assert '<p class="trailer">Sent on March 5th at 6:00pm</p>' in html
    assert '<p class="trailer">Security restricted</p>' in html


def test_text_closing_lines_are_separate_lines(cable):
    lines = render_file(cable, "text").decode("utf-8").splitlines()
    for expected in ("Division of Soviet Affairs", "Sent on March 5th at 6:00pm",
                     "Security restricted"):
        assert any(line.strip() == expected for line in lines), expected


def test_pdf_closing_lines_are_separate_lines(cable, tmp_path):
    pdf = tmp_path / "cable.pdf"
    pdf.write_bytes(render_file(cable, "pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines()]
    for expected in ("Division of Soviet Affairs", "Sent on March 5th at 6:00pm",
                     "Security restricted"):
        assert expected in lines, expected
