"""The JSON files of an edition against their JSON Schemas: ``edition.json``,
``sources/<id>.json`` and ``registers/*.json``.  Schema checks come from
:func:`tei_edition.metadata.load_checked_json` (each problem names the file,
the entry and the field, with the line); registers are also checked across
entries and files (an id or a form used twice) by
:func:`tei_edition.registers.load_registers`."""
from __future__ import annotations

import re
from pathlib import Path

from ..metadata import EDITION_SCHEMA, REGISTER_SCHEMA, SOURCE_SCHEMA, load_checked_json
from ..metadata.json_positions import value_lines
from ..problems import ERROR, WARNING, Problem
from ..registers import REGISTER_FILES, Register, load_registers


class RegisterCache:
    """Each registers/ folder loaded once per validation run."""

    def __init__(self):
        self._loaded: dict[Path, tuple[Register, list[Problem]]] = {}

    def get(self, directory: Path) -> tuple[Register, list[Problem]]:
        key = directory.resolve()
        if key not in self._loaded:
            self._loaded[key] = load_registers(directory)
        return self._loaded[key]


def check_edition_json(path: Path, display: str) -> list[Problem]:
    return _at_keys(path, load_checked_json(path, EDITION_SCHEMA, display)[1])


def check_register_file(path: Path, display: str, cache: RegisterCache) -> list[Problem]:
    """Schema problems of the file, and ids or forms it shares with other entries."""
    if path.name not in REGISTER_FILES.values():
        return _at_keys(path, load_checked_json(path, REGISTER_SCHEMA, display)[1])
    _, problems = cache.get(path.parent)
    target = path.resolve()
    return _at_keys(path, [_displayed(p, display) for p in problems
                           if Path(p.file).resolve() == target])


def check_source_json(path: Path, display: str, cache: RegisterCache) -> list[Problem]:
    """Schema problems; entity_forms (an error, as for convert) and participants
    (a warning: convert leaves them out) that name no register entry."""
    data, problems = load_checked_json(path, SOURCE_SCHEMA, display)
    problems = _at_keys(path, problems)
    registers = path.resolve().parent.parent / "registers"
    if data is None or not registers.is_dir():
        return problems
    register, _ = cache.get(registers)  # the registers' own problems are theirs
    lines = value_lines(path.read_text(encoding="utf-8"))
    for form, ref in data.get("entity_forms", {}).items():
        if ref not in register:
            problems.append(Problem(ERROR, display, lines.get(("entity_forms", form)),
                                    f'field entity_forms: the form "{form}" points at "{ref}", '
                                    "which is not in the registers",
                                    hint="add the entry to registers/*.json or correct the id",
                                    code="register-ref"))
    for index, ref in enumerate(data.get("participants", [])):
        if ref not in register:
            problems.append(Problem(WARNING, display, lines.get(("participants", index)),
                                    f'field participants[{index}]: "{ref}" is not in the '
                                    "registers, so the TEI leaves the participant out",
                                    hint="add the person to registers/persons.json or correct "
                                    "the id", code="register-ref"))
    return problems


_UNEXPECTED = re.compile(r"\('([^']+)'(?:, '[^']+')* (?:was|were) unexpected\)")


def _at_keys(path: Path, problems: list[Problem]) -> list[Problem]:
    """A field that is not allowed: the line of the field itself, not of the object
    that holds it (the schema error names the object)."""
    if not any(p.code == "json-schema" and _UNEXPECTED.search(p.message) for p in problems):
        return problems
    lines = path.read_text(encoding="utf-8").splitlines()
    refined = []
    for problem in problems:
        match = _UNEXPECTED.search(problem.message) if problem.code == "json-schema" else None
        if match and problem.line:
            key = f'"{match.group(1)}"'
            for number in range(problem.line, len(lines) + 1):
                if re.search(re.escape(key) + r"\s*:", lines[number - 1]):
                    problem = Problem(problem.level, problem.file, number, problem.message,
                                      problem.hint, problem.column, problem.code)
                    break
        refined.append(problem)
    return refined


def _displayed(problem: Problem, display: str) -> Problem:
    """The problem under the name the user gave the file."""
    return Problem(problem.level, display, problem.line, problem.message, problem.hint,
                   problem.column, problem.code)
