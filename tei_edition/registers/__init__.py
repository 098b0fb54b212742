"""Entity registers: persons, organizations and places of an edition.

``registers/persons.json``, ``organizations.json`` and ``places.json`` hold
entries (id, name, sort form, surface forms, dates, note, authority ids),
each file checked against ``schemas/register.schema.json``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..metadata import REGISTER_SCHEMA, load_checked_json
from ..metadata.json_positions import value_lines
from ..problems import Problem, Problems

REGISTER_FILES = {"person": "persons.json", "org": "organizations.json", "place": "places.json"}


@dataclass(frozen=True)
class Entry:
    kind: str  # person | org | place
    id: str
    name: str
    forms: tuple[str, ...]
    sort: str | None = None
    type: str | None = None
    birth: str | None = None
    death: str | None = None
    founded: str | None = None
    dissolved: str | None = None
    note: str | None = None
    wikidata: str | None = None
    viaf: str | None = None

    @classmethod
    def from_json(cls, kind: str, data: dict) -> "Entry":
        fields = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        fields["forms"] = tuple(data.get("forms", ()))
        return cls(kind=kind, **fields)


@dataclass
class Register:
    entries: dict[str, Entry] = field(default_factory=dict)

    def __contains__(self, entity_id: str) -> bool:
        return entity_id in self.entries

    def get(self, entity_id: str) -> Entry | None:
        return self.entries.get(entity_id)

    def of_kind(self, kind: str) -> list[Entry]:
        return sorted((e for e in self.entries.values() if e.kind == kind),
                      key=lambda e: ((e.sort or e.name).casefold(), e.id))

    def forms(self) -> dict[str, str]:
        """Every surface form -> entry id."""
        return {form: entry.id for entry in self.entries.values() for form in entry.forms}


def load_registers(directory: Path) -> tuple[Register, list[Problem]]:
    """Load the three register files that exist in ``directory``.  Problems:
    schema errors, an id used twice, a form claimed by two entries."""
    register = Register()
    problems: list[Problem] = []
    form_owner: dict[str, tuple[str, str]] = {}
    for kind, name in REGISTER_FILES.items():
        path = directory / name
        if not path.exists():
            continue
        data, found = load_checked_json(path, REGISTER_SCHEMA)
        problems += found
        if data is None:
            continue
        lines = value_lines(path.read_text(encoding="utf-8"))
        collector = Problems(str(path))
        for index, raw in enumerate(data["entries"]):
            entry = Entry.from_json(kind, raw)
            if entry.id in register.entries:
                collector.error(lines.get(("entries", index, "id")),
                                f'entries[{index}] (id "{entry.id}"): the id is already used by '
                                f"another {register.entries[entry.id].kind} entry",
                                hint="ids must be unique across all registers", code="register-id")
                continue
            register.entries[entry.id] = entry
            for form_index, form in enumerate(entry.forms):
                if form in form_owner and form_owner[form][0] != entry.id:
                    owner, where = form_owner[form]
                    collector.error(lines.get(("entries", index, "forms", form_index)),
                                    f'entries[{index}] (id "{entry.id}") field forms: the form '
                                    f'"{form}" is already claimed by entry "{owner}" ({where})',
                                    hint="a form must name one entity; remove it from one entry "
                                    "or make it longer", code="register-form")
                else:
                    form_owner[form] = (entry.id, name)
        problems += collector.items
    return register, problems
