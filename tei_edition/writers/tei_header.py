"""The ``teiHeader``: built from the document, ``edition.json`` and
``sources/<id>.json``; what none of them says is left out, never invented.
Follows the TEI SIG on Libraries' Best Practices for TEI in Libraries (v4)."""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .. import __version__
from ..model import Document, source_text
from .editorial import EDITORIAL_DECL, PROJECT_DESC
from .tei_text import XML_ID, el, sub

LANGUAGE_NAMES = {"en": "English", "sq": "Albanian", "zh": "Chinese", "ru": "Russian",
                  "pl": "Polish", "vi": "Vietnamese", "de": "German", "fr": "French",
                  "it": "Italian", "bg": "Bulgarian", "hu": "Hungarian", "cs": "Czech",
                  "ro": "Romanian", "sr": "Serbian", "es": "Spanish", "ko": "Korean",
                  "ja": "Japanese", "mn": "Mongolian", "el": "Greek", "pt": "Portuguese"}


@dataclass
class HeaderContext:
    document: Document
    edition: dict
    source: dict
    date: str | None  # publication/conversion date (ISO), None when unknown
    word_count: int


def build_header(ctx: HeaderContext, header_problems) -> etree._Element:
    doc, edition, source = ctx.document, ctx.edition, ctx.source
    header = el("teiHeader", {"{http://www.w3.org/XML/1998/namespace}lang": "en"})
    file_desc = sub(header, "fileDesc")
    title_stmt = sub(file_desc, "titleStmt")
    titles = [plain_title(t.content) for t in doc.titles] or [doc.id]
    sub(title_stmt, "title", {"type": "main"}, titles[0])
    if len(titles) > 1 and titles[1] != titles[0]:
        sub(title_stmt, "title", {"type": "alt"}, titles[1])
    for editor in edition.get("editors", []):
        sub(title_stmt, "editor", {"role": editor.get("role")}, editor["name"])
    translator = sub(title_stmt, "respStmt", {XML_ID: "translator"})
    original = source.get("original_language")
    sub(translator, "resp", text="Translation into English" +
        (f" from {LANGUAGE_NAMES.get(original, original)}" if original else ""))
    sub(translator, "name", text=source.get("translator", "Translator not named in the source"))
    encoder = sub(title_stmt, "respStmt")
    sub(encoder, "resp", text="TEI encoding, converted from the plain-text translation")
    sub(encoder, "name", text=f"tei-edition {__version__}")

    if edition.get("edition"):
        edition_stmt = sub(file_desc, "editionStmt")
        sub(edition_stmt, "edition", text=edition["edition"])
    extent = sub(file_desc, "extent")
    sub(extent, "measure", {"unit": "words", "quantity": str(ctx.word_count)},
        f"{ctx.word_count} words")

    publication = sub(file_desc, "publicationStmt")
    if edition.get("publisher"):
        sub(publication, "publisher", text=edition["publisher"])
    else:
        sub(publication, "authority", text="Unpublished draft edition")
        header_problems.warning(None, "no edition.json: the header has no publisher or licence",
                                hint="create one with 'tei-edition init' or copy the example's",
                                code="metadata")
    if edition.get("pub_place"):
        sub(publication, "pubPlace", text=edition["pub_place"])
    sub(publication, "idno", {"type": "local"}, doc.id)
    if edition.get("base_url"):
        sub(publication, "idno", {"type": "URI"}, f"{edition['base_url']}html/{doc.id}.html")
    licence = edition.get("licence")
    if licence:
        availability = sub(publication, "availability", {"status": "free"})
        sub(availability, "licence", {"target": licence["url"]}, licence["name"])
        statement = licence.get("statement") or (
            f"This edition is available under the {licence['name']} licence ({licence['url']}).")
        sub(availability, "p", text=statement)
    if ctx.date:
        sub(publication, "date", {"when": ctx.date}, ctx.date)
    if edition.get("title"):
        series = sub(file_desc, "seriesStmt")
        sub(series, "title", {"level": "s"}, edition["title"])
    file_desc.append(source_desc(doc, source, header_problems))

    encoding = sub(header, "encodingDesc")
    project = sub(encoding, "projectDesc")
    sub(project, "p", text=PROJECT_DESC)
    editorial = sub(encoding, "editorialDecl")
    for section, paragraphs in EDITORIAL_DECL:
        part = sub(editorial, section)
        for text in paragraphs:
            sub(part, "p", text=text)
    sub(encoding, "tagsDecl")  # filled in by the writer once the text is built
    app_info = sub(encoding, "appInfo")
    application = sub(app_info, "application", {"ident": "tei-edition", "version": __version__})
    sub(application, "label", text="tei-edition")

    header.append(profile_desc(ctx))
    revision = sub(header, "revisionDesc")
    for change in source.get("changes", []):
        sub(revision, "change", {"when": change["when"]}, change["what"] +
            (f" ({change['who']})" if change.get("who") else ""))
    if ctx.date:  # a change needs its date; without one it is left out, not invented
        sub(revision, "change", {"when": ctx.date},
            "Converted from the plain-text translation to TEI by tei-edition.")
    if len(revision) == 0:
        header.remove(revision)
    return header


