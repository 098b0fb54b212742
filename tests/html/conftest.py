"""Fixtures for the HTML edition tests: rendered pages laid out as a built
edition, and Debian's chromium driven by Playwright (browser tests only)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from html_helpers import CHROMIUM, CHROMIUM_ARGS, CONSTRUCTS, EXAMPLE, ROOT
from tei_edition.render.html import render_html, render_index, render_registers


@pytest.fixture(scope="session")
def example_html() -> bytes:
    return render_html(EXAMPLE)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """An edition folder as `build` writes it: index.html, registers.html, html/<id>.html."""
    out = tmp_path_factory.mktemp("site")
    (out / "html").mkdir()
    documents = [EXAMPLE, CONSTRUCTS]
    for path in documents:
        (out / "html" / f"{path.stem}.html").write_bytes(render_html(path))
    edition = json.loads((ROOT / "edition.json").read_text(encoding="utf-8"))
    (out / "index.html").write_bytes(render_index(documents, edition))
    (out / "registers.html").write_bytes(render_registers(documents, ROOT / "registers", edition))
    return out


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: browser tests need Debian's chromium")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class Visit:
    """A page with what it did: every request, console errors, uncaught exceptions."""
    page: object
    site: Path
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        """Requests that are not for a file of the edition folder itself."""
        own = self.site.resolve().as_uri() + "/"
        return [url for url in self.requests if not url.startswith(own)] + self.blocked


@pytest.fixture
def visit(browser, site):
    """visit(relative_url, javascript=True) -> Visit; requests leaving the edition
    folder are blocked and recorded."""
    contexts = []

    def open_page(relative: str, javascript: bool = True) -> Visit:
        context = browser.new_context(java_script_enabled=javascript,
                                      viewport={"width": 1200, "height": 900})
        contexts.append(context)
        page = context.new_page()
        record = Visit(page, site)

        def route(request_route):
            url = request_route.request.url
            if url.startswith(site.resolve().as_uri() + "/"):
                request_route.continue_()
            else:
                record.blocked.append(url)
                request_route.abort()

        context.route("**/*", route)
        page.on("request", lambda request: record.requests.append(request.url))
        page.on("console", lambda message: record.errors.append(message.text)
                if message.type == "error" else None)
        page.on("pageerror", lambda error: record.errors.append(str(error)))
        page.goto((site / relative.split("#")[0]).resolve().as_uri()
                  + ("#" + relative.split("#", 1)[1] if "#" in relative else ""))
        page.wait_for_load_state("load")
        return record

    yield open_page
    for context in contexts:
        context.close()
