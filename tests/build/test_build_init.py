"""tei-edition init: a new edition folder that converts and builds."""
from __future__ import annotations

import json

from click.testing import CliRunner
from jsonschema import Draft202012Validator

from build_helpers import ROOT
from tei_edition.cli import main

SOURCE = """\
July 6, 1963

A Short Conversation [Excerpt]

A Short Conversation


The comrades met [and] talked about the weather.[1]

- the first point,
- the second point.

They agreed on everything.


[1] Translator’s note: The weather was fine.

The comrades talk about the weather.
"""


def test_build_init_creates_an_edition(tmp_path):
    target = tmp_path / "new-edition"
    result = CliRunner().invoke(main, ["init", str(target)])
    assert result.exit_code == 0, result.output
    for folder in ("sources", "registers", "xml"):
        assert (target / folder).is_dir()
    edition = json.loads((target / "edition.json").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schemas" / "edition.schema.json").read_text(encoding="utf-8"))
    assert not list(Draft202012Validator(schema).iter_errors(edition))
    assert edition["title"].startswith("TODO:")  # placeholders are marked
    for name in ("persons", "organizations", "places"):
        data = json.loads((target / "registers" / f"{name}.json").read_text(encoding="utf-8"))
        assert data == {"entries": []}
    readme = (target / "README.md").read_text(encoding="utf-8")
    assert "tei-edition convert" in readme and "tei-edition build" in readme
    # the xml-model instructions of converted files (../schemas/...) resolve in a new edition
    for name in ("tei-edition.rng", "tei-edition.sch"):
        assert (target / "schemas" / name).read_bytes() == (ROOT / "schemas" / name).read_bytes()


def test_build_init_refuses_a_non_empty_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 1
    assert "not empty" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_build_init_accepts_an_empty_folder(tmp_path):
    result = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0
    assert (tmp_path / "edition.json").is_file()


def test_build_init_then_convert_then_build(tmp_path):
    target = tmp_path / "fresh"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(target)]).exit_code == 0
    source = target / "sources" / "short-talk.txt"
    source.write_text(SOURCE, encoding="utf-8")
    converted = runner.invoke(main, ["convert", str(source)])
    assert converted.exit_code == 0, converted.output
    assert (target / "xml" / "short-talk.xml").is_file()
    built = runner.invoke(main, ["build", str(target)])
    assert built.exit_code == 0, built.output
    out = target / "out"
    text = (out / "text" / "short-talk.txt").read_text(encoding="utf-8")
    assert "¶1 The comrades met [and] talked about the weather.[1]" in text
    assert "¶2 - the first point,\n   - the second point." in text
    assert "[1] Translator’s note: The weather was fine." in text
    assert (out / "pdf" / "short-talk.pdf").read_bytes().startswith(b"%PDF-")
    assert (out / "html" / "short-talk.html").is_file()
    assert "short-talk.html" in (out / "index.html").read_text(encoding="utf-8")
