"""Which files to check, and with which schema.

Files and folders are accepted.  A file is checked by its kind: ``*.xml`` is
TEI (RELAX NG + Schematron); ``edition.json``, ``sources/*.json`` and
``registers/*.json`` are checked against their JSON Schemas.  A folder with an
``edition.json`` is an edition: its metadata, sources' metadata, registers and
TEI are checked; any other folder: the files in it whose kind is known.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..problems import ERROR, Problem
from .json_files import RegisterCache, check_edition_json, check_register_file, \
    check_source_json
from .report import FileResult, Report
from .tei import check_tei

KINDS = "TEI (.xml), edition.json, sources/*.json, registers/*.json"


class UnsupportedPath(ValueError):
    """A path that names nothing to validate (a usage error)."""


@dataclass(frozen=True)
class Target:
    path: Path
    kind: str  # tei | edition | source | register


def kind_of(path: Path) -> str | None:
    if path.suffix == ".xml":
        return "tei"
    if path.name == "edition.json":
        return "edition"
    if path.suffix == ".json" and path.parent.name == "registers":
        return "register"
    if path.suffix == ".json" and path.parent.name == "sources":
        return "source"
    return None


def collect(paths: list[Path]) -> list[Target]:
    """The files to check, in the order given (folders sorted), each once."""
    targets: list[Target] = []
    seen: set[Path] = set()
    for path in map(Path, paths):
        if path.is_dir():
            found = _in_folder(path)
            if not found:
                raise UnsupportedPath(f"{path}: no files to validate in this folder ({KINDS})")
        elif path.is_file():
            kind = kind_of(path)
            if kind is None:
                raise UnsupportedPath(f"{path}: not a kind of file tei-edition validates "
                                      f"({KINDS})")
            found = [Target(path, kind)]
        else:
            raise UnsupportedPath(f"{path}: no such file or folder")
        for target in found:
            key = target.path.resolve()
            if key not in seen:
                seen.add(key)
                targets.append(target)
    return targets


def _in_folder(folder: Path) -> list[Target]:
    if (folder / "edition.json").is_file():
        files = [folder / "edition.json"]
        files += sorted((folder / "sources").glob("*.json"))
        files += sorted((folder / "registers").glob("*.json"))
        files += sorted((folder / "xml").glob("*.xml"))
    else:
        files = sorted(p for p in folder.iterdir() if p.is_file())
    return [Target(p, kind_of(p)) for p in files if kind_of(p)]


def validate_paths(paths: list[Path | str]) -> Report:
    """Check every file named or found in the folders named.  Raises
    :class:`UnsupportedPath` for a path that names nothing to validate."""
    cache = RegisterCache()
    report = Report()
    for target in collect([Path(p) for p in paths]):
        display = str(target.path)
        problems = _check(target, display, cache)
        report.files.append(FileResult(display, target.kind,
                                       sorted(problems, key=lambda p: p.line or 0)))
    return report


def _check(target: Target, display: str, cache: RegisterCache) -> list[Problem]:
    if target.kind == "tei":
        try:
            data = target.path.read_bytes()
        except OSError as exc:
            return [Problem(ERROR, display, None, f"cannot read the file: {exc.strerror}",
                            code="io")]
        return check_tei(data, display)
    if target.kind == "edition":
        return check_edition_json(target.path, display)
    if target.kind == "register":
        return check_register_file(target.path, display, cache)
    return check_source_json(target.path, display, cache)
