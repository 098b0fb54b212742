"""Fixtures for the converter tests: small sources written by the tests, in a
throw-away edition folder that shares the example's registers."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest



@pytest.fixture
def edition(tmp_path, new_edition) -> Path:
    """An edition folder with the example's edition.json and registers."""
    return new_edition(tmp_path)


@pytest.fixture
def write_source(edition):
    """write_source(body, name=..., notes=..., summary=...) -> Path of a source
    in the standard layout: date, title twice, body, notes, summary."""
    def write(body: str, name: str = "test-doc", notes: str = "",
              summary: str = "A summary of the test document.", raw: bytes | None = None,
              title: str = "A Test Document", date: str = "July 6, 1963") -> Path:
        path = edition / "sources" / f"{name}.txt"
        if raw is not None:
            path.write_bytes(raw)
            return path
        text = f"{date}\n\n{title}\n\n{title}\n\n\n{textwrap.dedent(body).strip()}\n"
        if notes:
            text += f"\n\n{textwrap.dedent(notes).strip()}\n"
        if summary:
            text += f"\n{summary}\n"
        path.write_text(text, encoding="utf-8")
        return path
    return write
