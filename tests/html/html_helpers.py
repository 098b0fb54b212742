"""Shared by the HTML edition tests: paths, rendering, golden-file handling,
colour contrast."""
from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "xml" / "kapo-luo-1963-07-06.xml"
CONSTRUCTS = Path(__file__).resolve().parent / "data" / "constructs-1965-01-02.xml"
GOLDEN = Path(__file__).resolve().parent / "golden"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]

# Golden files are rewritten only on purpose:
#   TEI_EDITION_REGEN_GOLDEN=1 python -m pytest tests/html/test_html_golden.py
REGENERATE = os.environ.get("TEI_EDITION_REGEN_GOLDEN") == "1"


def normalize(html: bytes) -> str:
    """What may differ between builds of the same input is taken out: a
    generator version, should a page ever carry one; line endings. The inline
    style sheet and script are files of their own (xslt/html/edition.css,
    edition.js; test_html_render checks that they are inlined whole), so a
    change of looks does not touch the golden files."""
    text = html.decode("utf-8").replace("\r\n", "\n")
    text = re.sub(r'(<meta name="generator" content="tei-edition)[^"]*"', r'\1"', text)
    text = re.sub(r"<style>.*?</style>", "<style>/* edition.css */</style>", text, flags=re.S)
    return re.sub(r"<script>.*?</script>", "<script>/* edition.js */</script>", text, flags=re.S)


def check_golden(name: str, html: bytes):
    path = GOLDEN / name
    actual = normalize(html)
    if REGENERATE or not path.exists():
        if not REGENERATE:
            raise AssertionError(f"no golden file {path.name}; make it with "
                                 "TEI_EDITION_REGEN_GOLDEN=1 python -m pytest tests/html")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{name} differs from its golden file; if the change is intended, regenerate with "
        "TEI_EDITION_REGEN_GOLDEN=1 python -m pytest tests/html/test_html_golden.py "
        "and review the diff")


def luminance(colour: str) -> float:
    colour = colour.lstrip("#")
    if len(colour) == 3:
        colour = "".join(c * 2 for c in colour)
    channels = [int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
