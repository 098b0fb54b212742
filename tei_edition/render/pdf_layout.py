"""Laying out the print edition with WeasyPrint, in passes.

1. The text without the index: the page of every paragraph (``p12``), name
   (``m7``), footnote call (``fc3``) and footnote body (``fn3``).
2. If a footnote body fell on a later page than its call, a page break before
   the last citable block that starts on the call's page, and again 1.  (WeasyPrint
   70, to satisfy ``orphans`` at the foot of a page, sometimes moves the page's
   footnotes to the next page rather than the paragraph; a page break before
   that paragraph leaves the footnotes room on their own page.)
3. The whole edition with the index: paragraph numbers go in the outer margin of
   the page their block starts on, and the index lists each page once.  Its page
   numbers are WeasyPrint's (``target-counter``), true whatever an earlier pass said.

Nothing is fetched: the stylesheet is inlined by the XSLT and the URL fetcher
refuses every URL but ``data:``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import EditionError, Problem
from .saxon import transform

STYLESHEET = "print/print.xsl"
ANCHOR = re.compile(r"^(p|m|fc|fn)(\d+)$")
MAX_FIXES = 4


@dataclass
class Layout:
    """What a pass found: anchor id -> page (1-based, as counter(page) counts)."""
    pages: dict[str, int] = field(default_factory=dict)

    def late_notes(self) -> list[int]:
        """Footnotes whose body is not on the page of their call, by number."""
        late = []
        for anchor, page in self.pages.items():
            if anchor.startswith("fc"):
                body = self.pages.get("fn" + anchor[2:])
                if body != page:
                    late.append(int(anchor[2:]))
        return sorted(late)

    def block_to_break(self, page: int, done: set[str]) -> str | None:
        """The last citable block that starts on ``page`` (not the page's first block)."""
        blocks = sorted((int(a[1:]), a) for a, p in self.pages.items()
                        if p == page and a.startswith("p"))
        candidates = [a for _, a in blocks[1:] if a not in done]
        return candidates[-1] if candidates else None


def lay_out(path: Path, attachment_name: str = ""):
    """The laid-out WeasyPrint document of the print edition of ``path``."""
    breaks: set[str] = set()
    layout = Layout(anchor_pages(render_html(
        print_html(path, None, breaks, attachment_name, index=False), str(path))))
    for _ in range(MAX_FIXES):
        more = set()
        for number in layout.late_notes():
            block = layout.block_to_break(layout.pages[f"fc{number}"], breaks | more)
            if block:
                more.add(block)
        if not more:
            break
        breaks |= more
        layout = Layout(anchor_pages(render_html(
            print_html(path, layout.pages, breaks, attachment_name, index=False),
            str(path))))
    document = render_html(print_html(path, layout.pages, breaks, attachment_name),
                           str(path))
    final = anchor_pages(document)
    if final != layout.pages:  # the index changed nothing before it: not seen, but be sure
        document = render_html(print_html(path, final, breaks, attachment_name), str(path))
    return document


def print_html(path: Path, pages: dict[str, int] | None = None, breaks=(),
               attachment_name: str = "", index: bool = True) -> str:
    """The print HTML of a TEI file.  ``pages``: anchor id -> page of a former pass;
    ``breaks``: ids of blocks that start a page; ``index``: False for a layout pass."""
    parameters = {
        "pages": " ".join(f"{key}:{value}" for key, value in sorted((pages or {}).items())),
        "breaks": " ".join(sorted(breaks)),
        "attachment": attachment_name,
        "index": "yes" if index else "no"}
    return transform(STYLESHEET, path, parameters, display=str(path))


def render_html(html: str, display: str):
    """Lay out print HTML with WeasyPrint, with no access to any URL."""
    from weasyprint import HTML
    try:
        return HTML(string=html, base_url=None, url_fetcher=_no_fetching()).render()
    except Exception as exc:  # WeasyPrint raises many kinds
        raise EditionError([Problem("error", display, None,
                                    f"WeasyPrint could not lay out the print edition: {exc}")]) \
            from exc


def anchor_pages(document) -> dict[str, int]:
    """Page (1-based) of every paragraph, name, footnote call and footnote anchor."""
    found: dict[str, int] = {}
    for number, page in enumerate(document.pages, start=1):
        for anchor in page.anchors:
            if ANCHOR.match(anchor):
                found.setdefault(anchor, number)
    return found


def _no_fetching():
    """A WeasyPrint URL fetcher for a self-contained document: data: URLs (the
    footnote rule of print.css) and nothing else, no file, no network."""
    from weasyprint.urls import URLFetcher

    class NoFetching(URLFetcher):
        def fetch(self, url, headers=None):
            if not url.startswith("data:"):
                raise ValueError(f"the print edition fetches nothing ({url[:80]})")
            return super().fetch(url, headers)

    return NoFetching(allowed_protocols=("data",))
