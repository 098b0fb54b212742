"""The matching rules, one test each, on a small register made by the test."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei_edition.cli import main
from tei_edition.model import Name, Supplied, Text
from tei_edition.problems import Problems
from tei_edition.readers.inline import InlineParser
from tei_edition.registers import Entry, Register, load_registers
from tei_edition.registers.matcher import Matcher

ENTRIES = [
    Entry("person", "khrushchev", "Nikita Khrushchev", ("Khrushchev", "Nikita Khrushchev")),
    Entry("person", "tito", "Tito", ("Tito", "Josip Broz")),
    Entry("person", "marx", "Karl Marx", ("Marx",)),
    Entry("person", "lenin", "Vladimir Lenin", ("Lenin",)),
    Entry("person", "rapacki", "Adam Rapacki", ("Rapacki",)),
    Entry("person", "gomulka", "Władysław Gomułka", ("Gomułka",)),
    Entry("org", "cpsu", "Communist Party of the Soviet Union",
          ("Communist Party of the Soviet Union", "CPSU")),
    Entry("org", "ccp", "Communist Party of China", ("CCP", "Chinese Communist Party")),
    Entry("org", "kke", "Communist Party of Greece", ("Communist Party of Greece",)),
    Entry("place", "soviet-union", "Soviet Union", ("Soviet Union",)),
    Entry("place", "greece", "Greece", ("Greece",)),
    Entry("place", "nz", "New Zealand", ("New Zealand",)),
]


@pytest.fixture
def tag():
    matcher = Matcher.build(Register({e.id: e for e in ENTRIES}))

    def run(text):
        return matcher.tag(InlineParser(Problems("t"), set()).parse(text, 1))
    return run


def names(nodes):
    out = []
    for node in nodes:
        if isinstance(node, Name):
            out.append((node.ref, "".join(c.text if isinstance(c, Text) else f"[{c.text}]"
                                          for c in node.children)))
            out += names(node.children)
        elif isinstance(node, Supplied):
            out += names(node.children)
    return out


def test_longest_form_wins(tag):
    assert names(tag("the Communist Party of the Soviet Union and the Soviet Union")) == [
        ("cpsu", "Communist Party of the Soviet Union"), ("soviet-union", "Soviet Union")]


def test_word_boundaries(tag):
    assert names(tag("Marxism-Leninism, Marxist-Leninist, Leninist, Leninism")) == []
    assert names(tag("Titoist Khrushchevite")) == []


def test_possessive_tags_the_name(tag):
    nodes = tag("Khrushchev’s group and Tito's advisers")
    assert names(nodes) == [("khrushchev", "Khrushchev"), ("tito", "Tito")]
    assert nodes[1].text.startswith("’s")


def test_hyphenated_pair_is_two_mentions(tag):
    assert names(tag("the Tito-Khrushchev gang, the CCP-CPSU talks")) == [
        ("tito", "Tito"), ("khrushchev", "Khrushchev"), ("ccp", "CCP"), ("cpsu", "CPSU")]


def test_abbreviations_are_tagged(tag):
    assert names(tag("the PLA and CCP leaderships")) == [("ccp", "CCP")]


def test_names_in_capitals(tag):
    assert names(tag("To: [Foreign Minister Adam] RAPACKI")) == [
        ("rapacki", "[Foreign Minister Adam] RAPACKI")]


def test_diacritics(tag):
    assert names(tag("the collapse of Gomułka’s authority")) == [("gomulka", "Gomułka")]


def test_identification_goes_inside_the_name(tag):
    nodes = tag("from [Soviet leader Nikita] Khrushchev")
    name = nodes[1]
    assert isinstance(name, Name) and name.ref == "khrushchev"
    assert isinstance(name.children[0], Supplied)
    assert name.children[0].reason == "identification"


def test_identification_form_of_the_same_person_is_not_nested(tag):
    """'Josip Broz' is a form of Tito: inside Tito's identification it is not a second name."""
    assert names(tag("[Yugoslav leader Josip Broz] Tito")) == [
        ("tito", "[Yugoslav leader Josip Broz] Tito")]


