"""Fixtures for the build and init tests: copies of the bundled example edition."""
from __future__ import annotations

import pytest

from build_helpers import ROOT, copy_edition
from tei_edition.build import build_edition


@pytest.fixture
def edition_copy(tmp_path):
    """A throw-away copy of the example edition (edition.json, registers, sources, xml)."""
    return copy_edition(tmp_path / "edition")


@pytest.fixture(scope="module")
def built_example(tmp_path_factory):
    """The bundled example built once, every format: (result, out_dir)."""
    out = tmp_path_factory.mktemp("built") / "out"
    result = build_edition(ROOT, out)
    return result, out
