"""Validation of TEI files, registers and metadata.

``tei_checker()`` returns a function that checks serialized TEI before it is
written (schemas compiled once per process).
"""
from __future__ import annotations

from typing import Callable

from ..problems import EditionError, Problem
from ..render.xml_input import parse_xml


def tei_checker() -> Callable[[bytes, str], list[Problem]]:
    def check(xml: bytes, display: str) -> list[Problem]:
        try:
            parse_xml(xml, display)
        except EditionError as error:
            return error.problems
        return []
    return check
