"""The command line: parses options, calls the library, turns problems into
messages on standard error and exit codes (0 success, 1 the input has
problems, 2 usage error)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .convert import convert_files
from .problems import EditionError, Problem, has_errors


def report(problems: list[Problem]):
    for problem in problems:
        click.echo(problem.format(), err=True)


def fail_on(problems: list[Problem]):
    """Print problems; exit 1 if any is an error."""
    report(problems)
    if has_errors(problems):
        sys.exit(1)


def render_options(command):
    """--width and --pdf-variant, shared by render and build."""
    command = click.option("--pdf-variant", type=click.Choice(["pdf/ua-1", "pdf/a-3u"]),
                           default="pdf/ua-1", show_default=True,
                           help="PDF flavour: tagged (pdf/ua-1) or archival (pdf/a-3u, with "
                           "the TEI attached).")(command)
    return click.option("--width", type=click.IntRange(20, 400), default=72, show_default=True,
                        help="Line width of the text edition.")(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tei-edition")
def main():
    """Turn plain-text translations of archival documents into TEI P5 and
    scholarly editions (HTML, PDF, plain text)."""


@main.command()
@click.argument("sources", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the TEI files (default: the edition's xml/).")
@click.option("--force", is_flag=True, help="Overwrite existing TEI files (they may hold hand "
              "corrections).")
def convert(sources, out_dir, force):
    """Convert plain-text SOURCES to TEI: writes DIR/<id>.xml for each."""
    from .validate import tei_checker
    results = convert_files(list(sources), out_dir, force, check=tei_checker())
    problems = [p for r in results for p in r.problems]
    report(problems)
    written = [r for r in results if r.output is not None]
    for result in written:
        click.echo(f"wrote {result.output}")
    failed = len(results) - len(written)
    click.echo(f"{len(written)} converted, {failed} failed", err=True)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: file:line:col: level: message, then a summary; "
              "json: a machine-readable report (docs/validation.md).")
def validate(paths, fmt):
    """Check TEI files (RELAX NG + Schematron), registers and metadata (JSON
    Schema).  PATHS are files or folders; exit 1 if any file is invalid."""
    from .validate import UnsupportedPath, validate_paths
    try:
        result = validate_paths(list(paths))
    except UnsupportedPath as error:
        raise click.UsageError(str(error)) from error
    click.echo(result.to_json() if fmt == "json" else result.to_text(), nl=False)
    sys.exit(0 if result.valid else 1)


@main.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--to", "to", required=True, help="Output format.",
              type=click.Choice(["html", "pdf", "text", "source"]))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the output (default: standard output for one file).")
@render_options
def render(files, to, out_dir, width, pdf_variant):
    """Render TEI FILES to an edition format; --to source writes the text back
    exactly as its source."""
    from .render import extension, render_file
    if out_dir is None and len(files) > 1:
        raise click.UsageError("several files need -o DIR")
    if out_dir is None and to == "pdf" and sys.stdout.isatty():
        raise click.UsageError("a PDF is not written to a terminal: use -o DIR")
    options = {"width": width, "pdf_variant": pdf_variant}
    problems: list[Problem] = []
    for path in files:
        try:
            data = render_file(path, to, options)
        except EditionError as error:
            problems += error.problems
            continue
        if out_dir is None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            from .convert import write_atomically
            target = out_dir / f"{path.stem}.{extension(to)}"
            write_atomically(target, data)
            click.echo(f"wrote {target}", err=True)
    fail_on(problems)


@main.command()
@click.argument("sources", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--unregistered", is_flag=True, help="List the words that look like names but "
              "match no register entry, with line and context.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def entities(sources, unregistered, fmt):
    """The names found in SOURCES, per entity with counts (or, with
    --unregistered, the candidate names missing from the registers)."""
    import json as json_module

    from .registers.mentions import entities_report
    reports = [entities_report(source) for source in sources]
    problems = [p for r in reports for p in r.problems]
    if fmt == "json":
        data = [r.as_dict() for r in reports]
        for item in data:
            item.pop("unregistered" if not unregistered else "entities")
        click.echo(json_module.dumps(data, ensure_ascii=False, indent=2))
    else:
        for r in reports:
            click.echo(f"{r.file}:")
            if unregistered:
                for c in r.unregistered:
                    click.echo(f"  {r.file}:{c.line}: {c.text}  \u2026{c.context}\u2026")
                click.echo(f"  {len(r.unregistered)} unregistered name candidates")
            else:
                for e in r.entities:
                    click.echo(f"  {e.kind:<6} {e.id:<20} {e.count:>4}  {e.name}")
                click.echo(f"  {len(r.entities)} entities, "
                           f"{sum(e.count for e in r.entities)} mentions")
    fail_on(problems)


@main.command()
@click.argument("edition_dir", required=False, default=".",
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--check", is_flag=True, help="Only check that xml/registers.xml is in step with "
              "registers/*.json (exit 1 if not).")
def registers(edition_dir, check):
    """Write the corpus-level TEI register xml/registers.xml from the JSON registers."""
    from .convert import Edition, update_corpus_register
    from .registers.tei_register import register_tei
    edition = Edition.load(edition_dir)
    fail_on(edition.problems)
    target = edition_dir / "xml" / "registers.xml"
    if check:
        data = register_tei(edition.register, edition.metadata)
        if not target.exists() or target.read_bytes() != data:
            click.echo(f"{target}: error: out of step with registers/*.json", err=True)
            click.echo("    hint: run tei-edition registers", err=True)
            sys.exit(1)
        click.echo(f"{target} is in step with the JSON registers", err=True)
        return
    click.echo(f"wrote {update_corpus_register(edition)}", err=True)


@main.command()
@click.argument("edition_dir", required=False, default=".",
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the built edition (default: EDITION_DIR/out).")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Documents rendered in parallel, each in its own process.")
@render_options
def build(edition_dir, out_dir, jobs, width, pdf_variant):
    """Validate the edition in EDITION_DIR (default: here), then write every
    edition of every document: DIR/index.html, DIR/html/, DIR/pdf/, DIR/text/
    and the register pages.  Nothing is written if anything fails."""
    from .build import build_edition
    result = build_edition(edition_dir, out_dir, jobs=jobs,
                           options={"width": width, "pdf_variant": pdf_variant})
    report(result.problems)
    if not result.ok:
        click.echo("build stopped: nothing written", err=True)
        sys.exit(1)
    click.echo(f"{len(result.documents)} documents, {len(result.written)} files written to "
               f"{result.out_dir}", err=True)


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def init(directory):
    """Create a new edition folder DIRECTORY (new or empty): edition.json,
    sources/, registers/, xml/ and a README.md with the next steps."""
    from .build import init_edition
    try:
        init_edition(directory)
    except EditionError as error:
        fail_on(error.problems)
    click.echo(f"created a new edition in {directory}: fill in the TODO values of "
               f"{directory / 'edition.json'}, then see {directory / 'README.md'}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
