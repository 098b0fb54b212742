"""Edition and document metadata: ``edition.json`` and ``sources/<id>.json``,
each checked against its JSON Schema in ``schemas/``."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator

from ..problems import Problem, Problems
from ..resources import schemas_dir
from .json_positions import value_lines

EDITION_SCHEMA = "edition.schema.json"
SOURCE_SCHEMA = "source-metadata.schema.json"
REGISTER_SCHEMA = "register.schema.json"


@lru_cache(maxsize=None)
def validator(schema_name: str) -> Draft202012Validator:
    """Compiled once per process."""
    schema = json.loads((schemas_dir() / schema_name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def load_checked_json(path: Path, schema_name: str, display: str | None = None):
    """(data or None, problems): parse ``path`` and check it against the schema."""
    problems = Problems(display or str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.error(1, "the file is not valid UTF-8", code="encoding")
        return None, problems.items
    except OSError as exc:
        problems.error(None, f"cannot read the file: {exc.strerror}", code="io")
        return None, problems.items
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.error(exc.lineno, f"malformed JSON: {exc.msg}", column=exc.colno, code="json",
                       hint="check for a missing comma, quote or bracket just before this point")
        return None, problems.items
    errors = sorted(validator(schema_name).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        lines = value_lines(text)
        for error in errors:
            path = tuple(error.absolute_path)
            problems.error(lines.get(path), f"{_field(path, data)}: {error.message}",
                           code="json-schema", hint=_hint(error, schema_name))
        return None, problems.items
    return data, problems.items


def _field(path: tuple, data) -> str:
    """'entries[3] (id "khrushchev").birth' — names the entry as well as the field."""
    if not path:
        return "the document"
    parts, node = [], data
    for key in path:
        if isinstance(key, int):
            label = f"[{key}]"
            try:
                item = node[key]
                if isinstance(item, dict) and "id" in item:
                    label += f' (id "{item["id"]}")'
            except (IndexError, KeyError, TypeError):
                pass
            parts.append(label)
        else:
            parts.append(("." if parts else "") + str(key))
        try:
            node = node[key]
        except (IndexError, KeyError, TypeError):
            node = None
    return "field " + "".join(parts)


def _hint(error, schema_name: str) -> str:
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        return f"allowed fields here: {', '.join(allowed)} (see schemas/{schema_name})"
    if error.validator == "required":
        return f"add the field (see schemas/{schema_name})"
    if error.validator == "pattern":
        return f"the value must match {error.validator_value}"
    if error.validator == "enum":
        return "allowed values: " + ", ".join(map(str, error.validator_value))
    return f"see schemas/{schema_name}"


def load_edition(edition_dir: Path) -> tuple[dict, list[Problem]]:
    path = edition_dir / "edition.json"
    if not path.exists():
        return {}, []
    data, problems = load_checked_json(path, EDITION_SCHEMA)
    return data or {}, problems


def load_source_metadata(source: Path) -> tuple[dict | None, list[Problem]]:
    """``sources/<id>.json`` beside the text, or None when there is none."""
    path = source.with_suffix(".json")
    if not path.exists():
        return None, []
    data, problems = load_checked_json(path, SOURCE_SCHEMA)
    return data, problems
