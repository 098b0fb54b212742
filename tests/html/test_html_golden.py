"""Golden files of the HTML edition of the bundled example: the reading
edition, the index page and the register page.

Regenerate on purpose only, and review the diff:
    TEI_EDITION_REGEN_GOLDEN=1 python -m pytest tests/html/test_html_golden.py
"""
from __future__ import annotations

import json

from html_helpers import EXAMPLE, ROOT, check_golden
from tei_edition.render.html import render_index, render_registers


def test_html_golden_document(example_html):
    check_golden("kapo-luo-1963-07-06.html", example_html)


def test_html_golden_index():
    edition = json.loads((ROOT / "edition.json").read_text(encoding="utf-8"))
    check_golden("index.html", render_index([EXAMPLE], edition))


def test_html_golden_registers():
    edition = json.loads((ROOT / "edition.json").read_text(encoding="utf-8"))
    check_golden("registers.html", render_registers([EXAMPLE], ROOT / "registers", edition))
