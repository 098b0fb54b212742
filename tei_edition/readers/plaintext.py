"""The plain-text reader: a translated archival document in the layout

    date line / title / title again / body / notes / summary

separated by blank lines.  It recognizes the structure of the body (speaker
turns, numbered and lettered sections, lists, header lines) and hands each
block's text to :mod:`.inline` for the translator's brackets.
"""
from __future__ import annotations

import re

from ..model import (Block, DocDate, Document, Item, ListBlock, Note, Paragraph, Section,
                     Speaker, Title, Turn)
from ..problems import Problem, Problems
from .dates import parse_date
from .inline import InlineParser
from .block_rules import (BRACKET_SPEAKER, BULLET, HEADER_LINE, HEADER_NUMBERED, LETTERED,
                          NOTE_LINE, NOTE_PREFIX, NUMBERED, PLAIN_SPEAKER, closing_run,
                          is_heading, lettered_list_runs, short_line)
from .source_text import RawBlock, decode, split_blocks

def read_plaintext(data: bytes, doc_id: str, display: str) -> tuple[Document | None, list[Problem]]:
    problems = Problems(display)
    text = decode(data, problems)
    if text is None:
        return None, problems.items
    blocks, trailing, final_newline = split_blocks(text, problems)
    if not blocks:
        problems.error(1, "the file is empty: there is no text to encode",
                       hint="a source needs at least a date line, a title and a paragraph",
                       code="empty")
        return None, problems.items
    reader = _Reader(problems, doc_id, display)
    document = reader.read(blocks)
    document.trailing = trailing
    document.final_newline = final_newline
    return document, problems.items


