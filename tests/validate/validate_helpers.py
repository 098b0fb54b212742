"""Helpers for the validation tests: one-fault variants of a valid document,
and the line a fault is on."""
from __future__ import annotations

from pathlib import Path

from tei_edition.problems import Problem

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "xml" / "kapo-luo-1963-07-06.xml"


def edit(data: bytes, *replacements: tuple[bytes, bytes]) -> bytes:
    """``data`` with each (old, new) replaced once; old must occur."""
    for old, new in replacements:
        assert old in data, f"{old!r} is not in the document"
        data = data.replace(old, new, 1)
    return data


def line_of(data: bytes, needle: bytes) -> int:
    """The 1-based line where ``needle`` first occurs."""
    assert needle in data, f"{needle!r} is not in the document"
    return data[:data.index(needle)].count(b"\n") + 1


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.level == "error"]


def formatted(problems: list[Problem]) -> str:
    return "\n".join(p.format() for p in problems)
