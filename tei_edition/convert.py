"""The conversion pipeline: source text -> document model -> tagged model -> TEI.

``convert_source`` returns the TEI as bytes with the problems found; it never
writes.  ``convert_files`` writes ``DIR/<id>.xml`` atomically, refuses to
overwrite without ``force`` and writes nothing for a source with errors.
"""
from __future__ import annotations

import dataclasses
import datetime
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .metadata import load_edition, load_source_metadata
from .model import Document, ListBlock, Paragraph, Section, Turn
from .problems import Problem, Problems, has_errors
from .readers import read
from .registers import Register, load_registers
from .registers.matcher import Matcher
from .writers.tei import build_tei, is_ncname, serialize


@dataclass
class Edition:
    """What a conversion needs from an edition folder, loaded once."""

    root: Path
    metadata: dict
    register: Register
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def load(cls, root: Path) -> "Edition":
        metadata, problems = load_edition(root)
        register, register_problems = load_registers(root / "registers")
        return cls(root, metadata, register, problems + register_problems)


def find_edition_root(source: Path) -> Path:
    """The nearest folder above ``source`` with an edition.json, else its folder
    (relative to the working directory where possible, for readable messages)."""
    for folder in list(source.resolve().parents)[:3]:
        if (folder / "edition.json").exists():
            return display_path(folder)
    return display_path(source.resolve().parent)


def display_path(path: Path) -> Path:
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


@dataclass
class ConvertResult:
    source: Path
    doc_id: str
    xml: bytes | None
    problems: list[Problem]
    document: Document | None = None
    output: Path | None = None

    @property
    def ok(self) -> bool:
        return self.xml is not None and not has_errors(self.problems)


# ids the writer gives inside a document: paragraphs p1, notes n1, sections s1, s5a
GENERATED_ID = re.compile(r"[psn]\d[\w-]*")


def document_id(stem: str) -> str:
    """The file name as an XML id: 'kapo-luo-1963-07-06' stays; '1963 notes'
    becomes 'd-1963-notes' (an id starts with a letter and has no spaces), and
    a name like 's1' that a section's id would repeat becomes 'd-s1'."""
    cleaned = stem if is_ncname(stem) else \
        (re.sub(r"[^\w.-]+", "-", stem, flags=re.ASCII).strip("-") or "document")
    if not is_ncname(cleaned) or GENERATED_ID.fullmatch(cleaned):
        cleaned = f"d-{cleaned}"
    return cleaned


def conversion_date(edition: dict) -> str | None:
    """The edition's date, else SOURCE_DATE_EPOCH; never the clock."""
    if edition.get("date"):
        return edition["date"]
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date().isoformat()
    return None


def convert_source(source: Path, edition: Edition | None = None,
                   display: str | None = None) -> ConvertResult:
    display = display or str(source)
    edition = edition or Edition.load(find_edition_root(source))
    problems = Problems(display)
    doc_id = document_id(source.stem)
    if doc_id != source.stem:
        problems.warning(None, f"the file name {source.stem!r} is not a valid XML id; the "
                         f"document id is {doc_id!r}", code="id")
    metadata, meta_problems = load_source_metadata(source)
    problems.extend(meta_problems)
    if has_errors(meta_problems):
        return ConvertResult(source, doc_id, None, problems.items)
    if metadata is None:
        problems.warning(None, f"no metadata file {source.with_suffix('.json').name} beside the "
                         "source; translator, languages and archive are left out of the header",
                         hint="see schemas/source-metadata.schema.json", code="metadata")
        metadata = {}
    document, read_problems = read(source, display)
    problems.extend(read_problems)
    if document is None or has_errors(read_problems):
        return ConvertResult(source, doc_id, None, problems.items, document)
    document.id = doc_id
    unknown = {form: ref for form, ref in metadata.get("entity_forms", {}).items()
               if ref not in edition.register}
    for form, ref in unknown.items():
        problems.error(None, f"entity_forms: the form {form!r} points at {ref!r}, which is not "
                       "in the registers", hint="add the entry or correct the id",
                       code="register-ref")
    if unknown:
        return ConvertResult(source, doc_id, None, problems.items, document)
    matcher = Matcher.build(edition.register, metadata.get("entity_forms"))
    tag_document(document, matcher, problems)
    date = conversion_date(edition.metadata)
    if date is None:
        problems.warning(None, "no edition date (edition.json \"date\") and no "
                         "SOURCE_DATE_EPOCH: the header's publication and change dates are "
                         "left out", code="date")
    tree = build_tei(document, edition.register, edition.metadata, metadata, date, problems)
    return ConvertResult(source, doc_id, serialize(tree), problems.items, document)


