"""The print edition: TEI -> print HTML (xslt/print/) -> PDF (WeasyPrint).

The layout passes are in :mod:`.pdf_layout`.  The PDF is tagged (PDF/UA-1) by
default; the variant ``pdf/a-3u`` makes an archival PDF, also tagged, that
carries the TEI source as an associated file.  Dates in the PDF (document and
attachment) are the edition's, from the TEI header, never the clock's; the file
identifier is the document's id, so the same TEI gives the same PDF.
"""
from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

from ..problems import EditionError, Problem
from .pdf_layout import lay_out
from .xml_input import TEI_NS, load_tei

VARIANTS = ("pdf/ua-1", "pdf/a-3u")
DEFAULT_VARIANT = "pdf/ua-1"


def render_pdf(path: Path, options: dict) -> bytes:
    """The print edition of the TEI file ``path`` as PDF bytes.

    ``options["pdf_variant"]``: ``"pdf/ua-1"`` (default, tagged) or ``"pdf/a-3u"``
    (archival, tagged, with the TEI file attached)."""
    variant = options.get("pdf_variant") or DEFAULT_VARIANT
    if variant not in VARIANTS:
        raise EditionError([Problem("error", str(path), None,
                                    f"unknown PDF variant {variant!r}",
                                    hint="one of: " + ", ".join(VARIANTS))])
    tree = load_tei(path)
    source = path.read_bytes()
    stamp = edition_date(tree)
    attachment_name = f"{path.stem}.xml" if variant == "pdf/a-3u" else ""
    document = lay_out(path, attachment_name)
    pdf_options = {"pdf_variant": variant, "pdf_tags": True,
                   "pdf_identifier": path.stem.encode("utf-8")}
    if attachment_name:
        pdf_options["attachments"] = [tei_attachment(source, attachment_name, stamp)]
    try:
        return document.write_pdf(**pdf_options)
    except Exception as exc:  # WeasyPrint raises many kinds
        raise EditionError([Problem("error", str(path), None,
                                    f"WeasyPrint could not write the PDF: {exc}")]) from exc


def edition_date(tree) -> datetime:
    """The date of the edition (publication date, else the first dated change), UTC midnight;
    the Unix epoch if the header has none, so that output never depends on the clock."""
    ns = {"t": TEI_NS}
    values = tree.xpath("/t:TEI/t:teiHeader/t:fileDesc/t:publicationStmt/t:date/@when"
                        " | /t:TEI/t:teiHeader/t:revisionDesc/t:change/@when", namespaces=ns)
    for value in values:
        try:
            day = datetime.strptime(str(value)[:10], "%Y-%m-%d")
        except ValueError:
            continue
        return day.replace(tzinfo=timezone.utc)
    return datetime(1970, 1, 1, tzinfo=timezone.utc)


def tei_attachment(source: bytes, name: str, stamp: datetime):
    """The TEI file as a PDF/A-3 associated file (relationship Source)."""
    from weasyprint import Attachment
    return Attachment(file_obj=io.BytesIO(source), name=name,
                      description="TEI P5 source of this edition",
                      created=stamp, modified=stamp, relationship="Source")
