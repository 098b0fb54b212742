"""A catalogue of broken documents, one fault each, made from the valid example
by one edit: each must produce the expected problem, at the line of the fault,
with a hint, and no other error."""
from __future__ import annotations

import re

import pytest

from tei_edition.validate import check_tei
from validate_helpers import edit, errors, formatted, line_of

TEI_NS = b'xmlns="http://www.tei-c.org/ns/1.0"'
LICENCE = re.compile(rb"\s*<licence [^>]*>[^<]*</licence>")
CREATION = re.compile(rb"\s*<creation>.*?</creation>", re.S)


def case(name, edits, anchor, message, code, level="error", hint=None, also=()):
    return pytest.param(edits, anchor, message, code, level, hint, set(also), id=name)


CATALOGUE = [
    case("unknown-element",
         [(b'<p xml:id="p2" n="2">', b'<p xml:id="p2" n="2"><annotation>x</annotation>')],
         b'<annotation>', "<annotation> is not an element of tei-edition's TEI", "rng-element",
         hint="inside <p> the grammar allows"),
    case("missing-ref",
         [(b'<persName ref="#kennedy">Kennedy</persName>', b'<persName>Kennedy</persName>')],
         b'<persName>Kennedy', "<persName> has no @ref", "rng-attribute",
         hint="registers/persons.json", also={"entry-used"}),
    case("dangling-ref",
         [(b'ref="#kennedy"', b'ref="#kenedy"')],
         b'ref="#kenedy"', '<persName> @ref="#kenedy" points at no xml:id in this file',
         "ref-resolves", hint="add the entry to the registers", also={"entry-used"}),
    case("duplicate-id",
         [(b'<p xml:id="p3" n="3">', b'<p xml:id="p2" n="3">')],
         b'<p xml:id="p2" n="3">', 'the xml:id "p2" is already used by an earlier <p>',
         "id-unique", hint="another xml:id"),
    case("impossible-date",
         [(b'<docDate when="1963-07-06">', b'<docDate when="1963-02-30">')],
         b'<docDate when="1963-02-30">',
         '<docDate> @when="1963-02-30" does not exist: month 02 of 1963 has 28 days',
         "when-day", hint="YYYY-MM-DD"),
    case("impossible-leap-day",
         [(b'<birth when="1894-04-15"/>', b'<birth when="1900-02-29"/>')],
         b'<birth when="1900-02-29"/>',
         '<birth> @when="1900-02-29" does not exist: month 02 of 1900 has 28 days', "when-day"),
    case("month-13",
         [(b'<docDate when="1963-07-06">', b'<docDate when="1963-13-06">')],
         b'<docDate when="1963-13-06">', '<docDate> @when="1963-13-06": there is no month 13',
         "when-month"),
    case("note-out-of-sequence",
         [(b'xml:id="n2" n="2"', b'xml:id="n2" n="3"'), (b'xml:id="n3" n="3"', b'xml:id="n3" n="2"')],
         b'xml:id="n3" n="2"', 'note n="2" follows note n="3": notes are numbered in reading order',
         "note-order", hint="1, 2, 3"),
    case("note-number-too-high",
         [(b'xml:id="n3" n="3"', b'xml:id="n3" n="4"')],
         b'xml:id="n3" n="4"', 'note n="4", but the text has 3 note(s)', "note-range"),
    case("note-number-twice",
         [(b'xml:id="n3" n="3"', b'xml:id="n3" n="2"')],
         b'xml:id="n3" n="2"', 'note n="2" is numbered like an earlier note', "note-duplicate"),
    case("note-without-number",
         [(b'xml:id="n1" n="1" ', b'xml:id="n1" ')],
         b'xml:id="n1" ', "<note> has no @n", "rng-attribute", hint='n="1"'),
    case("note-type-not-in-list",
         [(b'xml:id="n1" n="1" type="translator"', b'xml:id="n1" n="1" type="translators"')],
         b'type="translators"', '<note> @type="translators" is not allowed', "rng-attribute",
         hint="one of translator, editor, author"),
    case("supplied-reason-not-in-list",
         [(b'<supplied reason="omitted"', b'<supplied reason="added"')],
         b'reason="added"', '<supplied> @reason="added" is not allowed', "rng-attribute",
         hint="omitted, identification, unclear, editorial"),
    case("paragraph-without-id",
         [(b'<p xml:id="p5" n="5">', b'<p n="5">')],
         b'<p n="5">', "<p> has no @xml:id", "rng-attribute", hint="stable xml:id and @n"),
    case("element-in-the-wrong-place",
         [(b'<p xml:id="p2" n="2">', b'<p xml:id="p2" n="2"><docTitle><titlePart>T</titlePart></docTitle>')],
         b'<docTitle><titlePart>T', "<docTitle> is not allowed inside <p>", "rng-element",
         hint="<docTitle> may stand in <front>"),
    case("missing-required-element",
         [(re.compile(rb"<docTitle>.*?</docTitle>", re.S), b"<docTitle></docTitle>")],
         b"<docTitle></docTitle>", "<docTitle> has no <titlePart>", "rng-missing"),
    case("text-directly-in-body",
         [(b"<body>", b"<body>stray words")],
         b"<body>stray words", "<body> holds text, which is not allowed directly inside it",
         "rng-text", hint="<p>"),
    case("empty-name",
         [(b'<persName ref="#kennedy">Kennedy</persName>', b'<persName ref="#kennedy"></persName>')],
         b'<persName ref="#kennedy"></persName>', "the <persName> is empty", "name-empty"),
    case("name-points-at-the-wrong-kind",
         [(b'<persName ref="#kennedy">', b'<persName ref="#beijing">')],
         b'<persName ref="#beijing">', '<persName> points at "beijing", which is a <place>, '
         "not a person", "person-ref-kind", also={"entry-used"}),
    case("missing-licence", [(LICENCE, b"")], b"<publicationStmt>",
         "the header has no licence", "has-licence", level="warning", hint="edition.json"),
    case("missing-creation-date", [(CREATION, b"")], b"<teiHeader",
         "the header has no creation date", "has-creation-date", hint="July 6, 1963"),
    case("unused-register-entry",
         [(b'<persName ref="#kennedy">Kennedy</persName>', b"Kennedy")],
         b'<person xml:id="kennedy">', 'the register entry "kennedy" (person) is carried in '
         "standOff, but nothing in the text or in particDesc refers to it", "entry-used",
         level="warning"),
    case("malformed-xml",
         [(b'<p xml:id="p3" n="3">', b'<p xml:id="p3" n="3"><hi rend="italic">')],
         b'<hi rend="italic">', "malformed XML", "xml", hint="fix the markup"),
    case("wrong-namespace",
         [(TEI_NS, b'xmlns="http://www.tei-c.org/ns/2.0"')],
         b"<TEI ", "the root element is <TEI> in the namespace http://www.tei-c.org/ns/2.0, "
         "not <TEI> in the TEI namespace", "namespace", hint='<TEI xmlns="http://www.tei-c.org'),
    case("no-namespace", [(b" " + TEI_NS, b"")], b"<TEI ",
         "the root element is <TEI> in no namespace", "namespace"),
    case("element-in-another-namespace",
         [(b'<p xml:id="p3" n="3">', b'<p xml:id="p3" n="3"><hi xmlns="urn:x" rend="italic">x</hi>')],
         b'<hi xmlns="urn:x"', "<hi> is not in the TEI namespace", "rng-element"),
    case("hostile-dtd",
         [(b"<?xml version='1.0' encoding='UTF-8'?>\n",
           b"<?xml version='1.0' encoding='UTF-8'?>\n"
           b'<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')],
         b"<?xml", "the file declares a DTD or entities", "xml-dtd"),
]