def plain_title(nodes) -> str:
    """The title as typed, brackets included (as a catalogue shows it)."""
    return " ".join(source_text(nodes).split())


def source_desc(doc: Document, source: dict, problems) -> etree._Element:
    desc = el("sourceDesc")
    archive = source.get("archive")
    title = plain_title(doc.titles[-1].content) if doc.titles else doc.id
    if archive and archive.get("repository"):
        ms = sub(desc, "msDesc")
        ident = sub(ms, "msIdentifier")
        for key, tag in (("country", "country"), ("settlement", "settlement"),
                         ("repository", "repository"), ("collection", "collection"),
                         ("shelfmark", "idno")):
            if archive.get(key):
                sub(ident, tag, {"type": "shelfmark"} if tag == "idno" else None, archive[key])
        contents = sub(ms, "msContents")
        item = sub(contents, "msItem")
        sub(item, "title", text=title)
        if doc.date is not None:
            sub(item, "docDate", {"when": doc.date.when}, doc.date.text)
        if source.get("original_language"):
            sub(item, "textLang", {"mainLang": source["original_language"]},
                LANGUAGE_NAMES.get(source["original_language"], source["original_language"]))
    else:
        bibl = sub(desc, "bibl", {"type": "original"})
        sub(bibl, "title", {"type": "main"}, title)
        if doc.date is not None:
            sub(bibl, "date", {"when": doc.date.when}, doc.date.text)
        if source.get("original_language"):
            sub(bibl, "textLang", {"mainLang": source["original_language"]},
                LANGUAGE_NAMES.get(source["original_language"], source["original_language"]))
        sub(bibl, "note", text="The original archival document; its repository and shelfmark "
            "are not recorded in the metadata.")
        problems.warning(None, "no archive (repository, shelfmark) in the document's metadata; "
                         "the source description names the original document only",
                         hint="add an \"archive\" object to sources/<id>.json", code="metadata")
    published = source.get("published_translation")
    if published:
        bibl = sub(desc, "bibl", {"type": "translation"})
        if published.get("title"):
            sub(bibl, "title", text=published["title"])
        sub(bibl, "publisher", text=published["publisher"])
        if published.get("url"):
            sub(bibl, "ref", {"target": published["url"]}, published["url"])
    if source.get("record_url"):
        sub(desc, "bibl", {"type": "record"}).append(
            el("ref", {"target": source["record_url"]}, source["record_url"]))
    return desc


def profile_desc(ctx: HeaderContext) -> etree._Element:
    doc, source = ctx.document, ctx.source
    profile = el("profileDesc")
    if doc.summary is not None:
        sub(profile, "abstract")  # filled in by the writer (names are tagged there)
    creation = sub(profile, "creation")
    if doc.date is not None:
        sub(creation, "date", {"when": doc.date.when}, doc.date.text)
    languages = sub(profile, "langUsage")
    translation = source.get("translation_language", "en")
    sub(languages, "language", {"ident": translation},
        f"{LANGUAGE_NAMES.get(translation, translation)} (the translation encoded here)")
    if source.get("original_language"):
        code = source["original_language"]
        sub(languages, "language", {"ident": code},
            f"{LANGUAGE_NAMES.get(code, code)} (the language of the original document)")
    if source.get("keywords"):
        keywords = sub(sub(profile, "textClass"), "keywords")
        for term in source["keywords"]:
            sub(keywords, "term", text=term)
    return profile
