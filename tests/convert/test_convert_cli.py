"""The convert command and the round trip on the bundled example."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from tei_edition.cli import main
from tei_edition.convert import convert_source

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "sources" / "kapo-luo-1963-07-06.txt"
EXAMPLE_XML = ROOT / "xml" / "kapo-luo-1963-07-06.xml"


def test_committed_example_is_what_the_converter_produces():
    result = convert_source(EXAMPLE)
    assert result.ok
    assert result.xml == EXAMPLE_XML.read_bytes(), \
        "xml/kapo-luo-1963-07-06.xml is stale: run tei-edition convert --force on the source"


def test_conversion_is_deterministic(monkeypatch):
    first = convert_source(EXAMPLE).xml
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # the edition date wins over the epoch
    assert convert_source(EXAMPLE).xml == first


def test_source_date_epoch_dates_a_bare_text(tmp_path, monkeypatch):
    source = tmp_path / "bare.txt"
    source.write_text("July 6, 1963\n\nTitle\n\nTitle\n\n\nWords.\n\nSummary.\n", encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert b'<change when="2023-11-14">' in convert_source(source).xml


def test_example_round_trip_through_the_cli():
    result = CliRunner().invoke(main, ["render", str(EXAMPLE_XML), "--to", "source"])
    assert result.exit_code == 0
    assert result.stdout_bytes == EXAMPLE.read_bytes()


def test_convert_writes_refuses_overwrite_and_forces(tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(main, ["convert", str(EXAMPLE), "-o", str(out)])
    assert first.exit_code == 0, first.output
    target = out / "kapo-luo-1963-07-06.xml"
    assert target.read_bytes() == EXAMPLE_XML.read_bytes()
    target.write_text("hand corrected", encoding="utf-8")
    second = runner.invoke(main, ["convert", str(EXAMPLE), "-o", str(out)])
    assert second.exit_code == 1 and "--force" in second.output
    assert target.read_text(encoding="utf-8") == "hand corrected"
    third = runner.invoke(main, ["convert", str(EXAMPLE), "-o", str(out), "--force"])
    assert third.exit_code == 0 and target.read_bytes() == EXAMPLE_XML.read_bytes()
    assert [p.name for p in out.iterdir()] == ["kapo-luo-1963-07-06.xml"]  # no temp files left


def test_failed_conversion_leaves_no_file(tmp_path):
    source = tmp_path / "broken.txt"
    source.write_text("July 6, 1963\n\nT\n\nT\n\n\nAn [open bracket.\n\nSummary.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_usage_errors_exit_2(tmp_path):
    runner = CliRunner()
    assert runner.invoke(main, ["convert"]).exit_code == 2
    assert runner.invoke(main, ["convert", str(tmp_path / "missing.txt")]).exit_code == 2
    assert runner.invoke(main, ["render", str(EXAMPLE_XML), "--to", "nonsense"]).exit_code == 2
    assert runner.invoke(main, ["render", str(EXAMPLE_XML), str(EXAMPLE_XML),
                                "--to", "source"]).exit_code == 2


def test_render_refuses_malformed_and_hostile_xml(tmp_path):
    malformed = tmp_path / "bad.xml"
    malformed.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text>\n</TEI>\n')
    result = CliRunner().invoke(main, ["render", str(malformed), "--to", "source"])
    assert result.exit_code == 1 and f"{malformed}:3" in result.output and "malformed XML" \
        in result.output
    hostile = tmp_path / "bomb.xml"
    hostile.write_text('<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa">'
                       '<!ENTITY b "&a;&a;&a;&a;&a;&a;">]>\n'
                       '<TEI xmlns="http://www.tei-c.org/ns/1.0">&b;</TEI>\n')
    result = CliRunner().invoke(main, ["render", str(hostile), "--to", "source"])
    assert result.exit_code == 1 and "DTD" in result.output


def test_wheel_ships_stylesheets_and_schemas_and_converts(tmp_path):
    """pip install . (not editable) in a fresh virtual environment, then convert."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(ROOT)],
                   check=True, cwd=tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(EXAMPLE, work / "doc.txt")
    run = subprocess.run([str(venv / "bin" / "tei-edition"), "convert", "doc.txt", "-o", "xml"],
                         cwd=work, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    located = subprocess.run([str(python), "-c", "import tei_edition.resources as r; "
                              "print(r.xslt_dir()); print(r.schemas_dir())"],
                             cwd=work, capture_output=True, text=True, check=True).stdout
    assert "site-packages" in located and str(ROOT) not in located
    back = subprocess.run([str(venv / "bin" / "tei-edition"), "render", "xml/doc.xml", "--to",
                           "source"], cwd=work, capture_output=True, check=True).stdout
    assert back == EXAMPLE.read_bytes()


def test_written_files_get_the_usual_mode_not_0600(tmp_path):
    import os
    from tei_edition.convert import write_atomically
    target = tmp_path / "file.xml"
    write_atomically(target, b"<x/>")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
