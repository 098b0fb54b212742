"""Building a whole edition, and starting a new one.

``build_edition`` validates the edition (xml/, registers/, edition.json),
then renders every document into every edition format of the render registry
and the edition's pages (index, registers) from the HTML renderer's module:

    DIR/index.html, DIR/html/<id>.html, DIR/pdf/<id>.pdf, DIR/text/<id>.txt,
    and the register pages

Everything is rendered in memory first; only when nothing failed are the files
written, each atomically, so a failed build leaves DIR as it was.  The TEI in
xml/ is the master: sources are never converted here, a source newer than its
TEI (or without one) is only reported.

``init_edition`` makes a new, empty edition folder.
"""
from __future__ import annotations

import json
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .convert import Edition, document_id, write_atomically
from .problems import ERROR, WARNING, EditionError, Problem, has_errors
from .resources import schemas_dir
from .render import RENDERERS, render_file
from .render.xml_input import TEI_NS, load_tei

# The per-document formats of a built edition, each written to DIR/<format>/.
EDITION_FORMATS = ("html", "pdf", "text")


@dataclass
class BuildResult:
    out_dir: Path
    problems: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    documents: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not has_errors(self.problems)


def _problem(level: str, file, message: str, hint: str | None = None,
             code: str | None = None) -> Problem:
    return Problem(level, str(file), None, message, hint, code=code)


# ---------------------------------------------------------------- the edition
def document_files(edition_dir: Path) -> list[Path]:
    """The documents in xml/: TEI files with a text.  The corpus register
    xml/registers.xml (standOff only) is validated but not rendered."""
    return [path for path in sorted((edition_dir / "xml").glob("*.xml"))
            if load_tei(path).getroot().find(f"{{{TEI_NS}}}text") is not None]


def stale_sources(edition_dir: Path) -> list[Problem]:
    """Warnings for sources whose TEI is missing or older than the source."""
    problems = []
    xml_dir = edition_dir / "xml"
    for source in sorted((edition_dir / "sources").glob("*.txt")):
        doc_id = document_id(source.stem)
        target = xml_dir / f"{doc_id}.xml"
        convert = f"tei-edition convert {source}"
        if not target.exists():
            problems.append(_problem(WARNING, source, f"not converted: {target} is missing, so "
                                     "the document is not in the built edition",
                                     hint=convert, code="source-unconverted"))
            continue
        metadata = source.with_suffix(".json")
        newest = max(p.stat().st_mtime_ns for p in (source, metadata) if p.exists())
        if newest > target.stat().st_mtime_ns:
            problems.append(_problem(WARNING, source, f"changed after {target} was written; the "
                                     "build uses the TEI, which may be out of date",
                                     hint=f"{convert} --force (the TEI may hold hand "
                                     "corrections: compare first)", code="source-newer"))
    return problems


def validate_edition(edition_dir: Path, edition: Edition) -> list[Problem]:
    """Problems of the edition: edition.json, sources/*.json, the registers and
    every TEI file in xml/ (RELAX NG, Schematron, JSON Schema)."""
    from .validate import UnsupportedPath, validate_paths
    try:
        problems = validate_paths([edition_dir]).problems
    except UnsupportedPath as error:
        return [_problem(ERROR, edition_dir, str(error), code="build-edition")]
    if not has_errors(problems):  # what loading the edition found besides
        problems += [p for p in edition.problems if p.level == ERROR]
    return problems


# ---------------------------------------------------------------- rendering
def _render_document(task: tuple[str, tuple[str, ...], dict]):
    """One document in every format: (path, {format: bytes}, problems).  Runs
    in a worker process with --jobs (each process has its own Saxon)."""
    path, formats, options = task
    outputs: dict[str, bytes] = {}
    problems: list[Problem] = []
    for to in formats:
        try:
            outputs[to] = render_file(Path(path), to, options)
        except EditionError as error:
            problems += error.problems
    return path, outputs, problems


def _render_documents(documents: list[Path], formats: tuple[str, ...], options: dict,
                      jobs: int):
    tasks = [(str(path), formats, options) for path in documents]
    if jobs <= 1 or len(tasks) <= 1:
        return [_render_document(task) for task in tasks]
    # spawn, not fork: a forked Saxon (a native image with its own threads) may hang
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=context) as pool:
        return list(pool.map(_render_document, tasks))


def html_module():
    """The module of the registered "html" renderer: it also makes the
    edition's pages (``render_index``, ``render_registers``)."""
    return sys.modules[RENDERERS["html"][0].__module__]


def page_options(metadata: dict, formats: tuple[str, ...], base: dict | None) -> dict:
    """Render options for a built edition: its base URL, and no links to
    formats that are not built."""
    options = dict(base or {})
    if metadata.get("base_url"):
        options.setdefault("base_url", metadata["base_url"])
    for to in ("html", "pdf", "text"):
        if to not in formats:
            options[f"{to}_path"] = ""
    return options


def _pages(documents: list[Path], edition: Edition,
           options: dict) -> tuple[dict[str, bytes], list[Problem]]:
    """DIR/index.html and DIR/registers.html: relative path -> bytes."""
    module = html_module()
    try:
        return {
            "index.html": module.render_index(documents, edition.metadata, options),
            "registers.html": module.render_registers(documents, edition.register,
                                                      edition.metadata, options),
        }, []
    except EditionError as error:
        return {}, error.problems


