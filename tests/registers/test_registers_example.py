"""Every person, organization and place named in the example is tagged and
resolves to a register entry; no name is tagged inside a longer word."""
from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from tei_edition.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_XML = ROOT / "xml" / "kapo-luo-1963-07-06.xml"
EXAMPLE = ROOT / "sources" / "kapo-luo-1963-07-06.txt"
NS = {"tei": "http://www.tei-c.org/ns/1.0"}

# entity id -> number of mentions in the example (titles, text, notes, summary)
EXPECTED = {
    # persons
    "kapo": 4, "luo-shigao": 4, "alia": 1, "khrushchev": 19, "tito": 4, "togliatti": 3,
    "thorez": 2, "kennedy": 1, "sharkey": 2, "wilcox": 1, "williams": 1, "segni": 1,
    "de-gaulle": 1, "gomulka": 3, "zhivkov": 3, "zachariadis": 1, "prestes": 1, "mao": 1,
    "marx": 2, "engels": 1, "lenin": 2, "stalin": 2,
    # organizations
    "ccp": 10, "ccp-cc": 6, "cpsu": 3, "pla": 6, "pla-cc": 5, "kke": 6, "pcdob": 2, "pcf": 5,
    "puwp": 1, "puwp-cc": 1, "cpn": 1,
    # places
    "poland": 14, "bulgaria": 10, "europe": 8, "soviet-union": 6, "albania": 5, "china": 5,
    "belgium": 3, "brazil": 3, "france": 3, "moscow": 3, "england": 2, "greece": 2, "italy": 2,
    "africa": 1, "america": 1, "beijing": 1, "latin-america": 1, "new-zealand": 1,
    "romania": 1, "tirana": 1, "venezuela": 1, "warsaw": 1,
}


def tree():
    return etree.parse(str(EXAMPLE_XML))


def mentions(doc):
    names = doc.xpath("//tei:text//tei:persName | //tei:text//tei:orgName | "
                      "//tei:text//tei:placeName | //tei:abstract//tei:persName | "
                      "//tei:abstract//tei:orgName | //tei:abstract//tei:placeName", namespaces=NS)
    counts = {}
    for name in names:
        ref = name.get("ref")[1:]
        counts[ref] = counts.get(ref, 0) + 1
    return names, counts


def test_every_expected_entity_is_tagged_as_often_as_named():
    _, counts = mentions(tree())
    assert counts == EXPECTED


def test_every_reference_resolves_to_an_entry_of_the_right_kind():
    doc = tree()
    names, _ = mentions(doc)
    kinds = {"persName": "person", "orgName": "org", "placeName": "place"}
    for name in names:
        target = doc.xpath("//tei:standOff//*[@xml:id=$id]", id=name.get("ref")[1:],
                           namespaces=NS)
        assert len(target) == 1, name.get("ref")
        assert etree.QName(target[0]).localname == kinds[etree.QName(name).localname]


def test_no_name_is_tagged_inside_a_longer_word():
    for name in mentions(tree())[0]:
        before = name.getprevious().tail if name.getprevious() is not None else \
            name.getparent().text
        after = name.tail or ""
        assert not re.search(r"\w$", before or ""), etree.tostring(name)
        assert not re.match(r"\w", after), etree.tostring(name)


def test_marxism_leninism_is_not_marx_or_lenin():
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text.count("Marxism-Leninism") > 10
    _, counts = mentions(tree())
    assert counts["marx"] == 2 and counts["lenin"] == 2  # only "Marx, Engels, Lenin, and Stalin"


def test_speaker_and_participants_are_linked():
    doc = tree()
    assert doc.xpath("//tei:sp/@who", namespaces=NS) == ["#kapo"]
    assert doc.xpath("//tei:particDesc//tei:person/@sameAs", namespaces=NS) == \
        ["#kapo", "#luo-shigao"]


def test_each_file_carries_the_entries_it_uses_with_authority_ids():
    doc = tree()
    carried = set(doc.xpath("//tei:standOff//@xml:id", namespaces=NS))
    assert carried == set(EXPECTED)
    assert doc.xpath("string(//tei:person[@xml:id='khrushchev']/tei:idno[@type='wikidata'])",
                     namespaces=NS) == "http://www.wikidata.org/entity/Q35314"


def test_no_unregistered_name_in_the_example():
    result = CliRunner().invoke(main, ["entities", "--unregistered", str(EXAMPLE)])
    assert result.exit_code == 0
    assert "0 unregistered name candidates" in result.output


def test_entities_command_counts_mentions():
    result = CliRunner().invoke(main, ["entities", str(EXAMPLE), "--format", "json"])
    assert result.exit_code == 0
    import json
    data = json.loads(result.output)[0]
    counts = {e["id"]: e["count"] for e in data["entities"]}
    assert counts == EXPECTED


def test_corpus_register_is_in_step_with_the_json_registers():
    result = CliRunner().invoke(main, ["registers", str(ROOT), "--check"])
    assert result.exit_code == 0, result.output


def test_convert_keeps_the_corpus_register_in_step(tmp_path, new_edition):
    import shutil
    new_edition(tmp_path)
    shutil.copy(EXAMPLE, tmp_path / "sources" / EXAMPLE.name)
    shutil.copy(EXAMPLE.with_suffix(".json"), tmp_path / "sources" / EXAMPLE.with_suffix(".json").name)
    result = CliRunner().invoke(main, ["convert", str(tmp_path / "sources" / EXAMPLE.name)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "xml" / "registers.xml").read_bytes() == \
        (ROOT / "xml" / "registers.xml").read_bytes()