def tag_document(document: Document, matcher: Matcher, problems: Problems):
    """Tag names everywhere in the model; link speakers to the register."""
    for title in document.titles:
        title.content = matcher.tag(title.content)
    if document.summary is not None:
        document.summary.content = matcher.tag(document.summary.content)
    for note in document.notes:
        note.paragraphs = [matcher.tag(p) for p in note.paragraphs]
    _tag_blocks(document.body, matcher, problems)


def _tag_blocks(blocks, matcher: Matcher, problems: Problems):
    from .model import Name
    for block in blocks:
        if isinstance(block, Turn):
            speaker = block.speaker
            speaker.content = matcher.tag(speaker.content)
            names = [n for n in speaker.content if isinstance(n, Name)]
            if names:
                speaker.ref = names[0].ref
            else:
                problems.warning(block.line, f"the speaker {speaker.name!r} is not in the "
                                 "person register; the turn has no @who",
                                 hint="add the person to registers/persons.json",
                                 code="speaker")
            _tag_blocks(block.blocks, matcher, problems)
        elif isinstance(block, Section):
            _tag_blocks(block.blocks, matcher, problems)
        elif isinstance(block, ListBlock):
            for item in block.items:
                item.content = matcher.tag(item.content)
        elif isinstance(block, Paragraph):
            block.content = matcher.tag(block.content)


def write_atomically(path: Path, data: bytes):
    """Write to a temporary file beside ``path``, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def convert_files(sources: list[Path], out_dir: Path | None = None, force: bool = False,
                  check=None) -> list[ConvertResult]:
    """Convert and write each source to ``out_dir/<id>.xml`` (default: the
    edition's ``xml/``).  ``check(xml_bytes, display) -> problems`` validates
    the output before it is written; invalid output is never written."""
    results = []
    editions: dict[Path, Edition] = {}
    for source in sources:
        root = find_edition_root(source)
        if root not in editions:
            editions[root] = Edition.load(root)
        edition = editions[root]
        target_dir = out_dir or (root / "xml")
        result = convert_source(source, edition)
        if edition.problems:
            result.problems = edition.problems + result.problems
            if has_errors(edition.problems):
                result.xml = None
        target = target_dir / f"{result.doc_id}.xml"
        result.output = target
        if result.ok and target.exists() and not force:
            result.problems.append(Problem("error", str(source), None,
                                           f"{target} exists; it may hold hand corrections",
                                           hint="use --force to overwrite it", code="exists"))
        if result.ok and check is not None:  # the generated TEI, before it is written
            found = check(result.xml, str(target))
            if has_errors(found):  # say so: the lines are those of a file that is not there
                found = [dataclasses.replace(p, file=f"{target} (generated, not written)")
                         for p in found]
            result.problems += found
        if result.ok:
            write_atomically(target, result.xml)
            if out_dir is None and edition.register.entries:
                update_corpus_register(edition)
        else:
            result.output = None
        results.append(result)
    return results


def update_corpus_register(edition: Edition) -> Path:
    """Keep ``xml/registers.xml`` in step with ``registers/*.json``."""
    from .registers.tei_register import register_tei
    target = edition.root / "xml" / "registers.xml"
    data = register_tei(edition.register, edition.metadata)
    if not target.exists() or target.read_bytes() != data:
        write_atomically(target, data)
    return target
