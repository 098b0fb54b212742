"""The plain-text edition: ``xslt/text/text.xsl`` makes it whole (header,
numbered text, notes at the end, wrapped at ``options["width"]`` columns)."""
from __future__ import annotations

from pathlib import Path

from ..problems import EditionError, Problem
from .saxon import transform
from .xml_input import load_tei

DEFAULT_WIDTH = 72
MIN_WIDTH = 20


def text_width(options: dict, display: str = "") -> int:
    """The line width asked for (default 72); a problem if it is not a whole number >= 20."""
    width = options.get("width", DEFAULT_WIDTH)
    if width is None:
        return DEFAULT_WIDTH
    if isinstance(width, bool) or not isinstance(width, int) or width < MIN_WIDTH:
        raise EditionError([Problem("error", display, None,
                                    f"the text width must be a whole number of at least "
                                    f"{MIN_WIDTH} columns, not {width!r}", code="width")])
    return width


def render_text(path: Path, options: dict) -> bytes:
    """The plain-text edition of the TEI file ``path`` as UTF-8 bytes."""
    width = text_width(options, str(path))
    load_tei(path)  # refuses malformed or hostile XML with a message
    text = transform("text/text.xsl", path, {"width": str(width)}, display=str(path))
    return text.encode("utf-8")
