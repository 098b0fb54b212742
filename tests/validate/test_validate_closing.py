"""The closing lines of a cable (closer/signed, trailer after the last division)
are valid for tei-edition.rng, the Schematron and TEI P5."""
from __future__ import annotations


from tei_edition.convert import convert_files
from tei_edition.validate import check_tei, tei_checker

CABLE = ("March 5, 1965\n\nCable\n\nCable\n\n\nTo: Moscow\n\nPlease report.\n\n"
         "1) How many were injured?\n\n2) Which countries?\n\nDivision of Soviet Affairs\n\n"
         "Sent on March 5th at 6:00pm\n\nSecurity restricted\n\nA summary.\n")


def test_closing_lines_are_valid_tei(tmp_path, tei_all, new_edition):
    new_edition(tmp_path)
    source = tmp_path / "sources" / "cable.txt"
    source.write_text(CABLE, encoding="utf-8")
    (result,) = convert_files([source], check=tei_checker())
    assert result.output is not None, [p.format() for p in result.problems]
    xml = result.output
    assert b"<closer>" in xml.read_bytes() and b"<trailer>" in xml.read_bytes()
    assert [p for p in check_tei(xml.read_bytes(), str(xml)) if p.level == "error"] == []
    assert tei_all.errors([xml]) == {xml.resolve(): []}
