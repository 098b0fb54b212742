"""Problems: what library code returns instead of printing.

Every stage reports what it found as :class:`Problem` objects (level, file,
line, column, message, hint).  The CLI decides how to show them and which exit
status they mean.  :class:`EditionError` carries problems out of a stage that
cannot go on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    level: str
    file: str
    line: int | None
    message: str
    hint: str | None = None
    column: int | None = None
    code: str | None = None

    def format(self) -> str:
        where = self.file or "<input>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.level}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def as_dict(self) -> dict:
        return {
            "level": self.level,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
        }


@dataclass
class Problems:
    """A collector bound to one file."""

    file: str
    items: list[Problem] = field(default_factory=list)

    def error(self, line, message, hint=None, code=None, column=None):
        self.items.append(Problem(ERROR, self.file, line, message, hint, column, code))

    def warning(self, line, message, hint=None, code=None, column=None):
        self.items.append(Problem(WARNING, self.file, line, message, hint, column, code))

    def extend(self, problems: Iterable[Problem]):
        self.items.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.level == ERROR]

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


class EditionError(Exception):
    """A stage could not produce its result; ``problems`` says why."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(p.format() for p in self.problems) or "failed")


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.level == ERROR for p in problems)
