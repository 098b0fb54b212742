"""The encoding conventions, stated in every TEI file's ``editorialDecl``
(and in docs/encoding.md)."""

PROJECT_DESC = (
    "A scholarly digital edition of a translated archival document, encoded in TEI P5 by "
    "tei-edition from the plain-text English translation. The translation, including the "
    "translator's square brackets and notes, is encoded without loss: the plain text can be "
    "regenerated from this file character for character.")

EDITORIAL_DECL = [
    ("correction", [
        "Errors of the original are not corrected. Where the translator marked a word with "
        "[sic], the word is encoded as sic (the marker itself is implied by sic). A sic with "
        "rend=\"attached\" had no space before [sic].",
    ]),
    ("normalization", [
        "The text is not normalized: spelling, punctuation, typographic quotation marks and "
        "white space are those of the translation. Line endings were normalized to LF and a "
        "byte-order mark, if any, removed.",
    ]),
    ("segmentation", [
        "Paragraphs are the blocks of the translation separated by blank lines. Every paragraph, "
        "header line and list carries a stable xml:id (p1, p2, ...) and @n, numbered in reading "
        "order, for citation. Numbered points 1), 2), ... are div type=\"section\" and lettered "
        "points a), b), ... div type=\"subsection\", with @n and the label as typed in label. "
        "Short lettered options within a passage are a list type=\"ordered\" rend=\"lettered\"; "
        "lines beginning with a dash are a list type=\"bulleted\". A gap of two or more blank "
        "lines ends the open numbered sections; the blocks after them are a div "
        "type=\"unnumbered\" (TEI allows no paragraph after a division). Where a block was "
        "preceded by a number of blank "
        "lines other than one, @rend records it as space-before(N); the end of the file is "
        "recorded on text as space-after(N) or no-final-newline. Line breaks within a block are lb.",
        "A speaker label ([Hysni Kapo]: or Zhou Enlai:) opens an sp with @who pointing at the "
        "register entry; the sp holds the paragraphs up to the next speaker label or numbered "
        "section. Header lines of cables and ciphergrams (To:, From:, Ciphergram No. ...) are "
        "ab type=\"header\". The closing lines of a cable, a run of short lines at the end of "
        "the text with no sentence punctuation, are closer/signed (the first, the signature) "
        "and trailer (dispatch notes and the like).",
    ]),
    ("interpretation", [
        "Words the translator supplied in square brackets are supplied resp=\"#translator\" with "
        "@reason: \"omitted\" for words implied by the original ([and], [the materials], a letter "
        "inside a word such as [W]e); \"identification\" for a description before a name "
        "([Soviet leader Nikita] Khrushchev), which is encoded inside the name it identifies; "
        "\"unclear\" with cert=\"low\" for an uncertain reading ([Williams?]); \"editorial\" for "
        "the translator's description in a title ([Excerpt]). Omission marks [...] and [\u2026] are "
        "gap reason=\"omitted\" (rend dots or ellipsis).",
        "Footnote markers [1] (or a digit glued to a word, rend=\"glued\") are replaced by the note "
        "itself, placed at the marker: note place=\"foot\" with @n and @type \"translator\" for "
        "notes that begin \"Translator\u2019s note:\" (kept in label) and \"editor\" for all others. "
        "A note without a marker stands in back. The closing summary is the abstract in "
        "profileDesc. A reference to another document (a title quoted after \"see\") is "
        "bibl/title, with a date in it as date/@when; the quotation marks stay in the text.",
        "Persons, organizations and places are tagged persName, orgName and placeName with @ref "
        "pointing at the entry carried in standOff (from the edition's registers). Names are found "
        "by the longest registered form, case-sensitively and also in capitals, at word "
        "boundaries: a possessive tags the name (Khrushchev\u2019s), a hyphenated pair is two "
        "mentions (Tito-Khrushchev), and Marxism-Leninism, Marxist-Leninist or Leninist are not "
        "mentions of Marx or Lenin. Abbreviations (CCP, CPSU, PLA) are registered forms of their "
        "organization and tagged. Nationality adjectives (Polish comrades, the Chinese side) are "
        "not names and are not tagged, except as part of a registered name (Chinese Communist "
        "Party). Forms that name an entity only in one document (our party\u2019s Central "
        "Committee) are declared in that document's metadata.",
    ]),
]
