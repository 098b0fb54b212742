"""Names in a source: the registered mentions (per entity, with counts and
lines) and the words that look like names but match no register entry."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..convert import Edition, find_edition_root, tag_document
from ..metadata import load_source_metadata
from ..model import (Bibl, Document, Inline, ListBlock, Name, NoteRef, Paragraph, Section,
                     Supplied, Text, Turn, source_text)
from ..problems import Problem, Problems, has_errors
from ..readers import read
from .matcher import Matcher

# a run of capitalized words (diacritics, capitals, hyphens and initials
# included), joined by "of", "of the", "and" inside organization names
WORD = r"[A-Z\u00C0-\u00DE\u0100-\u017F][\w’'.\u00C0-\u017F-]*"
CANDIDATE = re.compile(rf"(?<![\w’'-]){WORD}(?:(?:\s+(?:of|of the|de|da|von|van))?\s+{WORD})*")
SENTENCE_START = re.compile(r"(^|[.!?:;—–(\[“\"]|\n)\s*$")
NOT_NAMES = {
    # function words and titles that start sentences or precede names
    "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "We", "Our", "Ours", "You",
    "Your", "He", "His", "She", "Her", "They", "Their", "I", "In", "On", "At", "As", "By", "For",
    "From", "With", "Without", "To", "Of", "And", "But", "Or", "If", "When", "Where", "Why", "How",
    "What", "Which", "Who", "So", "Thus", "Therefore", "Also", "Already", "Both", "Each", "Every",
    "All", "Any", "Some", "No", "Not", "Even", "Just", "Similarly", "Specifically", "Recently",
    "Comrade", "Comrades", "Mr", "Mrs", "Ambassador", "Minister", "Premier", "President",
    "Chairman", "Secretary", "General", "Translator’s", "Editor’s", "Note", "Excerpt", "Party",
    "Pope", "Legal", "Considering", "Keeping", "Viewing", "Having", "Together", "Such",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday",
}
# nationality and language adjectives are not names (editorialDecl)
ADJECTIVE = re.compile(r"(?:ian|ians|ese|ish|ic|ics|ist|ists|ism|ean|eans|ans)$|^(?:Soviet|Soviets|"
                       r"Greek|Greeks|French|Dutch|Thai|Swiss|English|German|Germans|Cuban|"
                       r"Cubans|Czech|Czechs|Slovak|Serb|Serbs|Croat|Croats|Turk|Turks|Arab|"
                       r"Arabs|Pole|Poles|Sino|Yugoslav|Yugoslavs|Asian|African|Vietnamese)$")


@dataclass
class EntityCount:
    id: str
    kind: str
    name: str
    count: int = 0
    lines: list[int] = field(default_factory=list)


@dataclass
class Candidate:
    text: str
    line: int
    context: str


@dataclass
class EntitiesReport:
    file: str
    entities: list[EntityCount]
    unregistered: list[Candidate]
    problems: list[Problem]

    def as_dict(self) -> dict:
        return {"file": self.file,
                "entities": [vars(e) for e in self.entities],
                "unregistered": [vars(c) for c in self.unregistered],
                "problems": [p.as_dict() for p in self.problems]}


def entities_report(source: Path, edition: Edition | None = None) -> EntitiesReport:
    edition = edition or Edition.load(find_edition_root(source))
    problems = Problems(str(source))
    metadata, meta_problems = load_source_metadata(source)
    problems.extend(meta_problems)
    document, read_problems = read(source)
    problems.extend(read_problems)
    if document is None or has_errors(problems.items):
        return EntitiesReport(str(source), [], [], edition.problems + problems.items)
    matcher = Matcher.build(edition.register, (metadata or {}).get("entity_forms"))
    tag_document(document, matcher, Problems(str(source)))
    counts: dict[str, EntityCount] = {}
    candidates: list[Candidate] = []
    for line, nodes in _inline_runs(document):
        in_title, line = line < 0, abs(line)
        for name in _names(nodes):
            entry = edition.register.get(name.ref)
            count = counts.setdefault(name.ref, EntityCount(name.ref, entry.kind, entry.name))
            count.count += 1
            if line not in count.lines:
                count.lines.append(line)
        found = _unregistered(nodes, line)
        # in a title every word is capitalized: only runs of two words or more count
        candidates += [c for c in found if not in_title or " " in c.text]
    ordered = sorted(counts.values(), key=lambda e: (e.kind, -e.count, e.id))
    return EntitiesReport(str(source), ordered, candidates, edition.problems + problems.items)


def _inline_runs(document: Document):
    """(line, inline nodes) for every block of the document."""
    for title in document.titles:
        yield -title.line, title.content  # negative: a title (title case)
    yield from _block_runs(document.body)
    for note in document.notes:
        for index, paragraph in enumerate(note.paragraphs):
            yield (note.lines[index] if index < len(note.lines) else note.line), paragraph
    if document.summary is not None:
        yield document.summary.line, document.summary.content


def _block_runs(blocks):
    for block in blocks:
        if isinstance(block, Turn):
            yield block.line, block.speaker.content
            yield from _block_runs(block.blocks)
        elif isinstance(block, Section):
            yield from _block_runs(block.blocks)
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield item.line, item.content
        elif isinstance(block, Paragraph):
            yield block.line, block.content


def _names(nodes: list[Inline]):
    for node in nodes:
        if isinstance(node, Name):
            yield node
            yield from _names(node.children)
        elif isinstance(node, (Supplied, Bibl)):
            yield from _names(node.children)


def _masked_text(nodes: list[Inline]) -> str:
    """The block's text with tagged names blanked out (same length)."""
    out = []
    for node in nodes:
        if isinstance(node, Name):
            inner = source_text(node.children)
            out.append(" " * len(inner))
        elif isinstance(node, Supplied):
            out.append("[" + _masked_text(node.children) + ("?" if node.cert else "") + "]")
        elif isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, Bibl):
            out.append(_masked_text(node.children))
        elif isinstance(node, NoteRef):
            out.append(" " * len(source_text([node])))
        else:
            out.append(source_text([node]))
    return "".join(out)


