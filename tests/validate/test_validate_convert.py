"""`convert` validates what it writes (tei_checker: RELAX NG + Schematron) and
never writes or reports success for invalid output."""
from __future__ import annotations

import json

from click.testing import CliRunner

from tei_edition.cli import main
from tei_edition.convert import convert_files
from tei_edition.validate import check_tei, tei_checker

SOURCE = """\
July 6, 1963

A Short Test Record

A Short Test Record


[Hysni Kapo]: We met in Tirana with Khrushchev.[1]

[1] Translator’s note: A note.

A summary of the short test record.
"""


def _source(edition, first_line="July 6, 1963", metadata=None):
    path = edition / "sources" / "short-record.txt"
    path.write_text(SOURCE.replace("July 6, 1963", first_line, 1), encoding="utf-8")
    if metadata is not None:
        path.with_suffix(".json").write_text(json.dumps(metadata), encoding="utf-8")
    return path


def test_valid_output_is_written_and_passes_validation(edition):
    source = _source(edition)
    (result,) = convert_files([source], check=tei_checker())
    assert result.output is not None and result.output.exists()
    assert check_tei(result.output.read_bytes(), str(result.output)) == []


def test_output_without_a_machine_readable_date_is_not_written(edition):
    source = _source(edition, first_line="Undated")
    target = edition / "xml" / "short-record.xml"
    (result,) = convert_files([source], check=tei_checker())
    assert result.output is None and not target.exists()
    # refused by the reader already, at the source's first line
    errors = [p for p in result.problems if p.level == "error"]
    assert [(p.file, p.line, p.code) for p in errors] == [(str(source), 1, "date")]


def test_output_with_an_impossible_change_date_is_not_written(edition):
    """The Schematron rules run too: a date the JSON Schema lets through."""
    source = _source(edition, metadata={"changes": [{"when": "1963-02-30", "what": "Checked"}]})
    (result,) = convert_files([source], check=tei_checker())
    assert result.output is None
    assert not (edition / "xml" / "short-record.xml").exists()
    (problem,) = [p for p in result.problems if p.level == "error"]
    assert problem.code == "when-day" and '"1963-02-30" does not exist' in problem.message


def test_convert_command_fails_and_writes_nothing(edition, monkeypatch):
    source = _source(edition, first_line="Sometime in 1963")
    monkeypatch.chdir(edition)
    result = CliRunner().invoke(main, ["convert", str(source.relative_to(edition))])
    assert result.exit_code == 1
    assert "0 converted, 1 failed" in result.output
    assert ":1: error: the first line 'Sometime in 1963' is not a date" in result.output
    assert not (edition / "xml" / "short-record.xml").exists()
