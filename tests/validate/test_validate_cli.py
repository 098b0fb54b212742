"""`tei-edition validate PATH... [--format text|json]`: the example edition
passes; problems are printed as file:line:col: level: message with a hint,
then a summary; exit 0 valid, 1 invalid, 2 usage; the JSON report follows its
documented schema."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from tei_edition.cli import main
from tei_edition.resources import schemas_dir
from tei_edition.validate import tei
from validate_helpers import ROOT, edit

LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+)(?::\d+)?: (?P<level>error|warning): (?P<msg>.+)$")
SUMMARY = re.compile(r"^(\d+) files? checked: (\d+) valid, (\d+) invalid "
                     r"\((\d+) errors?, (\d+) warnings?\)$")


def run(*args):
    return CliRunner().invoke(main, ["validate", *map(str, args)])


@pytest.fixture(scope="module")
def report_schema():
    schema = json.loads((schemas_dir() / "validation-report.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.mark.parametrize("folder, count", [("xml", None), ("registers", 3)])
def test_the_example_edition_is_valid(folder, count):
    result = run(ROOT / folder)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    match = SUMMARY.match(lines[-1])
    assert match, result.output
    files, valid, invalid, errors, _ = map(int, match.groups())
    assert files == valid and invalid == errors == 0
    assert files == (count or len(list((ROOT / folder).glob("*.xml"))))


def test_an_edition_folder_checks_every_kind(report_schema):
    result = run("--format", "json", ROOT)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert not list(report_schema.iter_errors(report))
    kinds = {f["kind"] for f in report["files"]}
    assert kinds == {"tei", "edition", "source", "register"}
    assert report["valid"] is True and report["summary"]["invalid"] == 0


def test_problems_are_printed_with_line_hint_and_summary(tmp_path, example_bytes):
    broken = edit(example_bytes, (b'ref="#kennedy"', b'ref="#kenedy"'),
                  (b'<docDate when="1963-07-06">', b'<docDate when="1963-02-30">'))
    path = tmp_path / "broken.xml"
    path.write_bytes(broken)
    (tmp_path / "valid.xml").write_bytes(example_bytes)
    result = run(tmp_path)
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    problems = [LINE.match(line) for line in lines if LINE.match(line)]
    assert {(m["level"], m["file"]) for m in problems} >= {("error", str(path))}
    assert any('@ref="#kenedy" points at no xml:id' in m["msg"] for m in problems)
    assert any('"1963-02-30" does not exist' in m["msg"] for m in problems)
    for index, line in enumerate(lines[:-1]):  # every problem line is followed by its hint
        if LINE.match(line):
            assert lines[index + 1].startswith("    hint: "), line
    assert lines[-1] == "2 files checked: 1 valid, 1 invalid (2 errors, 1 warning)"


def test_json_report_follows_its_schema(tmp_path, example_bytes, report_schema):
    (tmp_path / "broken.xml").write_bytes(edit(example_bytes, (b"<body>", b"<body>words")))
    result = run("--format", "json", tmp_path / "broken.xml", ROOT / "registers")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert not list(report_schema.iter_errors(report)), report
    assert report["valid"] is False
    assert report["summary"] == {"files": 4, "valid": 3, "invalid": 1, "errors": 1,
                                 "warnings": 0}
    broken = report["files"][0]
    assert broken["kind"] == "tei" and broken["valid"] is False
    (problem,) = broken["problems"]
    assert problem["code"] == "rng-text" and problem["level"] == "error"
    assert problem["line"] == edit(example_bytes, (b"<body>", b"<body>words")) \
        .split(b"<body>words")[0].count(b"\n") + 1
    assert problem["hint"]


def test_report_schema_rejects_a_wrong_report(report_schema):
    """The schema is not a rubber stamp."""
    wrong = {"format": "tei-edition-validation-report/1", "tool": "tei-edition",
             "version": "0", "valid": "yes", "summary": {}, "files": [{"file": "x"}]}
    assert len(list(report_schema.iter_errors(wrong))) >= 3


@pytest.mark.parametrize("args", [["README.md"], ["no-such-file.xml"], []])
def test_usage_errors_exit_2(args):
    result = CliRunner().invoke(main, ["validate", *[str(ROOT / a) for a in args]])
    assert result.exit_code == 2, result.output


def test_a_folder_with_nothing_to_check_is_a_usage_error(tmp_path):
    (tmp_path / "notes.txt").write_text("nothing to validate", encoding="utf-8")
    result = run(tmp_path)
    assert result.exit_code == 2
    assert "no files to validate" in result.output


def test_malformed_xml_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_bytes(b'<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader>\n')
    result = run(path)
    assert result.exit_code == 1
    match = LINE.match(result.output.splitlines()[0])
    assert match and match["level"] == "error" and "malformed XML" in match["msg"]
    assert int(match["line"]) == 4  # the end of the file, where the open elements are noticed


def test_schemas_are_compiled_once_per_process(tmp_path, example_bytes):
    for index in range(3):
        (tmp_path / f"doc{index}.xml").write_bytes(example_bytes)
    run(tmp_path)
    before = (tei.relaxng.cache_info().misses, tei.schematron.cache_info().misses)
    result = run(tmp_path)
    assert result.exit_code == 0
    assert (tei.relaxng.cache_info().misses, tei.schematron.cache_info().misses) == before
    assert tei.relaxng.cache_info().currsize == tei.schematron.cache_info().currsize == 1


def test_documented_example_report_follows_the_schema(report_schema):
    """docs/validation.md shows a report; it must be one."""
    text = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```json\n(.*?)```", text, re.S)
    example = json.loads(block)
    assert not list(report_schema.iter_errors(example))
    assert example["summary"]["errors"] == sum(f["errors"] for f in example["files"])
