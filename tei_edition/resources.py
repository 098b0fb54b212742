"""Where the stylesheets and schemas are: inside the installed package, or
at the top of a source checkout."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name}/ folder is missing from the installation")


def xslt_dir() -> Path:
    return _find("xslt")


def schemas_dir() -> Path:
    return _find("schemas")