def build_edition(edition_dir: Path | str = ".", out_dir: Path | str | None = None,
                  jobs: int = 1, formats: tuple[str, ...] | None = None,
                  options: dict | None = None) -> BuildResult:
    """Validate, then render and write the whole edition (default DIR:
    ``edition_dir/out``).  ``formats`` narrows the per-document formats."""
    edition_dir = Path(edition_dir)
    out_dir = Path(out_dir) if out_dir is not None else edition_dir / "out"
    result = BuildResult(out_dir)
    if not (edition_dir / "edition.json").is_file():
        result.problems.append(_problem(ERROR, edition_dir, "not an edition folder: there is "
                                        "no edition.json", hint="tei-edition init DIR makes one",
                                        code="build-edition"))
        return result
    edition = Edition.load(edition_dir)
    result.problems += stale_sources(edition_dir)
    result.problems += validate_edition(edition_dir, edition)
    if not result.ok:
        return result
    result.documents = documents = document_files(edition_dir)
    if not documents:
        result.problems.append(_problem(WARNING, edition_dir / "xml", "no TEI documents to build",
                                        hint="convert sources with tei-edition convert",
                                        code="build-empty"))
    wanted = formats if formats is not None else EDITION_FORMATS
    for missing in [to for to in wanted if to not in RENDERERS]:
        result.problems.append(_problem(WARNING, edition_dir, f"no {missing} renderer is "
                                        f"installed: {out_dir / missing} is not written",
                                        code="build-format"))
    formats = tuple(to for to in wanted if to in RENDERERS)
    options = page_options(edition.metadata, formats, options)
    outputs: dict[str, bytes] = {}
    for path, rendered, problems in _render_documents(documents, formats, options, jobs):
        result.problems += problems
        for to, data in rendered.items():
            outputs[f"{to}/{Path(path).stem}.{RENDERERS[to][1]}"] = data
    if "html" in formats:
        pages, problems = _pages(documents, edition, options)
        outputs.update(pages)
        result.problems += problems
    if not result.ok:
        return result
    for relative in sorted(outputs):
        target = out_dir / relative
        write_atomically(target, outputs[relative])
        result.written.append(target)
    return result


# ---------------------------------------------------------------- a new edition
EDITION_TEMPLATE = {
    "title": "TODO: the title of the edition",
    "edition": "Digital edition, version 0.1",
    "editors": [{"name": "TODO: the editor's name", "role": "editor"}],
    "publisher": "TODO: the publisher",
    "licence": {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
        "statement": "TODO: what the licence covers (the encoding and apparatus?) and who holds "
                     "the rights in the translations.",
    },
    "language": "en",
}

README_TEMPLATE = """\
# A tei-edition edition

Made by `tei-edition init`. Values marked `TODO:` in `edition.json` are placeholders.

## Next steps

1. Fill in `edition.json`: title, editors, publisher, licence. Add `"date": "YYYY-MM-DD"`
   (the publication date; without it the TEI headers carry no date) and, once you know where
   the edition will be published, `"base_url": "https://.../"`.
2. Put each translation into `sources/` as plain UTF-8 text, one document per file:
   `sources/<id>.txt` (the first line the date, then the title, the text, the notes
   `[1] Translator's note: ...` and a one-line summary last). Optional metadata go into
   `sources/<id>.json` (original language, translator, archive and shelfmark, keywords).
3. Register the persons, organizations and places in `registers/persons.json`,
   `organizations.json` and `places.json`; `tei-edition entities sources/*.txt --unregistered`
   lists names that are not registered yet.
4. Convert: `tei-edition convert sources/*.txt` writes `xml/<id>.xml`. From now on the TEI in
   `xml/` is the master: correct it by hand if needed, and convert again only with `--force`.
5. Check: `tei-edition validate xml registers`.
6. Build: `tei-edition build` writes `out/index.html`, `out/html/`, `out/pdf/`, `out/text/`
   and the register pages. `out/` is rebuilt at will and need not be kept in version control.

The JSON Schemas of `edition.json`, `sources/<id>.json` and the registers come with tei-edition
(`schemas/` in its source).
"""


def init_edition(target: Path | str) -> list[Path]:
    """Create a new edition folder; refuses a folder that is not empty."""
    target = Path(target)
    if target.exists() and not target.is_dir():
        raise EditionError([_problem(ERROR, target, "exists and is not a folder",
                                     code="init-exists")])
    if target.is_dir() and any(target.iterdir()):
        raise EditionError([_problem(ERROR, target, "the folder is not empty; a new edition "
                                     "needs an empty or new folder",
                                     hint="choose another DIR", code="init-exists")])
    files = {
        "edition.json": json.dumps(EDITION_TEMPLATE, indent=2, ensure_ascii=False) + "\n",
        "README.md": README_TEMPLATE,
        ".gitignore": "out/\n",
    }
    for name in ("persons", "organizations", "places"):
        files[f"registers/{name}.json"] = '{"entries": []}\n'
    written = []
    for folder in ("sources", "registers", "xml"):
        (target / folder).mkdir(parents=True, exist_ok=True)
    for relative, text in files.items():
        write_atomically(target / relative, text.encode("utf-8"))
        written.append(target / relative)
    # the TEI files' xml-model instructions point at ../schemas/: XML editors validate on opening
    for name in ("tei-edition.rng", "tei-edition.sch"):
        write_atomically(target / "schemas" / name, (schemas_dir() / name).read_bytes())
        written.append(target / "schemas" / name)
    return written
