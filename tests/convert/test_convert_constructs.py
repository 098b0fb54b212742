"""One test per construct the plain-text reader must recognize; each also
proves the round trip (the source edition equals the source)."""
from __future__ import annotations

from convert_helpers import NS, body_xml, convert_ok, round_trip


def test_date_line_titles_and_summary(write_source, tmp_path):
    source = write_source("First paragraph.\n\nSecond paragraph.",
                          title="Notes of a Talk [Excerpt]")
    tree, _, xml = convert_ok(source, tmp_path)
    date = tree.find(".//tei:front/tei:docDate", NS)
    assert date.get("when") == "1963-07-06" and date.text == "July 6, 1963"
    assert tree.find(".//tei:profileDesc/tei:creation/tei:date", NS).get("when") == "1963-07-06"
    part = tree.find(".//tei:docTitle/tei:titlePart", NS)
    supplied = part.find("tei:supplied", NS)
    assert supplied.text == "Excerpt" and supplied.get("reason") == "editorial"
    assert tree.find(".//tei:body/tei:head", NS) is not None  # the title, given twice
    assert tree.findtext(".//tei:titleStmt/tei:title[@type='main']", namespaces=NS) == \
        "Notes of a Talk [Excerpt]"
    abstract = tree.find(".//tei:profileDesc/tei:abstract/tei:p", NS)
    assert abstract.text == "A summary of the test document."
    paragraphs = tree.findall(".//tei:body//tei:p", NS)
    assert [p.get("n") for p in paragraphs] == ["1", "2"]
    assert [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in paragraphs] == ["p1", "p2"]
    round_trip(source, xml)


def test_bracketed_speaker_is_linked(write_source, tmp_path):
    source = write_source("[Hysni Kapo]: As a result of the struggle.\n\nMore words.")
    tree, _, xml = convert_ok(source, tmp_path)
    sp = tree.find(".//tei:sp", NS)
    assert sp.get("who") == "#kapo"
    speaker = sp.find("tei:speaker", NS)
    name = speaker.find("tei:persName", NS)
    assert name.get("ref") == "#kapo"
    assert name.find("tei:supplied", NS).text == "Hysni Kapo"
    assert len(sp.findall("tei:p", NS)) == 2
    round_trip(source, xml)


def test_unbracketed_speaker_turns(write_source, tmp_path):
    source = write_source("Mao Zedong: We agree.\n\nHysni Kapo: So do we.\n\nMao Zedong: Good.")
    tree, _, xml = convert_ok(source, tmp_path)
    assert [sp.get("who") for sp in tree.findall(".//tei:sp", NS)] == ["#mao", "#kapo", "#mao"]
    round_trip(source, xml)


def test_header_lines_are_not_speakers(write_source, tmp_path):
    source = write_source("Ciphergram No. 16071\n\nTo: Moscow\n\nLevel: Extra Urgent\n\n"
                          "Embassy in the Soviet Union:\n\nPlease report.")
    tree, _, xml = convert_ok(source, tmp_path)
    headers = tree.findall(".//tei:ab[@type='header']", NS)
    assert [h.xpath("string()") for h in headers] == ["Ciphergram No. 16071", "To: Moscow",
                                                      "Level: Extra Urgent"]
    assert tree.find(".//tei:sp", NS) is None
    round_trip(source, xml)


def test_numbered_and_lettered_sections_nest(write_source, tmp_path):
    body = """
    1) The first point.

    More on the first point.

    2) The second point.

    a) About the first matter. It goes on.

    b) About the second matter:

    Its text.

    f [sic]) A point whose letter is wrong.

    3) The third point.
    """
    source = write_source(body)
    tree, _, xml = convert_ok(source, tmp_path)
    sections = tree.findall(".//tei:body/tei:div[@type='section']", NS)
    assert [d.get("n") for d in sections] == ["1", "2", "3"]
    subs = sections[1].findall("tei:div[@type='subsection']", NS)
    assert [d.get("n") for d in subs] == ["a", "b", "f"]
    assert sections[0].find("tei:*/tei:label", NS).text == "1)"
    assert subs[1].find("tei:head/tei:label", NS).text == "b)"  # a short line is a heading
    label = subs[2].find("tei:p/tei:label", NS)
    assert label.find("tei:sic", NS).text == "f" and label.xpath("string()") == "f)"
    round_trip(source, xml)


