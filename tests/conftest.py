"""Fixtures shared by every test folder."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def new_edition():
    """new_edition(folder) -> folder: a throw-away edition there, with the
    example's edition.json and registers and an empty sources/."""
    def make(folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "edition.json", folder / "edition.json")
        shutil.copytree(ROOT / "registers", folder / "registers")
        (folder / "sources").mkdir()
        return folder
    return make
