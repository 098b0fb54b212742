"""The patterns and rules by which the plain-text reader tells what a block
of a source is: a note, a speaker label, a numbered or lettered point, a list
item, a header line, a heading, the closing lines of a cable."""
from __future__ import annotations

import re

from .source_text import RawBlock

NOTE_LINE = re.compile(r"^\[(\d{1,3})\][ \t]?")
NOTE_PREFIX = re.compile(r"^((Translator|Editor)[’']s [Nn]ote:[ \t]*)")
BULLET = re.compile(r"^(\s*)([-•–*])[ \t]")
NUMBERED = re.compile(r"^(\s*)(\d{1,2}[).])(?=[ \t])")
LETTERED = re.compile(r"^(\s*)([a-z](?:[ \t]*\[sic\])?\))(?=[ \t])")
BRACKET_SPEAKER = re.compile(r"^(\s*)\[([^\[\]]{2,60})\]:(?=[ \t])")
PLAIN_SPEAKER = re.compile(r"^(\s*)((?:[A-Z][\w.’'-]*)(?:[ \t]+[A-Z][\w.’'-]*){0,3}):(?=[ \t]+\S)")
HEADER_LINE = re.compile(r"^(To|From|Cc|CC|Copy|Copies|Level|Contents|Subject|Re|Date|Priority|"
                         r"Classification|Ref|Reference):(?=[ \t])")
HEADER_NUMBERED = re.compile(r"^(Ciphergram|Telegram|Cable|Dispatch|Memorandum|Note)[ \t]+No\.")
LIST_ITEM_MAX = 100
CLOSING_MAX = 80
HEAD_MAX = 120


def lettered_list_runs(raws: list[RawBlock]) -> set[int]:
    """Indices of blocks that are short lettered options a), b), c) … (a list),
    not lettered sections: a run that starts at 'a', has consecutive letters,
    two items or more, each one short line (at most LIST_ITEM_MAX characters,
    one sentence, not a heading ending in ':'), and is not continued by a
    section with the next letter."""
    found: set[int] = set()
    index = 0
    while index < len(raws):
        run = []
        expected = "a"
        while index + len(run) < len(raws):
            raw = raws[index + len(run)]
            match = LETTERED.match(raw.lines[0])
            if not (match and match.group(2)[0] == expected and is_list_item(raw, match.end())):
                break
            run.append(index + len(run))
            expected = chr(ord(expected) + 1)
        after = index + len(run)
        continued = after < len(raws) and (LETTERED.match(raws[after].lines[0]) or
                                           ("", ""))[0].strip().startswith(expected)
        if len(run) >= 2 and not continued:
            found.update(run)
            index += len(run)
        else:
            index += 1
    return found


def is_list_item(raw: RawBlock, label_end: int) -> bool:
    text = raw.lines[0][label_end:].strip()
    return (len(raw.lines) == 1 and len(text) <= LIST_ITEM_MAX and not text.endswith(":")
            and not re.search(r"[.;!?] +\S", text))


def closing_run(raws: list[RawBlock], lettered_lists: set[int]) -> int:
    """Where the closing lines of a cable begin (a signature, then dispatch
    notes): a run of short single lines at the very end, with no sentence
    punctuation at the end, after a paragraph of the text.  len(raws) if none."""
    start = len(raws)
    while start > 1:
        raw = raws[start - 1]
        first = raw.lines[0]
        if (start - 1 in lettered_lists or len(raw.lines) > 1 or len(first.strip()) > CLOSING_MAX
                or re.search(r"[.!?:;,)\]]$", first.strip()) or BULLET.match(first)
                or NUMBERED.match(first) or LETTERED.match(first) or HEADER_LINE.match(first)
                or BRACKET_SPEAKER.match(first) or PLAIN_SPEAKER.match(first)):
            break
        start -= 1
    before = raws[start - 1] if 0 < start < len(raws) else None
    if before is None or short_line(before):
        return len(raws)  # no text before the run: these are not closing lines
    return start


def short_line(raw: RawBlock) -> bool:
    """A line of a document's preamble (Dispatched from …, Received on …):
    one short line that is not a sentence of the text."""
    text = raw.lines[0].strip()
    return len(raw.lines) == 1 and len(text) <= HEAD_MAX and not re.search(r"[.!?]$", text)


def is_heading(raw: RawBlock, label_end: int, following: list[RawBlock]) -> bool:
    """A labelled line that is a heading of its section: one short sentence
    followed by further text before the next label."""
    text = raw.lines[0][label_end:].strip()
    if len(raw.lines) > 1 or len(text) > HEAD_MAX or re.search(r"[.;:!?] +\S|\?$", text):
        return False
    if not following:
        return False
    nxt = following[0].lines[0]
    return not (NUMBERED.match(nxt) or LETTERED.match(nxt))
