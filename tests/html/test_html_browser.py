"""The reading edition in a real browser: Debian's chromium driven by
Playwright, pages loaded from an edition folder over file://, every request
that leaves the folder blocked and recorded."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

DOC = "html/kapo-luo-1963-07-06.html"

IN_VIEWPORT = """(selector) => {
  const box = document.querySelector(selector).getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
}"""


def visible(page, selector: str) -> bool:
    return page.locator(selector).first.is_visible()


def test_html_page_loads_without_errors_or_foreign_requests(visit):
    for relative in (DOC, "html/constructs-1965-01-02.html", "index.html", "registers.html"):
        seen = visit(relative)
        assert seen.errors == [], relative
        assert seen.foreign_requests() == [], relative
        assert seen.requests, "the page itself was requested"


def test_html_note_marker_reaches_the_note_and_back(visit):
    page = visit(DOC).page
    page.click("#ref-n2")
    assert page.evaluate("location.hash") == "#n2"
    assert page.evaluate(IN_VIEWPORT, "#n2")
    page.click("#n2 a[role='doc-backlink']")
    assert page.evaluate("location.hash") == "#ref-n2"
    assert page.evaluate(IN_VIEWPORT, "#ref-n2")


def test_html_note_shown_on_focus_and_hover_and_dismissed_by_escape(visit):
    page = visit(DOC).page
    assert not visible(page, "#pop-n1")
    page.focus("#ref-n1")
    assert visible(page, "#pop-n1")
    assert "Poljati" in page.inner_text("#pop-n1")
    page.keyboard.press("Escape")
    assert not visible(page, "#pop-n1")
    page.focus("#ref-n2")
    page.hover("#ref-n3")
    assert visible(page, "#pop-n3")


def test_html_focusing_a_name_shows_its_card(visit):
    page = visit(DOC).page
    page.focus("#p12 a.pn")
    page.keyboard.press("Tab")  # the next stop in p12 is the name Kennedy
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#name-kennedy"
    card = "#" + page.evaluate("document.activeElement.getAttribute('aria-describedby')")
    assert visible(page, card)
    assert "1917–1963" in page.inner_text(card)
    khrushchev = page.locator("#p12 a[href='#name-khrushchev']")
    khrushchev.focus()
    card = "#" + khrushchev.get_attribute("aria-describedby")
    assert visible(page, card) and "1894–1971" in page.inner_text(card)
    assert "Wikidata" in page.inner_text(card)
    page.focus("#p13 a.pn")
    assert not visible(page, card)


def test_html_view_switch_hides_and_shows_the_supplied_text_marks(visit):
    page = visit(DOC).page
    bracket = "#p1 .sup .br"
    colour = "(s) => getComputedStyle(document.querySelector(s)).color"
    body_colour = page.evaluate("getComputedStyle(document.querySelector('#p1')).color")
    assert visible(page, bracket)
    assert page.evaluate(colour, "#p1 .sup") != body_colour
    page.focus("#view-editorial")
    page.keyboard.press("ArrowRight")  # radio group: by keyboard to "reading"
    assert page.is_checked("#view-reading")
    assert page.evaluate("document.documentElement.dataset.view") == "reading"
    assert page.evaluate("(s) => getComputedStyle(document.querySelector(s)).display", bracket) \
        == "none"
    assert page.evaluate(colour, "#p1 .sup") == body_colour
    assert "[and]" not in page.inner_text("#p1") and " and " in page.inner_text("#p1")
    assert not visible(page, ".text .mk")
    assert visible(page, ".key .br"), "the key to the conventions keeps its marks"
    page.check("#view-editorial")
    assert visible(page, bracket)
    assert "[and]" in page.inner_text("#p1")


def test_html_fragment_p12_lands_on_paragraph_12(visit):
    page = visit(DOC + "#p12").page
    assert page.evaluate("document.querySelector(':target').id") == "p12"
    assert page.evaluate(IN_VIEWPORT, "#p12")
    top = page.evaluate("document.querySelector('#p12').getBoundingClientRect().top")
    assert 0 <= top < 100
    assert visible(page, "#p12 > a.pn")
    assert page.inner_text("#p12 > a.pn") == "12"


def test_html_zotero_meta_tags_in_the_browser(visit):
    page = visit(DOC).page
    tags = page.evaluate("""() => Object.fromEntries(
        [...document.querySelectorAll('meta[name]')].map(m => [m.name, m.content]))""")
    for name in ("citation_title", "citation_date", "citation_publisher", "citation_pdf_url",
                 "citation_language", "DC.title", "DC.date", "DC.type", "DC.language",
                 "DC.rights", "DC.publisher", "DC.description"):
        assert tags.get(name), name
    assert tags["DC.type"] == "manuscript"
    assert page.evaluate("document.querySelectorAll('meta[property=\"og:type\"]').length") == 0


@pytest.mark.parametrize("relative", [DOC, "html/constructs-1965-01-02.html", "index.html",
                                      "registers.html"])
def test_html_axe_finds_no_serious_violation(visit, relative):
    from axe_playwright_python.sync_playwright import Axe
    page = visit(relative).page
    states = [("as loaded", None)]
    if relative.startswith("html/"):
        states += [("a card open", "document.querySelector('a.nm-link').focus()"),
                   ("reading view", "document.querySelector('#view-reading').click()")]
    for state, action in states:
        if action:
            page.evaluate(action)
        violations = Axe().run(page).response["violations"]
        serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                   for v in violations if v["impact"] in ("serious", "critical")]
        assert serious == [], f"{relative}, {state}: {serious}"


def test_html_works_without_javascript(visit):
    seen = visit(DOC, javascript=False)
    page = seen.page
    assert seen.errors == [] and seen.foreign_requests() == []
    assert page.evaluate("document.querySelectorAll('.card').length") == \
        page.evaluate("document.querySelectorAll('a.nm-link').length") > 100
    page.click("#ref-n1")
    assert page.evaluate("location.hash") == "#n1" and page.evaluate(IN_VIEWPORT, "#n1")
    page.click("#n1 a[role='doc-backlink']")
    assert page.evaluate(IN_VIEWPORT, "#ref-n1")
    page.focus("#ref-n1")
    assert visible(page, "#pop-n1")
    link = page.locator("a.nm-link").first
    link.focus()
    assert visible(page, "#" + link.get_attribute("aria-describedby"))
    page.check("#view-reading")  # the switch is CSS only: :has(:checked)
    assert not visible(page, "#p1 .sup .br")
    page.check("#view-editorial")
    assert visible(page, "#p1 .sup .br")


def test_html_register_link_lands_on_the_paragraph(visit):
    page = visit("registers.html").page
    with page.expect_navigation(wait_until="load"):
        page.click("#khrushchev a[href$='#p12']")
    assert page.url.endswith(DOC + "#p12")
    assert page.evaluate("document.querySelector(':target').id") == "p12"
    page = visit(DOC).page
    with page.expect_navigation(wait_until="load"):
        page.click("#name-khrushchev a.to-register")
    assert page.evaluate("document.querySelector(':target').id") == "khrushchev"


def test_html_print_stylesheet_hides_the_screen_furniture(visit):
    page = visit(DOC).page
    page.emulate_media(media="print")
    for selector in (".view-switch", "header.site nav", ".formats"):
        assert not visible(page, selector), selector
    assert visible(page, "#p12 > a.pn") and visible(page, "#notes")
    page.focus("#ref-n1")
    assert not visible(page, "#pop-n1")
