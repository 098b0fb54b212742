"""PDF metadata, tagging, PDF/UA and PDF/A-3u declarations, and the embedded TEI."""
from __future__ import annotations

import pytest
from lxml import etree
from pypdf import PdfReader

from pdf_helpers import NS, tei

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PDFAID = "http://www.aiim.org/pdfa/ns/id/"
PDFUAID = "http://www.aiim.org/pdfua/ns/id/"


def xmp(reader: PdfReader) -> etree._Element:
    data = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    start, end = data.index(b"<rdf:RDF"), data.index(b"</rdf:RDF>") + len(b"</rdf:RDF>")
    return etree.fromstring(data[start:end])


def declared(reader: PdfReader, namespace: str) -> dict[str, str]:
    """The part and conformance the XMP packet declares in a namespace."""
    found = {}
    for description in xmp(reader).iter(f"{{{RDF}}}Description"):
        for key in ("part", "conformance"):
            value = description.get(f"{{{namespace}}}{key}")
            if value is not None:
                found[key] = value
    return found


@pytest.fixture(scope="module")
def header(example):
    doc = tei(example)
    return {
        "title": " ".join(doc.xpath("string(//tei:titleStmt/tei:title[@type='main'])",
                                    namespaces=NS).split()),
        "editors": [e.text for e in doc.xpath("//tei:titleStmt/tei:editor", namespaces=NS)],
        "abstract": " ".join(doc.xpath("string(//tei:profileDesc/tei:abstract)",
                                       namespaces=NS).split()),
        "keywords": [t.text for t in doc.xpath("//tei:keywords/tei:term", namespaces=NS)],
        "lang": doc.xpath("string(//tei:text/@xml:lang)", namespaces=NS),
        "date": doc.xpath("string(//tei:publicationStmt/tei:date/@when)", namespaces=NS),
    }


def test_pdf_metadata_from_the_tei_header(default_pdf, header):
    reader = PdfReader(default_pdf)
    info = reader.metadata
    assert info["/Title"] == header["title"]
    assert info["/Author"] == ", ".join(header["editors"])  # no translator is named
    assert info["/Subject"] == header["abstract"]
    assert info["/Keywords"] == ", ".join(header["keywords"])
    assert reader.trailer["/Root"]["/Lang"] == header["lang"] == "en"


def test_pdf_dates_are_the_editions_not_the_clocks(default_pdf, archival_pdf, header):
    stamp = "D:" + header["date"].replace("-", "")
    for path in (default_pdf, archival_pdf):
        info = PdfReader(path).metadata
        assert info["/CreationDate"] == info["/ModDate"] == stamp


def test_pdf_default_is_tagged_pdf_ua(default_pdf):
    reader = PdfReader(default_pdf)
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    assert declared(reader, PDFUAID) == {"part": "1"}
    assert not reader.attachments


def test_pdf_archival_declares_pdf_a_3u_and_stays_tagged(archival_pdf):
    reader = PdfReader(archival_pdf)
    assert declared(reader, PDFAID) == {"part": "3", "conformance": "U"}
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and "/OutputIntents" in root


def test_pdf_archival_carries_the_tei_source(archival_pdf, example):
    reader = PdfReader(archival_pdf)
    assert reader.attachments == {example.name: [example.read_bytes()]}
    filespecs = [spec.get_object() for spec in reader.trailer["/Root"]["/AF"]]
    assert {spec["/AFRelationship"] for spec in filespecs} == {"/Source"}
    assert {spec["/UF"] for spec in filespecs} == {example.name}
