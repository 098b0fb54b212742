"""Footnotes of the print edition stand at the foot of the page that holds
their marker (CSS float: footnote, laid out by WeasyPrint)."""
from __future__ import annotations

from pdf_helpers import NS, norm, note_text, pages_containing, tei, text_before


def marker_page(pages, note) -> int:
    """The page of a note's marker: the page whose text has the words just before
    the marker followed by the note's number (the longest context that is unique)."""
    context = norm(text_before(note))
    number = note.get("n")
    for length in (60, 30, 15, 8):
        found = pages_containing(pages, context[-length:] + number)
        if len(found) == 1:
            return found[0]
    raise AssertionError(f"the marker of note {number} is on no page or several: {found}")


def test_pdf_each_footnote_on_the_page_of_its_marker(example, pages):
    notes = tei(example).xpath("//tei:text//tei:note[@place='foot']", namespaces=NS)
    assert notes, "the example has footnotes"
    for note in notes:
        marker = marker_page(pages, note)
        # the note as printed: its number, then its text (label included)
        printed = pages_containing(pages, note.get("n") + note_text(note)[:80])
        assert printed == [marker], (
            f"note {note.get('n')}: marker on page {marker}, note text on {printed}")


def test_pdf_footnotes_are_at_the_foot_of_the_page(example, pages):
    """A note's first line is in the lower half of its page, and below it stand only
    lines in the smaller type of the notes: no text of the body follows it."""
    notes = tei(example).xpath("//tei:text//tei:note[@place='foot']", namespaces=NS)
    for note in notes:
        page = pages[marker_page(pages, note) - 1]
        start = norm(note.get("n") + note_text(note))[:15]
        lines = [line for line in page.lines if line and page.in_block(line[0])]
        first = next(i for i, line in enumerate(lines)
                     if norm(" ".join(w.text for w in line)).startswith(start))
        assert lines[first][0].y0 > page.height / 2
        body_height = max(w.y1 - w.y0 for line in lines[:first] for w in line)
        for line in lines[first:]:
            assert max(w.y1 - w.y0 for w in line) < 0.9 * body_height, (
                f"text of the body below note {note.get('n')} on page {page.number}")
