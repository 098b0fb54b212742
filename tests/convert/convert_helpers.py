"""Shared helpers for converter tests."""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei_edition.convert import convert_source
from tei_edition.problems import has_errors
from tei_edition.render import render_file

NS = {"tei": "http://www.tei-c.org/ns/1.0"}


def convert_ok(source: Path, tmp_path: Path):
    """Convert, assert there is no error, return (tree, problems, xml path)."""
    result = convert_source(source)
    assert not has_errors(result.problems), [p.format() for p in result.problems]
    out = tmp_path / f"{source.stem}.xml"
    out.write_bytes(result.xml)
    return etree.fromstring(result.xml), result.problems, out


def round_trip(source: Path, xml_path: Path) -> None:
    """The source edition equals the source (line endings normalized, BOM dropped)."""
    original = source.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    assert render_file(xml_path, "source").decode("utf-8") == original


def body_xml(tree) -> str:
    body = tree.find(".//tei:body", NS)
    return etree.tostring(body, encoding="unicode")