def test_short_lettered_options_are_a_list(write_source, tmp_path):
    body = """
    1) A point.

    - He offered three options

    a) He signs it himself,

    b) Some other comrade signs it,

    c) A group of comrades sign it.

    He supports the first option.
    """
    source = write_source(body)
    tree, _, xml = convert_ok(source, tmp_path)
    lists = tree.findall(".//tei:list", NS)
    assert [l.get("type") for l in lists] == ["bulleted", "ordered"]
    items = lists[1].findall("tei:item", NS)
    assert [i.get("n") for i in items] == ["a", "b", "c"]
    assert tree.find(".//tei:div[@type='subsection']", NS) is None
    round_trip(source, xml)


def test_bullet_lines(write_source, tmp_path):
    source = write_source("He raised these issues:\n\n- solidarity;\n\n-  the economy,\n"
                          "- and politics.\n\nThen he left.")
    tree, _, xml = convert_ok(source, tmp_path)
    items = tree.findall(".//tei:list[@type='bulleted']/tei:item", NS)
    assert [i.xpath("string()") for i in items] == ["solidarity;", " the economy,", "and politics."]
    assert items[2].get("rend") == "space-before(0)"  # no blank line before it in the source
    round_trip(source, xml)


def test_supplied_words_and_letters(write_source, tmp_path):
    source = write_source("Their hope has been reborn, [and] they fight. [W]e print [the materials].")
    tree, _, xml = convert_ok(source, tmp_path)
    supplied = tree.findall(".//tei:body//tei:supplied", NS)
    assert [(s.text, s.get("reason"), s.get("resp")) for s in supplied] == [
        ("and", "omitted", "#translator"), ("W", "omitted", "#translator"),
        ("the materials", "omitted", "#translator")]
    assert "<supplied reason=\"omitted\" resp=\"#translator\">W</supplied>e print" in body_xml(tree)
    round_trip(source, xml)


def test_identification_goes_inside_the_name(write_source, tmp_path):
    source = write_source("The stances of [Soviet leader Nikita] Khrushchev and [Palmiro] Togliatti.")
    tree, _, xml = convert_ok(source, tmp_path)
    names = tree.findall(".//tei:body//tei:persName", NS)
    assert [n.get("ref") for n in names] == ["#khrushchev", "#togliatti"]
    first = names[0].find("tei:supplied", NS)
    assert first.text == "Soviet leader Nikita" and first.get("reason") == "identification"
    assert names[0].xpath("string()") == "Soviet leader Nikita Khrushchev"
    round_trip(source, xml)


def test_uncertain_reading(write_source, tmp_path):
    source = write_source("They tried to buy comrades [Williams?] and others.")
    tree, _, xml = convert_ok(source, tmp_path)
    supplied = tree.find(".//tei:body//tei:supplied", NS)
    assert supplied.get("cert") == "low" and supplied.get("reason") == "unclear"
    assert supplied.text == "Williams"
    assert supplied.getparent().get("ref") == "#williams"
    round_trip(source, xml)


def test_sic_and_omission_marks(write_source, tmp_path):
    source = write_source("The revisionists [...] and the [\u2026] word wrongg [sic] here, gluedd[sic].")
    tree, _, xml = convert_ok(source, tmp_path)
    gaps = tree.findall(".//tei:body//tei:gap", NS)
    assert [g.get("rend") for g in gaps] == ["dots", "ellipsis"]
    sics = tree.findall(".//tei:body//tei:sic", NS)
    assert [(s.text, s.get("rend")) for s in sics] == [("wrongg", None), ("gluedd", "attached")]
    round_trip(source, xml)


def test_note_markers_after_punctuation_and_glued(write_source, tmp_path):
    source = write_source("Such as Togliatti,[1] and the gang and ko,[2] and JASZCZUK3 too.",
                          notes="[1] Translator\u2019s note: The document states \u201cPoljati.\u201d\n\n"
                                "[2] Translator\u2019s note: Likely: \u201cand company.\u201d\n\n"
                                "[3] Boleslaw Jaszczuk, ambassador.")
    tree, _, xml = convert_ok(source, tmp_path)
    notes = tree.findall(".//tei:body//tei:note", NS)
    assert [(n.get("n"), n.get("type"), n.get("place")) for n in notes] == [
        ("1", "translator", "foot"), ("2", "translator", "foot"), ("3", "editor", "foot")]
    assert notes[0].getprevious().tail == ","  # placed at the marker
    assert notes[0].find("tei:label", NS).text == "Translator\u2019s note:"
    assert "glued" in notes[2].get("rend")
    assert notes[2].getprevious() is None or "JASZCZUK" in (notes[2].getparent().text or "") + \
        "".join(e.tail or "" for e in notes[2].itersiblings(preceding=True))
    round_trip(source, xml)


