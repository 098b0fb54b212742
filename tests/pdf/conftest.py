"""Fixtures for the print-edition tests: the example rendered once per session
as a tagged PDF (through the library) and as PDF/A-3u (through the command line),
by the real XSLT and the real WeasyPrint."""
from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei_edition.cli import main
from tei_edition.render import render_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "xml" / "kapo-luo-1963-07-06.xml"


def pytest_collection_modifyitems(items):
    if shutil.which("pdftotext") is None:  # pragma: no cover
        skip = pytest.mark.skip(reason="poppler-utils (pdftotext) is not installed")
        for item in items:
            if "tests/pdf/" in str(item.fspath).replace("\\", "/"):
                item.add_marker(skip)


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture(scope="session")
def example() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def rendered(tmp_path_factory):
    """(path of the default PDF, WeasyPrint warnings and errors while rendering it)."""
    handler = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        data = render_file(EXAMPLE, "pdf", {"pdf_variant": "pdf/ua-1"})
    finally:
        logger.removeHandler(handler)
    path = tmp_path_factory.mktemp("pdf") / f"{EXAMPLE.stem}.pdf"
    path.write_bytes(data)
    return path, handler.records


@pytest.fixture(scope="session")
def default_pdf(rendered) -> Path:
    return rendered[0]


@pytest.fixture(scope="session")
def archival_pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdfa")
    result = CliRunner().invoke(main, ["render", str(EXAMPLE), "--to", "pdf",
                                       "--pdf-variant", "pdf/a-3u", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out / f"{EXAMPLE.stem}.pdf"


@pytest.fixture(scope="session")
def pages(default_pdf):
    from pdf_helpers import read_pages
    return read_pages(default_pdf)
