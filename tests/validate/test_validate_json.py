"""JSON Schema checks of registers/*.json, edition.json and sources/*.json: each
problem names the file, the entry and the field, at the line of the value."""
from __future__ import annotations

import json

from tei_edition.validate import validate_paths
from validate_helpers import formatted, line_of


def _problems(report, name):
    (result,) = [f for f in report.files if f.file.endswith(name)]
    return result


def _rewrite(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path.read_bytes()


def test_registers_of_the_example_are_valid(edition):
    report = validate_paths([edition / "registers"])
    assert report.valid and len(report.files) == 3, formatted(report.problems)


def test_wrong_field_names_file_entry_and_field(edition):
    path = edition / "registers" / "persons.json"

    def misspell(data):
        entry = next(e for e in data["entries"] if e["id"] == "kennedy")
        entry["bith"] = entry.pop("birth")
    text = _rewrite(path, misspell)
    report = validate_paths([edition / "registers"])
    result = _problems(report, "persons.json")
    assert not result.valid and not report.valid
    (problem,) = result.problems
    assert problem.file == str(path)
    assert 'entries[' in problem.message and '(id "kennedy")' in problem.message
    assert "'bith'" in problem.message
    assert "birth" in problem.hint  # the allowed fields are listed
    assert problem.line == line_of(text, b'"bith"')


def test_wrong_value_names_the_field(edition):
    path = edition / "registers" / "persons.json"

    def bad_date(data):
        next(e for e in data["entries"] if e["id"] == "kapo")["death"] = "23 Sept 1979"
    text = _rewrite(path, bad_date)
    (problem,) = _problems(validate_paths([path]), "persons.json").problems
    assert '(id "kapo").death' in problem.message
    assert problem.line == line_of(text, b'"23 Sept 1979"')


def test_form_claimed_by_two_entries(edition):
    path = edition / "registers" / "persons.json"

    def share(data):
        next(e for e in data["entries"] if e["id"] == "kennedy")["forms"].append("Kapo")
    text = _rewrite(path, share)
    report = validate_paths([path])
    (problem,) = _problems(report, "persons.json").problems
    assert problem.level == "error" and problem.code == "register-form"
    assert '(id "kennedy") field forms' in problem.message
    assert '"Kapo"' in problem.message and 'entry "kapo"' in problem.message
    assert problem.line == text[:text.index(b'"Kapo"', text.index(b'"kennedy"'))].count(b"\n") + 1


def test_id_used_in_two_register_files(edition):
    def add(data):
        data["entries"].append({"id": "kapo", "name": "Kapo Town", "forms": ["Kapo Town"]})
    _rewrite(edition / "registers" / "places.json", add)
    report = validate_paths([edition / "registers"])
    places = _problems(report, "places.json")
    assert [p.code for p in places.problems] == ["register-id"]
    assert _problems(report, "persons.json").valid


def test_malformed_register_json(edition):
    path = edition / "registers" / "organizations.json"
    path.write_text('{"entries": [\n  {"id": "x", "name": "X" "forms": ["X"]}\n]}\n',
                    encoding="utf-8")
    (problem,) = _problems(validate_paths([path]), "organizations.json").problems
    assert problem.code == "json" and problem.line == 2 and "malformed JSON" in problem.message


def test_edition_json_is_checked(edition):
    path = edition / "edition.json"
    text = _rewrite(path, lambda data: data.update(licence={"name": "CC BY 4.0"}))
    report = validate_paths([path])
    (problem,) = report.files[0].problems
    assert report.files[0].kind == "edition"
    assert "licence" in problem.message and "url" in problem.message
    assert problem.line == line_of(text, b'"licence"')


def test_source_metadata_names_unknown_register_entries(edition):
    path = edition / "sources" / "kapo-luo-1963-07-06.json"

    def unknown(data):
        data["entity_forms"]["our Politburo"] = "politburo"
        data["participants"].append("nobody")
    text = _rewrite(path, unknown)
    (result,) = validate_paths([path]).files
    assert result.kind == "source" and not result.valid
    by_code = {(p.level, p.line) for p in result.problems}
    assert ("error", line_of(text, b'"our Politburo"')) in by_code
    assert ("warning", line_of(text, b'"nobody"')) in by_code
    assert any('"politburo", which is not in the registers' in p.message
               for p in result.problems)
