"""The result of a validation run: problems per file and counts, as text for
people and as JSON for ingest pipelines (shape: docs/validation.md,
schemas/validation-report.schema.json)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from .. import __version__
from ..problems import ERROR, WARNING, Problem

REPORT_FORMAT = "tei-edition-validation-report/1"


@dataclass
class FileResult:
    file: str
    kind: str  # tei | edition | source | register
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(p.level == ERROR for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.level == WARNING for p in self.problems)

    @property
    def valid(self) -> bool:
        return self.errors == 0

    def as_dict(self) -> dict:
        return {"file": self.file, "kind": self.kind, "valid": self.valid,
                "errors": self.errors, "warnings": self.warnings,
                "problems": [p.as_dict() for p in self.problems]}


@dataclass
class Report:
    files: list[FileResult] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return all(f.valid for f in self.files)

    @property
    def problems(self) -> list[Problem]:
        return [p for f in self.files for p in f.problems]

    def counts(self) -> dict[str, int]:
        return {"files": len(self.files),
                "valid": sum(f.valid for f in self.files),
                "invalid": sum(not f.valid for f in self.files),
                "errors": sum(f.errors for f in self.files),
                "warnings": sum(f.warnings for f in self.files)}

    def summary(self) -> str:
        """'3 files checked: 2 valid, 1 invalid (4 errors, 1 warning)'."""
        c = self.counts()
        return (f"{_count(c['files'], 'file')} checked: {c['valid']} valid, "
                f"{c['invalid']} invalid ({_count(c['errors'], 'error')}, "
                f"{_count(c['warnings'], 'warning')})")

    def to_text(self) -> str:
        """Each problem (file:line:col: level: message, the hint indented), then
        the summary line."""
        lines = [p.format() for p in self.problems]
        return "\n".join(lines + [self.summary()]) + "\n"

    def as_dict(self) -> dict:
        return {"format": REPORT_FORMAT, "tool": "tei-edition", "version": __version__,
                "valid": self.valid, "summary": self.counts(),
                "files": [f.as_dict() for f in self.files]}

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2) + "\n"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
