"""Bad input gets a clear message naming file and line: an error (exit 1,
nothing written) where the text cannot be encoded faithfully, a warning
(and a round trip that still holds) where it can."""
from __future__ import annotations

from click.testing import CliRunner

from convert_helpers import NS, convert_ok, round_trip
from tei_edition.cli import main
from tei_edition.convert import convert_source


def run_convert(*args):
    return CliRunner().invoke(main, ["convert", *map(str, args)])


def problems_of(source):
    return convert_source(source).problems


def only(problems, level):
    return [p for p in problems if p.level == level]


def test_not_utf8_is_an_error_with_line(write_source, edition):
    source = write_source("", raw="July 6, 1963\n\nTitle\n\nTitle\n\n\nCaf\xe9 au lait.\n\nSum.\n"
                          .encode("latin-1"))
    errors = only(problems_of(source), "error")
    assert len(errors) == 1 and errors[0].line == 8 and "UTF-8" in errors[0].message
    assert errors[0].hint and "iconv" in errors[0].hint
    result = run_convert(source)
    assert result.exit_code == 1
    assert f"{source}:8:4: error: the file is not valid UTF-8" in result.output
    assert not (edition / "xml").exists()


def test_empty_file_is_an_error(write_source, edition):
    source = write_source("", raw=b"")
    errors = only(problems_of(source), "error")
    assert errors and "empty" in errors[0].message and errors[0].line == 1
    assert run_convert(source).exit_code == 1


def test_blank_only_file_is_an_error(write_source):
    source = write_source("", raw=b"\n\n  \n")
    assert any("empty" in p.message for p in only(problems_of(source), "error"))


def test_unbalanced_bracket_is_an_error_with_line_and_column(write_source, edition):
    source = write_source("First paragraph.\n\nThe [Soviet leader Khrushchev said so.\n\nLast.")
    errors = only(problems_of(source), "error")
    assert len(errors) == 1
    assert errors[0].line == 10 and errors[0].column == 5
    assert "unbalanced '['" in errors[0].message
    result = run_convert(source)
    assert result.exit_code == 1 and "0 converted, 1 failed" in result.output
    assert not (edition / "xml" / "test-doc.xml").exists()


def test_stray_closing_bracket_is_an_error(write_source):
    source = write_source("Words] and more.")
    errors = only(problems_of(source), "error")
    assert errors and "never opened" in errors[0].message and errors[0].line == 8


def test_nested_brackets_are_an_error(write_source):
    source = write_source("A [nested [bracket] here].")
    assert any("unbalanced" in p.message for p in only(problems_of(source), "error"))


def test_marker_without_note_is_an_error(write_source, edition):
    source = write_source("A claim.[1] Another claim.[4]", notes="[1] The first note.")
    errors = only(problems_of(source), "error")
    assert len(errors) == 1 and errors[0].line == 8
    assert "[4] has no note 4" in errors[0].message
    assert run_convert(source).exit_code == 1


def test_note_without_marker_is_a_warning_and_kept(write_source, tmp_path):
    source = write_source("A claim.[1] No second marker.",
                          notes="[1] The first note.\n\n[2] A note nobody refers to.")
    tree, problems, xml = convert_ok(source, tmp_path)
    warnings = [p for p in problems if p.code == "note-unanchored"]
    assert len(warnings) == 1 and warnings[0].line == 13 and "[2]" in warnings[0].message
    back = tree.find(".//tei:back/tei:div[@type='notes']/tei:note", NS)
    assert back.get("n") == "2"
    round_trip(source, xml)


def test_crlf_line_endings_are_a_warning(write_source, tmp_path):
    text = "July 6, 1963\n\nTitle\n\nTitle\n\n\n[and] words.[1]\n\n\n[1] Note.\n\nSummary.\n"
    source = write_source("", raw=text.replace("\n", "\r\n").encode())
    tree, problems, xml = convert_ok(source, tmp_path)
    assert [p.code for p in problems if p.level == "warning" and p.code == "line-endings"]
    assert tree.find(".//tei:supplied", NS).text == "and"
    round_trip(source, xml)


