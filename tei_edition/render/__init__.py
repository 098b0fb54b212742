"""Writers of editions: TEI -> html, pdf, text, source.  One registry, keyed
by format; each renderer takes a TEI file and returns bytes."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..problems import EditionError, Problem
from .html import render_html
from .pdf import render_pdf
from .saxon import transform
from .text import render_text
from .xml_input import load_tei


def render_source(path: Path, options: dict) -> bytes:
    """The text in its source layout: equals the original source."""
    load_tei(path)  # refuses malformed or hostile XML with a message
    return transform("source/source.xsl", path, display=str(path)).encode("utf-8")


RENDERERS: dict[str, tuple[Callable[[Path, dict], bytes], str]] = {
    "html": (render_html, "html"),
    "pdf": (render_pdf, "pdf"),
    "source": (render_source, "txt"),
    "text": (render_text, "txt"),
}


def formats() -> list[str]:
    return sorted(RENDERERS)


def render_file(path: Path, to: str, options: dict | None = None) -> bytes:
    if to not in RENDERERS:
        raise EditionError([Problem("error", str(path), None, f"unknown format {to!r}",
                                    hint="one of: " + ", ".join(formats()))])
    function, _ = RENDERERS[to]
    return function(path, options or {})


def extension(to: str) -> str:
    return RENDERERS[to][1]
