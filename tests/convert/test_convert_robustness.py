"""Never a crash, nothing lost: random texts made of the constructs the
reader knows either convert and round-trip exactly, or are refused with
problems that name a line."""
from __future__ import annotations

import random

from tei_edition.convert import convert_source
from tei_edition.render import render_file

PIECES = ["word", "Khrushchev", "Tito-Khrushchev", "Marxism-Leninism", "[and]", "[W]e",
          "[Soviet leader Nikita] Khrushchev", "[Williams?]", "f [sic])", "[...]", "[…]",
          "[1]", "JELEŃ1", ",[1]", "[", "]", "  ", "\u00a0", " ", " ", " ", ".", ":",
          "\n", "\n\n", "\n\n\n", "\n- ", "\n1) ", "\na) ", "\nb) ", "\n[Hysni Kapo]: ",
          "\nZhou Enlai: ", "\nTo: ", "’s", "“quoted”", "\t"]


def random_text(rng: random.Random) -> str:
    body = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 60)))
    notes = rng.choice(["", "\n\n\n[1] Translator’s note: A note.", "\n\n\n[1] A note.\n\n[2] x"])
    return f"July 6, 1963\n\nTitle\n\nTitle\n\n\n{body}{notes}\n\nSummary.\n"


def test_random_texts_convert_exactly_or_fail_cleanly(tmp_path):
    rng = random.Random(20261128)
    converted = refused = 0
    for case in range(150):
        text = random_text(rng)
        source = tmp_path / f"case{case}.txt"
        source.write_text(text, encoding="utf-8")
        result = convert_source(source)  # must not raise
        if not result.ok:
            refused += 1
            errors = [p for p in result.problems if p.level == "error"]
            assert errors and all(p.line for p in errors if p.code == "brackets"), text
            continue
        converted += 1
        xml = tmp_path / f"case{case}.xml"
        xml.write_bytes(result.xml)
        expected = "\n".join("" if not line.strip() else line for line in text.split("\n"))
        assert render_file(xml, "source").decode("utf-8") == expected, text
    assert converted > 20 and refused > 10  # both paths were exercised