def _not_a_name(word: str) -> bool:
    """A function word, a title, or an adjective (also hyphenated: Sino-Soviet,
    Bulgarian-language)."""
    word = word.strip("’'.,")
    if word in NOT_NAMES:
        return True
    first = word.split("-")[0]
    return bool(ADJECTIVE.search(first) or (first != word and ADJECTIVE.search(word)))


def _unregistered(nodes: list[Inline], line: int) -> list[Candidate]:
    text = _masked_text(nodes)
    found = []
    for match in CANDIDATE.finditer(text):
        offset = match.start()
        for words in _split_sentences(match.group(0).split()):
            candidate = _trim(words)
            if candidate:
                start = text.find(candidate[0], offset)
                offset = start + 1
                found += _candidate(text, candidate, start, line)
    return found


def _split_sentences(words: list[str]):
    """'Cuba. The United States' is two runs: a word ending in a full stop
    (not an initial like 'D.') ends a run."""
    run: list[str] = []
    for word in words:
        run.append(word)
        if word.endswith(".") and len(word.rstrip(".")) > 1:
            yield run
            run = []
    if run:
        yield run


def _trim(words: list[str]) -> list[str]:
    """Drop titles and function words at the edges, and an adjective that only
    qualifies a title ('Chinese Ambassador'), not a name ('Soviet Union')."""
    def droppable(index: int, neighbour: int) -> bool:
        word = words[index].strip("’'.,")
        if word in NOT_NAMES or word in {"of", "the", "de"}:
            return True
        lone = not (0 <= neighbour < len(words)) or words[neighbour].strip("’'.,") in NOT_NAMES
        return _not_a_name(word) and lone
    changed = True
    while words and changed:
        changed = False
        if words and droppable(0, 1):
            words = words[1:]
            changed = True
        if words and droppable(len(words) - 1, len(words) - 2):
            words = words[:-1]
            changed = True
    return words


def _candidate(text: str, words: list[str], start: int, line: int) -> list[Candidate]:
    phrase = " ".join(words).rstrip("’'.,-")
    if phrase.endswith("’s"):
        phrase = phrase[:-2]
    if len(words) == 1 and SENTENCE_START.search(text[:start]):
        return []  # a capital at the start of a sentence says nothing
    if len(phrase) < 2 or phrase.isdigit():
        return []
    here = line + text.count("\n", 0, start)
    context = " ".join(text[max(0, start - 40): start + len(phrase) + 40].split())
    return [Candidate(phrase, here, context)]
