"""Readers: a source file in, a document model out.  One registry, keyed by
format name; ``read`` picks the reader by file extension."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..model import Document
from ..problems import Problem
from .plaintext import read_plaintext

Reader = Callable[[bytes, str, str], tuple["Document | None", list[Problem]]]

READERS: dict[str, Reader] = {
    "plaintext": read_plaintext,
}
EXTENSIONS = {".txt": "plaintext"}


def reader_for(path: Path) -> Reader:
    name = EXTENSIONS.get(path.suffix.lower(), "plaintext")
    return READERS[name]


def read(path: Path, display: str | None = None) -> tuple[Document | None, list[Problem]]:
    """Read ``path`` into a document; ``display`` is the name used in messages."""
    return reader_for(path)(path.read_bytes(), path.stem, display or str(path))