def test_glued_digit_without_note_stays_text(write_source, tmp_path):
    source = write_source("The B52 bomber and JASZCZUK1 here.", notes="[1] A note.")
    tree, _, xml = convert_ok(source, tmp_path)
    assert len(tree.findall(".//tei:text//tei:note", NS)) == 1
    assert "B52 bomber" in body_xml(tree)
    round_trip(source, xml)


def test_plain_text_without_brackets_or_notes(write_source, tmp_path):
    source = write_source("Just a paragraph.\n\nAnd another one, with nothing special.")
    tree, problems, xml = convert_ok(source, tmp_path)
    assert tree.find(".//tei:text//tei:note", NS) is None and tree.find(".//tei:supplied", NS) is None
    round_trip(source, xml)


def test_multi_line_paragraph_keeps_line_breaks(write_source, tmp_path):
    source = write_source("Dispatched from Moscow\nReceived in Warsaw\n\nNext.")
    tree, _, xml = convert_ok(source, tmp_path)
    assert len(tree.findall(".//tei:body//tei:lb", NS)) == 1
    round_trip(source, xml)


def test_white_space_kept_exactly(write_source, tmp_path):
    source = write_source(" Leading space.  Two spaces.\u00a0\u00a0\n\n a) Lettered with a lead.\n\nEnd.")
    tree, _, xml = convert_ok(source, tmp_path)
    round_trip(source, xml)


def test_header_lines_after_other_preamble_lines(write_source, tmp_path):
    """Regression: To:/From: after 'Dispatched from …' lines were read as paragraphs."""
    source = write_source("Ciphergram No. 16071\n\nDispatched from Moscow at 12:30\n\n"
                          "To: [Foreign Minister Adam] Rapacki\n\nFrom: the Ambassador\n\n"
                          "The talks went well. To: nobody.")
    tree, _, xml = convert_ok(source, tmp_path)
    headers = [h.xpath("string()") for h in tree.findall(".//tei:ab[@type='header']", NS)]
    assert headers == ["Ciphergram No. 16071", "To: [Foreign Minister Adam] Rapacki"
                       .replace("[", "").replace("]", ""), "From: the Ambassador"]
    round_trip(source, xml)


def test_a_question_is_not_a_section_heading(write_source, tmp_path):
    """Regression: '3) Was it the ambassador?' followed by a signature became a head."""
    source = write_source("1) How many were injured?\n\nDivision of Soviet Affairs")
    tree, _, xml = convert_ok(source, tmp_path)
    assert tree.find(".//tei:div/tei:head", NS) is None
    round_trip(source, xml)


def test_reference_to_another_document(write_source, tmp_path):
    source = write_source("The answer came later.[1]", notes="[1] Translator\u2019s note: For the "
                          "response, see \u201cNotes from the meeting of Luo Shigao with comrade "
                          "Ramiz Alia on 20 July 1963.\u201d")
    tree, _, xml = convert_ok(source, tmp_path)
    bibl = tree.find(".//tei:note/tei:bibl", NS)
    assert bibl.find("tei:title", NS).xpath("string()") == \
        "Notes from the meeting of Luo Shigao with comrade Ramiz Alia on 20 July 1963"
    assert bibl.find("tei:title/tei:date", NS).get("when") == "1963-07-20"
    assert [n.get("ref") for n in bibl.findall(".//tei:persName", NS)] == ["#luo-shigao", "#alia"]
    round_trip(source, xml)


def test_signature_and_closing_lines_of_a_cable(write_source, tmp_path):
    source = write_source("Please report.\n\n1) How many were injured?\n\n"
                          "Division of Soviet and East European Affairs\n\n"
                          "This cable was sent on March 5th at 6:00pm\n\nSecurity restricted")
    tree, _, xml = convert_ok(source, tmp_path)
    body = tree.find(".//tei:body", NS)
    assert body.find("tei:closer/tei:signed", NS).text == \
        "Division of Soviet and East European Affairs"
    assert [t.text for t in body.findall("tei:trailer", NS)] == [
        "This cable was sent on March 5th at 6:00pm", "Security restricted"]
    assert body.find("tei:div[@type='section']/tei:p", NS) is not None
    round_trip(source, xml)


def test_short_last_sentence_is_not_a_signature(write_source, tmp_path):
    source = write_source("A long paragraph of the text, with words.\n\nThe end.")
    tree, _, _ = convert_ok(source, tmp_path)
    assert tree.find(".//tei:closer", NS) is None
