"""Time the print edition of the example: XSLT, each WeasyPrint layout pass and
the PDF writing.  Run from the repository root:  python bench/bench_pdf.py [TEI...]"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tei_edition.render import pdf_layout  # noqa: E402
from tei_edition.render.pdf import render_pdf  # noqa: E402


def timed(label: str, function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    print(f"  {label:<28} {time.perf_counter() - start:7.2f} s")
    return result


def main(paths: list[Path]):
    for path in paths:
        print(path.name)
        html = timed("XSLT (first run compiles)", pdf_layout.print_html, path, index=False)
        timed("XSLT (compiled)", pdf_layout.print_html, path, index=False)
        document = timed("layout pass without index", pdf_layout.render_html, html, str(path))
        pages = pdf_layout.anchor_pages(document)
        full = pdf_layout.print_html(path, pages)
        document = timed("layout pass with index", pdf_layout.render_html, full, str(path))
        timed("write PDF/UA-1", document.write_pdf, pdf_variant="pdf/ua-1", pdf_tags=True)
        for variant in ("pdf/ua-1", "pdf/a-3u"):
            data = timed(f"render_pdf {variant}", render_pdf, path, {"pdf_variant": variant})
        print(f"  {len(document.pages)} pages, {len(data)} bytes")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or [ROOT / "xml" / "kapo-luo-1963-07-06.xml"])