def test_bom_is_a_warning(write_source, tmp_path):
    text = "July 6, 1963\n\nTitle\n\nTitle\n\n\nWords.\n\nSummary.\n"
    source = write_source("", raw=b"\xef\xbb\xbf" + text.encode())
    tree, problems, xml = convert_ok(source, tmp_path)
    bom = [p for p in problems if p.code == "bom"]
    assert bom and bom[0].line == 1 and bom[0].level == "warning"
    assert tree.find(".//tei:docDate", NS).get("when") == "1963-07-06"
    round_trip(source, xml)


def test_no_final_newline_round_trips(write_source, tmp_path):
    source = write_source("", raw=b"July 6, 1963\n\nTitle\n\nTitle\n\n\nWords.\n\nSummary.")
    _, _, xml = convert_ok(source, tmp_path)
    round_trip(source, xml)


def test_first_line_not_a_date_is_an_error(write_source):
    source = write_source("Words.", date="Sometime in the sixties")
    errors = only(problems_of(source), "error")
    assert len(errors) == 1 and errors[0].line == 1 and errors[0].code == "date"
    assert "'July 6, 1963'" in errors[0].hint


def test_impossible_date_is_an_error_not_invented(write_source):
    source = write_source("Words.", date="February 30, 1963")
    errors = only(problems_of(source), "error")
    assert len(errors) == 1 and "not a date" in errors[0].message


def test_partial_dates_are_kept_as_partial(write_source, tmp_path):
    for date, when in (("July 1963", "1963-07"), ("1963", "1963"), ("6 July 1963", "1963-07-06")):
        source = write_source("Words.", date=date)
        tree, _, xml = convert_ok(source, tmp_path)
        assert tree.find(".//tei:docDate", NS).get("when") == when
        round_trip(source, xml)


def test_invalid_metadata_names_file_and_field(write_source, edition):
    source = write_source("Words.")
    (edition / "sources" / "test-doc.json").write_text('{\n  "original_language": "Albanian!"\n}\n')
    errors = only(problems_of(source), "error")
    assert len(errors) == 1
    assert errors[0].file.endswith("test-doc.json") and errors[0].line == 2
    assert "original_language" in errors[0].message


def test_malformed_metadata_json(write_source, edition):
    source = write_source("Words.")
    (edition / "sources" / "test-doc.json").write_text('{\n  "translator": "A. B."\n  "x": 1\n}\n')
    errors = only(problems_of(source), "error")
    assert errors and errors[0].line == 3 and "malformed JSON" in errors[0].message


def test_bare_text_without_any_metadata_converts(tmp_path):
    source = tmp_path / "bare.txt"
    source.write_text("July 6, 1963\n\nTitle\n\nTitle\n\n\nWords.\n\nSummary.\n", encoding="utf-8")
    result = convert_source(source)
    assert result.ok
    assert any(p.code == "metadata" for p in result.problems)
    assert b"<publisher>" not in result.xml  # nothing invented


def test_file_name_that_is_not_an_xml_id(tmp_path):
    """Regression: '1963 notes.txt' gave the id 'd-1963 notes', which is no XML id either."""
    from tei_edition.convert import convert_files, document_id
    assert document_id("kapo-luo-1963-07-06") == "kapo-luo-1963-07-06"
    assert document_id("1963 notes") == "d-1963-notes"
    assert document_id("Notes (draft)") == "Notes-draft"
    source = tmp_path / "1963 notes.txt"
    source.write_text("July 6, 1963\n\nTitle\n\nTitle\n\n\nWords.\n\nSummary.\n", encoding="utf-8")
    (result,) = convert_files([source], tmp_path / "xml")
    assert result.ok and result.output.name == "d-1963-notes.xml"
    assert b'xml:id="d-1963-notes"' in result.output.read_bytes()
    assert any(p.code == "id" for p in result.problems)


def test_control_character_is_an_error_not_a_crash(write_source, edition):
    """Regression: a form feed (U+000C) made lxml raise ValueError."""
    source = write_source("", raw=b"July 6, 1963\n\nTitle\n\nTitle\n\n\nPage one.\x0c\n\nSummary.\n")
    errors = only(problems_of(source), "error")
    assert len(errors) == 1 and errors[0].line == 8 and errors[0].column == 10
    assert "U+000C" in errors[0].message
    result = run_convert(source)
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_text_without_a_body_is_an_error_on_the_source(write_source):
    """Regression: a date line and a title alone gave TEI with an empty paragraph that
    failed validation with a message about the generated file, not the source."""
    source = write_source("", raw=b"July 6, 1963\n\nA Title\n")
    errors = only(problems_of(source), "error")
    assert [(e.file, e.line, e.code) for e in errors] == [(str(source), 3, "no-body")]