class _Reader:
    def __init__(self, problems: Problems, doc_id: str, display: str):
        self.problems = problems
        self.doc_id = doc_id
        self.display = display

    def read(self, blocks: list[RawBlock]) -> Document:
        blocks = list(blocks)
        date = self._date(blocks.pop(0)) if blocks else None
        notes_raw, summary_raw = self._split_back(blocks)
        numbers = {n for n, _ in notes_raw}
        self.inline = InlineParser(self.problems, numbers,
                                   glued=numbers - _bracketed_markers(blocks, notes_raw, summary_raw))
        titles = self._titles(blocks)
        if not titles:
            self.problems.warning(date.line if date else 1, "no title line follows the date line",
                                  code="no-title")
        notes = [self._note(n, raw) for n, raw in notes_raw]
        summary = None
        if summary_raw is not None:
            summary = Paragraph(summary_raw.line, summary_raw.gap,
                                self._inline(summary_raw), kind="summary")
        elif blocks or notes:
            self.problems.warning(notes[-1].line if notes else 1, "no summary line at the end "
                                  "of the text; the TEI has no abstract", code="no-summary")
        body = self._body(blocks)
        if not body:
            last = (summary_raw or (titles[-1] if titles else date))
            self.problems.error(last.line if last else 1, "there is no text: nothing follows the "
                                "date line and the title but notes and a summary",
                                hint="a source is laid out as: date line, title, title again, "
                                "the text, the notes, the summary (last line)", code="no-body")
        self._check_notes(notes)
        return Document(self.doc_id, self.display, date, titles, body, notes, summary)

    # ------------------------------------------------------------ front and back
    def _date(self, raw: RawBlock) -> DocDate:
        text = "\n".join(raw.lines)
        when = parse_date(text) if len(raw.lines) == 1 else None
        if when is None:
            self.problems.error(raw.line, f"the first line {text.splitlines()[0]!r} is not a "
                                "date (or not a possible one), and the TEI needs the document's "
                                "date as an ISO date", code="date",
                                hint="write the date line as e.g. 'July 6, 1963', '6 July 1963', "
                                "'July 1963' or '1963'")
        return DocDate(raw.line, raw.gap, text, when)

    def _titles(self, blocks: list[RawBlock]) -> list[Title]:
        titles = []
        if blocks:
            first = blocks.pop(0)
            titles.append(Title(first.line, first.gap, self._inline(first, "title")))
            if blocks and _same_title(first, blocks[0]):
                second = blocks.pop(0)
                titles.append(Title(second.line, second.gap, self._inline(second, "title")))
        return titles

    def _split_back(self, blocks: list[RawBlock]):
        """Take the summary (last block) and the notes before it off the end."""
        summary = None
        if len(blocks) >= 3 and not NOTE_LINE.match(blocks[-1].lines[0]):
            summary = blocks.pop()
        first_note = _first_note(blocks)
        notes: list[tuple[str, list[RawBlock]]] = []
        if first_note is not None:
            for raw in blocks[first_note:]:
                match = NOTE_LINE.match(raw.lines[0])
                if match:
                    notes.append((match.group(1), [raw]))
                else:
                    notes[-1][1].append(raw)
            del blocks[first_note:]
        return notes, summary

    def _note(self, n: str, raws: list[RawBlock]) -> Note:
        first = raws[0]
        marker = NOTE_LINE.match(first.lines[0]).group(0)
        rest = first.lines[0][len(marker):]
        prefix_match = NOTE_PREFIX.match(rest)
        prefix = prefix_match.group(1) if prefix_match else ""
        kind = "translator" if prefix.startswith("Translator") else "editor"
        if marker != f"[{n}] ":
            self.problems.warning(first.line, f"note [{n}] is not followed by one space; "
                                  "the spacing was normalized", code="note-layout")
        body_lines = [rest[len(prefix):]] + first.lines[1:]
        column = len(marker) + len(prefix) + 1
        paragraphs = [self.inline.parse("\n".join(body_lines), first.line, column)]
        paragraphs += [self._inline(raw) for raw in raws[1:]]
        return Note(first.line, first.gap, n, prefix, kind, paragraphs, [r.gap for r in raws[1:]],
                    lines=[r.line for r in raws])

    def _check_notes(self, notes: list[Note]):
        seen: dict[str, int] = {}
        for n, line in self.inline.markers_seen:
            if n in seen:
                self.problems.error(line, f"footnote marker {n} occurs twice (first on line "
                                    f"{seen[n]}); a note can be anchored only once",
                                    hint="renumber the markers and notes", code="note-twice")
            seen.setdefault(n, line)
        numbers = []
        for note in notes:
            if note.n in seen:
                note.anchored = True
            else:
                self.problems.warning(note.line, f"note [{note.n}] has no marker in the text; "
                                      "it was kept as an unanchored note at the end",
                                      hint=f"put the marker [{note.n}] where the note belongs",
                                      code="note-unanchored")
            if note.n in numbers:
                self.problems.error(note.line, f"there are two notes numbered {note.n}",
                                    hint="renumber the notes", code="note-twice")
            numbers.append(note.n)
        if numbers != sorted(numbers, key=int):
            self.problems.error(notes[0].line, "the notes at the end are not in numerical order; "
                                "the TEI places each note at its marker and keeps the notes' "
                                "order only as their numbers", code="note-order",
                                hint="put the notes at the end in the order 1, 2, 3 …")

    # ------------------------------------------------------------ body
    def _inline(self, raw: RawBlock, context: str = "text", skip: int = 0):
        text = "\n".join(raw.lines)[skip:]
        return self.inline.parse(text, raw.line, skip + 1, context)

    def _body(self, raws: list[RawBlock]) -> list[Block]:
        builder = _StructureBuilder()
        lettered_lists = lettered_list_runs(raws)
        closing = closing_run(raws, lettered_lists)
        in_preamble = True
        for index, raw in enumerate(raws):
            first = raw.lines[0]
            if builder.started and raw.gap >= 2:
                builder.close_all()
            if index >= closing:
                builder.close_all()
                kind = "signed" if index == closing else "trailer"
                builder.add(Paragraph(raw.line, raw.gap, self._inline(raw), kind=kind))
                continue
            if index in lettered_lists:
                match = LETTERED.match(first)
                item = Item(raw.line, raw.gap, match.group(2),
                            self._inline(raw, skip=match.end()), lead=match.group(1))
                builder.add_item("lettered", "", item)
                continue
            bullet = BULLET.match(first)
            if bullet and all(BULLET.match(line) for line in raw.lines):
                for offset, line in enumerate(raw.lines):
                    match = BULLET.match(line)
                    item = Item(raw.line + offset, raw.gap if offset == 0 else 0,
                                match.group(2) + " ",
                                self.inline.parse(line[match.end():], raw.line + offset,
                                                  match.end() + 1), lead=match.group(1))
                    builder.add_item("bulleted", match.group(2), item)
                continue
            if in_preamble and (HEADER_LINE.match(first) or HEADER_NUMBERED.match(first)):
                builder.add(Paragraph(raw.line, raw.gap, self._inline(raw), kind="header"))
                continue
            in_preamble = in_preamble and short_line(raw)
            numbered, lettered = NUMBERED.match(first), LETTERED.match(first)
            label_match = numbered or lettered
            if label_match:
                in_preamble = False
                paragraph = Paragraph(raw.line, raw.gap, self._inline(raw, skip=label_match.end()),
                                      label=label_match.group(2), lead=label_match.group(1))
                if is_heading(raw, label_match.end(), raws[index + 1:]):
                    paragraph.kind = "head"
                n = label_match.group(2).rstrip(").").split("[")[0].strip()
                builder.open_section(n, 1 if numbered else 2, paragraph)
                continue
            speaker = self._speaker(raw)
            if label_match or speaker is not None:
                in_preamble = False
            if speaker is not None:
                lead, name, label_end, end = speaker
                spk = Speaker(name, lead=lead, separator=first[label_end:end])
                spk.content = self.inline.parse(first[len(lead):label_end - 1], raw.line,
                                                len(lead) + 1)
                paragraph = Paragraph(raw.line, raw.gap, self._inline(raw, skip=end))
                builder.open_turn(spk, paragraph)
                continue
            builder.add(Paragraph(raw.line, raw.gap, self._inline(raw)))
        return builder.body

    def _speaker(self, raw: RawBlock):
        """(lead, name, end of the label, end of the spaces after it) or None."""
        first = raw.lines[0]
        match = BRACKET_SPEAKER.match(first)
        if not match:
            match = PLAIN_SPEAKER.match(first)
            if not match or HEADER_LINE.match(first.strip()):
                return None
        end = match.end()
        while end < len(first) and first[end] in " \t":
            end += 1
        return match.group(1), match.group(2), match.end(), end


