"""Saxon HE through saxonche: one processor per process, each stylesheet
compiled once and reused for every document."""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from saxonche import PySaxonApiError, PySaxonProcessor

from ..problems import EditionError, Problem
from ..resources import xslt_dir

_lock = threading.Lock()


@lru_cache(maxsize=1)
def processor() -> PySaxonProcessor:
    return PySaxonProcessor(license=False)


@lru_cache(maxsize=None)
def stylesheet(relative: str):
    """The compiled stylesheet ``xslt/<relative>``."""
    path = xslt_dir() / relative
    compiler = processor().new_xslt30_processor()
    try:
        return compiler.compile_stylesheet(stylesheet_file=str(path))
    except PySaxonApiError as exc:
        raise EditionError([Problem("error", str(path), None,
                                    f"the stylesheet does not compile: {exc}")]) from exc


def transform(relative: str, xml: Path | bytes, parameters: dict[str, str] | None = None,
              display: str = "") -> str:
    """Run ``xslt/<relative>`` on a file or on XML bytes; the result as text."""
    with _lock:
        executable = stylesheet(relative)
        executable.clear_parameters()
        proc = processor()
        for name, value in (parameters or {}).items():
            executable.set_parameter(name, proc.make_string_value(str(value)))
        try:
            if isinstance(xml, Path):
                node = proc.parse_xml(xml_file_name=str(xml))
            else:
                node = proc.parse_xml(xml_text=xml.decode("utf-8"))
            result = executable.transform_to_string(xdm_node=node)
        except PySaxonApiError as exc:
            raise EditionError([Problem("error", display or str(xml), None,
                                        f"the transformation with {relative} failed: {exc}")]) \
                from exc
    return result if result is not None else ""