def test_notes_out_of_numerical_order_are_an_error(write_source):
    """Regression: notes listed [2] then [1] converted with a warning and came back
    from the TEI as [1] then [2]: the round trip silently failed."""
    source = write_source("First.[1] Second.[2]", notes="[2] Note two.\n\n[1] Note one.")
    errors = only(problems_of(source), "error")
    assert [(e.line, e.code) for e in errors] == [(11, "note-order")]


def test_unanchored_note_between_anchored_ones_round_trips(write_source, tmp_path):
    """Regression: an unanchored note (kept in back) came back after the anchored ones."""
    source = write_source("First.[1] Third.[3]", notes="[1] One.\n\n[2] Two, no marker.\n\n"
                          "[3] Three.")
    tree, problems, xml = convert_ok(source, tmp_path)
    assert any(p.code == "note-unanchored" for p in problems)
    round_trip(source, xml)


def test_markers_out_of_order_in_the_text_round_trip(write_source, tmp_path):
    source = write_source("Later note first.[2] Then the first.[1]",
                          notes="[1] One.\n\n[2] Two.")
    _, _, xml = convert_ok(source, tmp_path)
    round_trip(source, xml)


def test_note_marked_in_the_summary_or_in_another_note_round_trips(write_source, tmp_path):
    """Regression: the note whose marker stood in the summary (or inside another note)
    was missing from the source edition."""
    source = write_source("Some text here.[1]", notes="[1] Translator\u2019s note: one, see [3].\n\n"
                          "[2] Translator\u2019s note: two.\n\n[3] Three.", summary="Summary.[2]")
    tree, problems, xml = convert_ok(source, tmp_path)
    assert not [p for p in problems if p.code == "note-unanchored"]
    round_trip(source, xml)


def test_last_note_with_two_paragraphs(write_source, tmp_path):
    """Regression: further paragraphs of the last note were read as body text."""
    source = write_source("Text.[1] More.[2]", notes="[1] First note.\n\n[2] Translator\u2019s "
                          "note: first paragraph.\n\nSecond paragraph of the note.")
    tree, _, xml = convert_ok(source, tmp_path)
    note = tree.find(".//tei:note[@n='2']", NS)
    assert [p.xpath("string()") for p in note.findall("tei:p", NS)] == [
        "Translator\u2019s note: first paragraph.", "Second paragraph of the note."]
    round_trip(source, xml)


def test_glued_digit_is_no_second_marker_of_a_bracketed_note(write_source, tmp_path):
    """Regression: 'Tu2' beside a real [2] failed with 'marker 2 occurs twice'."""
    source = write_source("They sent fighters.[1] Of the model Tu2 some.[2]",
                          notes="[1] One.\n\n[2] Two.")
    tree, _, xml = convert_ok(source, tmp_path)
    assert "Tu2 some." in "".join(tree.find(".//tei:body", NS).itertext())
    round_trip(source, xml)


def test_document_id_that_a_section_id_would_repeat(tmp_path):
    """Regression: a source named s1.txt with a point 1) gave two xml:id 's1'."""
    from tei_edition.convert import convert_files
    source = tmp_path / "s1.txt"
    source.write_text("July 6, 1963\n\nT\n\nT\n\n\n1) A point.\n\nSummary.\n", encoding="utf-8")
    (result,) = convert_files([source], tmp_path / "xml")
    assert result.ok and result.output.name == "d-s1.xml"


def test_check_problems_of_an_unwritten_file_say_so(tmp_path):
    from tei_edition.convert import convert_files
    from tei_edition.problems import Problem
    source = tmp_path / "doc.txt"
    source.write_text("July 6, 1963\n\nT\n\nT\n\n\nText.\n\nSummary.\n", encoding="utf-8")

    def failing_check(xml, display):
        return [Problem("error", display, 3, "invented fault")]
    (result,) = convert_files([source], tmp_path / "xml", check=failing_check)
    assert result.output is None and not (tmp_path / "xml" / "doc.xml").exists()
    assert [p.file for p in result.problems if p.message == "invented fault"] == [
        f"{tmp_path / 'xml' / 'doc.xml'} (generated, not written)"]
