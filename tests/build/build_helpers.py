"""Shared by the build tests (a unique module name: every test folder's
helpers share one import namespace)."""
from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_ID = "kapo-luo-1963-07-06"


def copy_edition(target: Path) -> Path:
    target.mkdir(parents=True)
    shutil.copy2(ROOT / "edition.json", target / "edition.json")
    for folder in ("registers", "sources", "xml"):
        shutil.copytree(ROOT / folder, target / folder)
    return target


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder``: relative path -> content."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}