def _apply(data: bytes, edits) -> bytes:
    for old, new in edits:
        if isinstance(old, re.Pattern):
            assert old.search(data), old.pattern
            data = old.sub(new, data, count=1)
        else:
            data = edit(data, (old, new))
    return data


@pytest.mark.parametrize("edits, anchor, message, code, level, hint, also", CATALOGUE)
def test_fault_is_reported_at_its_line(example_bytes, edits, anchor, message, code, level,
                                       hint, also):
    broken = _apply(example_bytes, edits)
    problems = check_tei(broken, "broken.xml")
    found = [p for p in problems if message in p.message]
    assert found, f"expected {message!r} in:\n{formatted(problems)}"
    problem = found[0]
    assert (problem.level, problem.code, problem.file) == (level, code, "broken.xml")
    assert problem.line == line_of(broken, anchor), formatted([problem])
    assert problem.hint, "every problem says how to fix it"
    if hint:
        assert hint in problem.hint
    unexpected = [p for p in problems if p is not problem and p.code not in also
                  and not (p.code == code and p.line == problem.line)]
    assert not errors(unexpected), f"more than the one fault:\n{formatted(unexpected)}"


def test_the_example_itself_has_no_problem(example_bytes):
    assert check_tei(example_bytes, "example.xml") == []


@pytest.mark.parametrize("when", ["1964-02-29", "2000-02-29", "1963-04-30", "1963-12-31",
                                  "1963-07", "1963", "-0044-03-15"])
def test_real_dates_pass(example_bytes, when):
    fixed = edit(example_bytes, (b'<docDate when="1963-07-06">',
                                 f'<docDate when="{when}">'.encode()))
    assert check_tei(fixed, "dated.xml") == []


@pytest.mark.parametrize("when, message", [
    ("1963-04-31", "month 04 of 1963 has 30 days"),
    ("1963-02-29", "month 02 of 1963 has 28 days"),
    ("1963-00-10", "there is no month 00"),
    ("0000-01-01", "there is no year 0000"),
    ("1963-07-6", "is not an ISO date"),
])
def test_impossible_dates_fail(example_bytes, when, message):
    broken = edit(example_bytes, (b'<docDate when="1963-07-06">',
                                  f'<docDate when="{when}">'.encode()))
    problems = errors(check_tei(broken, "dated.xml"))
    assert problems and all(p.line == line_of(broken, b"<docDate ") for p in problems)
    assert any(message in p.message for p in problems), formatted(problems)
