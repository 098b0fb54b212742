"""Validation of TEI files, registers and metadata.

- TEI (``tei.py``): well-formed, safe XML (no DTD) in the TEI namespace, valid
  against ``schemas/tei-edition.rng`` (RELAX NG, the project's TEI
  customization) and ``schemas/tei-edition.sch`` (ISO Schematron: references,
  ids, note numbering, dates, names, header); messages explained from the
  grammar (``grammar.py``, ``rng_messages.py``).
- JSON (``json_files.py``): edition.json, sources/*.json, registers/*.json
  against their JSON Schemas, registers also across entries and files.
- ``files.py`` picks the check for each file; ``report.py`` counts and formats.

``validate_paths(paths)`` checks files and folders and returns a
:class:`Report`.  ``tei_checker()`` returns a function
``(xml_bytes, display_name) -> problems`` that ``convert`` and ``build`` run
on TEI before writing it.  Schemas are compiled once per process.
"""
from __future__ import annotations

from typing import Callable

from ..problems import Problem
from .files import UnsupportedPath, validate_paths
from .report import FileResult, Report
from .tei import check_tei, relaxng, schematron

__all__ = ["FileResult", "Report", "UnsupportedPath", "check_tei", "tei_checker",
           "validate_paths"]


def tei_checker() -> Callable[[bytes, str], list[Problem]]:
    """The TEI check, its schemas compiled now (once per process)."""
    relaxng()
    schematron()
    return check_tei
