"""Fixtures for the plain-text edition tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from text_helpers import EXAMPLE_XML


@pytest.fixture(scope="session")
def example_xml() -> Path:
    return EXAMPLE_XML


@pytest.fixture
def tei_with(tmp_path):
    """tei_with(old, new) -> a copy of the example TEI with one edit made by hand."""
    def make(old: str, new: str, name: str = "edited.xml") -> Path:
        text = EXAMPLE_XML.read_text(encoding="utf-8")
        assert old in text, f"the example no longer contains {old!r}"
        path = tmp_path / name
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return path
    return make