class _StructureBuilder:
    """Nests blocks into numbered (level 1) and lettered (level 2) sections and
    speaker turns, and gathers consecutive list items into lists."""

    def __init__(self):
        self.body: list[Block] = []
        self.sections: list[Section] = []
        self.turn: Turn | None = None
        self.started = False

    def container(self) -> list[Block]:
        if self.turn is not None:
            return self.turn.blocks
        return self.sections[-1].blocks if self.sections else self.body

    def add(self, block: Block):
        self.started = True
        self.container().append(block)

    def add_item(self, kind: str, bullet: str, item: Item):
        self.started = True
        container = self.container()
        last = container[-1] if container else None
        if isinstance(last, ListBlock) and last.kind == kind and last.bullet == bullet:
            last.items.append(item)
        else:
            container.append(ListBlock(item.line, item.gap, kind, [item], bullet))

    def open_section(self, n: str, level: int, first: Paragraph):
        self.turn = None
        while self.sections and self.sections[-1].level >= level:
            self.sections.pop()
        section = Section(first.line, first.gap, n, level, [first])
        self.add(section)
        self.sections.append(section)

    def open_turn(self, speaker: Speaker, first: Paragraph):
        self.turn = None
        turn = Turn(first.line, first.gap, speaker, [first])
        self.add(turn)
        self.turn = turn

    def close_all(self):
        self.sections = []
        self.turn = None


def _same_title(first: RawBlock, second: RawBlock) -> bool:
    def norm(raw):
        text = re.sub(r"\[[^\]]*\]", "", " ".join(raw.lines))
        return " ".join(text.split()).lower()
    return norm(first) == norm(second) and norm(first) != ""


def _bracketed_markers(blocks, notes_raw, summary_raw) -> set[str]:
    """Numbers that have a [n] marker somewhere: a digit glued to a word (Tu2) is
    then not a second marker of the same note."""
    texts = ["\n".join(raw.lines) for raw in blocks]
    texts += ["\n".join(raw.lines)[len(n) + 2:] if i == 0 else "\n".join(raw.lines)
              for n, raws in notes_raw for i, raw in enumerate(raws)]
    if summary_raw is not None:
        texts.append("\n".join(summary_raw.lines))
    return {m.group(1) for text in texts for m in re.finditer(r"\[(\d{1,3})\]", text)}


def _first_note(blocks: list[RawBlock]) -> int | None:
    """Where the notes at the end begin (the summary already taken off): the
    first "[n] " block of the part of the text, after the last gap of two or
    more blank lines, that holds the last "[n] " block.  Blocks between and
    after the note lines are further paragraphs of the notes.  Block 0 is the
    title and never a note."""
    note_lines = [i for i in range(1, len(blocks)) if NOTE_LINE.match(blocks[i].lines[0])]
    if not note_lines:
        return None
    part = note_lines[-1]
    while part > 1 and blocks[part].gap < 2:
        part -= 1
    return next(i for i in note_lines if i >= part)