def test_name_inside_an_identification_of_another(tag):
    found = names(tag("[New Zealand trade unionist Victor] Khrushchev"))
    assert found[0][0] == "khrushchev" and ("nz", "New Zealand") in found


def test_bracket_completing_a_name(tag):
    nodes = tag("from [the Communist Party of] Greece, England")
    assert names(nodes) == [("kke", "[the Communist Party of] Greece")]
    assert nodes[1].children[0].reason == "omitted"  # not an identification


def test_supplied_word_before_a_name_is_not_an_identification(tag):
    nodes = tag("Spanish [and] Tito")
    assert isinstance(nodes[1], Supplied) and nodes[1].reason == "omitted"
    assert names(nodes) == [("tito", "Tito")]


def test_nationality_adjectives_are_not_names(tag):
    assert names(tag("the Polish comrades and the Greek partisans")) == []


def write_register(folder: Path, name: str, entries) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(json.dumps({"entries": entries}, ensure_ascii=False, indent=2),
                    encoding="utf-8")
    return path


def test_register_schema_error_names_file_entry_and_field(tmp_path):
    registers = tmp_path / "registers"
    path = write_register(registers, "persons.json", [
        {"id": "tito", "name": "Tito", "forms": ["Tito"]},
        {"id": "khrushchev", "name": "Nikita Khrushchev", "forms": ["Khrushchev"],
         "birth": "April 1894"}])
    _, problems = load_registers(registers)
    assert len(problems) == 1
    problem = problems[0]
    assert problem.file == str(path) and problem.line == 16
    assert 'entries[1] (id "khrushchev").birth' in problem.message


def test_two_entries_claiming_one_form(tmp_path):
    registers = tmp_path / "registers"
    write_register(registers, "persons.json", [
        {"id": "tito", "name": "Tito", "forms": ["Tito"]}])
    path = write_register(registers, "places.json", [
        {"id": "tito-city", "name": "Titograd", "forms": ["Titograd", "Tito"]}])
    _, problems = load_registers(registers)
    assert len(problems) == 1
    assert problems[0].file == str(path) and problems[0].line == 8
    assert 'entries[0] (id "tito-city") field forms' in problems[0].message
    assert 'already claimed by entry "tito"' in problems[0].message


def test_entities_on_an_unseen_text(tmp_path):
    source = tmp_path / "unseen.txt"
    source.write_text("October 31, 1962\n\nTelegram\n\nTelegram\n\n\nTo: [Foreign Minister Adam] "
                      "RAPACKI\n\nFrom: [Ambassador Bolesław] JELEŃ2\n\nHe met Kohler and Władysław "
                      "Gomułka in Moscow.\n\n\n[2] Bolesław Jeleń, ambassador.\n\nA summary.\n",
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["entities", "--unregistered", str(source),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    found = {(c["text"], c["line"]) for c in json.loads(result.output)[0]["unregistered"]}
    assert {("RAPACKI", 8), ("JELEŃ", 10), ("Kohler", 12), ("Władysław Gomułka", 12),
            ("Moscow", 12), ("Bolesław Jeleń", 15)} <= found


def test_supplied_article_before_a_name_is_not_an_identification(tag):
    """Regression: '[The] Chinese Communist Party' put 'The' inside the orgName."""
    nodes = tag("[The] Chinese Communist Party agreed.")
    assert isinstance(nodes[0], Supplied) and nodes[0].reason == "omitted"
    assert names(nodes) == [("ccp", "Chinese Communist Party")]


def test_unregistered_names_in_a_note_paragraph_have_its_line(tmp_path):
    """Regression: every paragraph of a note was reported at the note's first line."""
    source = tmp_path / "doc.txt"
    source.write_text("July 6, 1963\n\nT\n\nT\n\n\nText.[1]\n\n\n[1] A note.\n\n"
                      "It was Mehmet Shehu who said so.\n\nSummary.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["entities", "--unregistered", str(source),
                                       "--format", "json"])
    found = {(c["text"], c["line"]) for c in json.loads(result.output)[0]["unregistered"]}
    assert ("Mehmet Shehu", 13) in found
