"""Shared by the plain-text edition tests (a unique module name: every test
folder's helpers share one import namespace)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_XML = ROOT / "xml" / "kapo-luo-1963-07-06.xml"
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"


def normalize_text_edition(text: str) -> str:
    """What may differ between runs or releases and is not the edition: the
    program's version and line endings."""
    text = text.replace("\r\n", "\n")
    return re.sub(r"tei-edition \d+\.\d+(\.\d+)?\S*", "tei-edition VERSION", text)
