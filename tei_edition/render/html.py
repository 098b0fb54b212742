"""The HTML edition: the reading edition of one document, the edition's
index page and its register page, all made by the stylesheets in
``xslt/html/`` (parameters: ``xslt/html/params.xsl``).

Every page is one self-contained HTML5 file laid out for an edition folder
``DIR`` (``DIR/index.html``, ``DIR/registers.html``, ``DIR/html/<id>.html``,
``DIR/pdf/<id>.pdf``, ``DIR/text/<id>.txt``); the links between them are
relative, so the folder can be moved or served from anywhere.
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..metadata import load_edition
from ..problems import EditionError, Problem
from ..registers import Register, load_registers
from .saxon import transform
from .xml_input import load_tei

WRAPPER_NS = "urn:tei-edition"

#: option name (render options, as `build` passes them) -> stylesheet parameter
PARAMETERS = {
    "root": "root",
    "document_id": "document-id",
    "html_path": "html-path",
    "pdf_path": "pdf-path",
    "text_path": "text-path",
    "tei_path": "tei-path",
    "index_path": "index-path",
    "registers_path": "registers-path",
    "base_url": "base-url",
    "dc_type": "dc-type",
    "default_view": "default-view",
}


def html_parameters(options: dict | None, **defaults: str) -> dict[str, str]:
    """Stylesheet parameters from render options; options that are not HTML
    parameters (width, pdf_variant, ...) are ignored."""
    values = dict(defaults)
    for key, value in (options or {}).items():
        if key in PARAMETERS and value is not None:
            values[PARAMETERS[key]] = str(value)
    view = values.get("default-view", "editorial")
    if view not in ("editorial", "reading"):
        raise EditionError([Problem("error", "", None, f"unknown view {view!r}",
                                    hint="default_view is 'editorial' or 'reading'")])
    return values


def render_html(path: Path, options: dict | None = None) -> bytes:
    """The reading edition of the TEI file ``path``, for ``DIR/html/<stem>.html``.
    ``options`` may set the keys of :data:`PARAMETERS` (e.g. ``pdf_path``,
    ``registers_path``; an empty path leaves that link out)."""
    load_tei(path)  # refuses malformed or hostile XML with a message
    parameters = html_parameters(options, **{"root": "../", "document-id": path.stem})
    return _html(transform("html/document.xsl", path, parameters, display=str(path)))


def render_index(documents: list[Path], edition: dict | Path | None = None,
                 options: dict | None = None) -> bytes:
    """``DIR/index.html``: the edition's documents in order of date (then id),
    each with date, title, summary and links to its HTML, PDF and text
    editions. ``edition`` is the edition's ``edition.json`` as a dict, or the
    edition folder that holds it; what it lacks is taken from the documents."""
    metadata = _edition_metadata(edition)
    wrapper = _collection(documents, metadata)
    parameters = html_parameters(options, root="")
    return _html(transform("html/index.xsl", _serialize(wrapper), parameters,
                           display="index.html"))


def render_registers(documents: list[Path], register: Register | Path | None = None,
                     edition: dict | None = None, options: dict | None = None) -> bytes:
    """``DIR/registers.html``: one page with the persons, organizations and
    places of the edition (anchors ``#<entry id>``), each with every document
    and paragraph that names it (links to ``html/<id>.html#pN``).

    ``register`` is the edition's :class:`Register`, its ``registers/``
    folder, or the edition folder (then ``edition.json`` is read too); with
    ``None`` the entries are those the documents carry in their ``standOff``.
    Entries that no document names are listed as such."""
    if isinstance(register, Path):
        folder = register
        if (folder / "registers").is_dir() or (folder / "edition.json").is_file():
            if edition is None:
                edition = _edition_metadata(folder)
            folder = folder / "registers"
        register, problems = load_registers(folder)
        if any(p.level == "error" for p in problems):
            raise EditionError(problems)
    wrapper = _collection(documents, edition)
    if register is not None:
        from ..writers.tei_text import stand_off
        entries = stand_off(register, list(register.entries))
        if entries is not None:
            holder = etree.SubElement(wrapper, f"{{{WRAPPER_NS}}}register")
            holder.append(entries)
    parameters = html_parameters(options, root="")
    return _html(transform("html/registers.xsl", _serialize(wrapper), parameters,
                           display="registers.html"))


# ---------------------------------------------------------------- helpers
def _edition_metadata(edition: dict | Path | None) -> dict:
    """edition.json as a dict: given, or read from an edition folder."""
    if isinstance(edition, Path):
        metadata, problems = load_edition(edition)
        if any(p.level == "error" for p in problems):
            raise EditionError(problems)
        return metadata
    return edition or {}


def _collection(documents: list[Path], edition: dict | None) -> etree._Element:
    """One XML document for the stylesheets: the edition's metadata and every
    TEI document (checked as render_html checks one), each with its id."""
    wrapper = etree.Element(f"{{{WRAPPER_NS}}}collection", nsmap={"te": WRAPPER_NS})
    wrapper.append(_edition_element(edition or {}))
    seen: dict[str, Path] = {}
    for path in documents:
        stem = path.stem
        if stem in seen:
            raise EditionError([Problem("error", str(path), None,
                                        f"two documents have the id {stem!r}",
                                        hint=f"the other one is {seen[stem]}")])
        seen[stem] = path
        tree = load_tei(path)
        holder = etree.SubElement(wrapper, f"{{{WRAPPER_NS}}}document", id=stem)
        holder.append(tree.getroot())
    return wrapper


def _edition_element(edition: dict) -> etree._Element:
    def sub(parent, name, text=None, **attributes):
        child = etree.SubElement(parent, f"{{{WRAPPER_NS}}}{name}",
                                 {k: str(v) for k, v in attributes.items() if v})
        if text:
            child.text = str(text)
        return child

    node = etree.Element(f"{{{WRAPPER_NS}}}edition")
    for key in ("title", "edition", "publisher", "date", "base_url", "language"):
        if edition.get(key):
            sub(node, key.replace("_", "-"), edition[key])
    for editor in edition.get("editors", []):
        sub(node, "editor", editor.get("name"), role=editor.get("role"))
    licence = edition.get("licence")
    if isinstance(licence, dict):
        sub(node, "licence", licence.get("name"), url=licence.get("url"),
            statement=licence.get("statement"))
    return node


def _serialize(element: etree._Element) -> bytes:
    return etree.tostring(element, encoding="utf-8", xml_declaration=True)


def _html(text: str) -> bytes:
    """Serialized page as bytes, ending in exactly one newline."""
    return (text.rstrip("\n") + "\n").encode("utf-8")
