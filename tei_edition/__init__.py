"""tei-edition: plain-text translations of archival documents -> TEI P5 -> editions.

The library API (the CLI is a thin layer over it):

- :func:`tei_edition.convert.convert_source` / :func:`convert_files`: text -> TEI
- :func:`tei_edition.validate.validate_paths`: TEI, registers, metadata -> problems
- :func:`tei_edition.render.render_file`: TEI -> html, pdf, text, source
- :func:`tei_edition.build.build_edition`: all of it for an edition folder
"""
__version__ = "0.1.0"
