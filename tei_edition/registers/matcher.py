"""Finding register names in inline content.

Rules (documented in the TEI's editorialDecl):
- the longest form wins; forms match case-sensitively, also in capitals
  (``RAPACKI`` for ``Rapacki``), at word boundaries: ``Marxism-Leninism`` is
  not a mention of Marx or Lenin, ``Tito-Khrushchev`` is two mentions, and in
  ``Khrushchev’s`` the name is tagged without the possessive;
- a match may run across the translator's brackets:
  ``[Palmiro] Togliatti`` with the form ``Palmiro Togliatti``; a bracket in
  which a match begins is taken into the name whole;
- a bracket that ends in a capitalized word and stands right before a name is
  an identification of that name and goes inside it:
  ``<persName><supplied reason="identification">Soviet leader Nikita</supplied>
  Khrushchev</persName>``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Bibl, Inline, Name, Supplied, Text
from . import Register

BARRIER = "\x00"
CAPITALIZED_END = re.compile(r"(?:^|\s)(?!(?:The|A|An|In|On|At|Of|And|To|For|With|By|From|As|"
                             r"But|Or|That|This|These|Those|It|We|They|He|She)$)[A-Z][\w.’'-]*\.?$")
STARTS_CAPITALIZED = re.compile(r"^(\s+)[A-Z]")


@dataclass
class Matcher:
    register: Register
    forms: dict[str, str]  # form -> entity id
    pattern: re.Pattern | None

    @classmethod
    def build(cls, register: Register, extra_forms: dict[str, str] | None = None) -> "Matcher":
        forms = register.forms()
        forms.update(extra_forms or {})
        for form, entity_id in list(forms.items()):
            upper = form.upper()
            if upper != form and len(form) > 3 and upper not in forms:
                forms[upper] = entity_id
        if not forms:
            return cls(register, forms, None)
        alternatives = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
        return cls(register, forms, pattern)

    def tag(self, nodes: list[Inline]) -> list[Inline]:
        """New inline list with names wrapped in ``Name`` nodes."""
        if self.pattern is not None:
            nodes = _take_identifications(self._wrap_matches(nodes))
            self._tag_inside_brackets(nodes, enclosing=None)
            for node in nodes:
                if isinstance(node, Bibl):  # names in the title of a cited document
                    node.children = self.tag(node.children)
            return nodes
        return _take_identifications(nodes)

    def _tag_inside_brackets(self, nodes: list[Inline], enclosing: str | None):
        """Names within a bracket that is not itself a name: the place in
        ``[New Zealand trade unionist Victor George] Wilcox``.  A form of the
        enclosing name (``Josip Broz`` in Tito's identification) is not tagged."""
        for node in nodes:
            if isinstance(node, Name):
                self._tag_inside_brackets(node.children, node.ref)
            elif isinstance(node, Supplied) and all(isinstance(c, Text) for c in node.children):
                text = node.text
                found = [(s, e, ref) for s, e, ref in self.find(text) if ref != enclosing
                         and (s, e) != (0, len(text)) and ref in self.register.entries]
                if found:
                    node.children = _split_many(text, found, self.register)

    def find(self, text: str):
        """(start, end, entity id) of every mention in plain text."""
        if self.pattern is None:
            return []
        return [(m.start(), m.end(), self.forms[m.group(0)]) for m in self.pattern.finditer(text)]

    # ------------------------------------------------------------------
    def _wrap_matches(self, nodes: list[Inline]) -> list[Inline]:
        pieces, starts = [], []
        offset = 0
        for node in nodes:
            starts.append(offset)
            if isinstance(node, Text):
                piece = node.text
            elif isinstance(node, Supplied) and all(isinstance(c, Text) for c in node.children):
                piece = node.text
            else:
                piece = BARRIER
            pieces.append(piece)
            offset += len(piece)
        flat = "".join(pieces)
        result: list[Inline] = []
        cursor = (0, 0)  # (node index, offset inside it) not yet copied
        for match in self.pattern.finditer(flat):
            entity = self.register.get(self.forms[match.group(0)])
            if entity is None:
                continue
            first, first_off = _locate(starts, match.start())
            last, last_off = _locate(starts, match.end() - 1)
            last_off += 1
            if (first, 0) < cursor and cursor[0] > first:
                continue
            if isinstance(nodes[last], Supplied) and last_off < len(pieces[last]):
                continue  # ends inside a bracket: names within brackets come in a second pass
            if first == last and isinstance(nodes[first], Supplied) and first_off > 0:
                continue
            if isinstance(nodes[first], Supplied):
                first_off = 0
            result += _copy(nodes, pieces, cursor, (first, first_off))
            inside = _copy(nodes, pieces, (first, first_off), (last, last_off))
            result.append(Name(entity.kind, entity.id, inside))
            cursor = (last, last_off)
        result += _copy(nodes, pieces, cursor, (len(nodes), 0))
        return result


def _locate(starts: list[int], position: int) -> tuple[int, int]:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= position:
            lo = mid
        else:
            hi = mid - 1
    return lo, position - starts[lo]


def _copy(nodes, pieces, start, end) -> list[Inline]:
    """Nodes from (index, offset) up to (index, offset), splitting Text nodes."""
    out: list[Inline] = []
    index, offset = start
    while (index, offset) < end and index < len(nodes):
        node = nodes[index]
        stop = end[1] if index == end[0] else len(pieces[index])
        if isinstance(node, Text):
            if stop > offset:
                out.append(Text(node.text[offset:stop]))
        elif offset == 0 and stop > 0:
            out.append(node)
        index, offset = index + 1, 0
    return out


def _split_many(text, found, register) -> list[Inline]:
    out: list[Inline] = []
    position = 0
    for start, end, ref in found:
        if start > position:
            out.append(Text(text[position:start]))
        entity = register.get(ref)
        out.append(Name(entity.kind, entity.id, [Text(text[start:end])]))
        position = end
    if position < len(text):
        out.append(Text(text[position:]))
    return out


def _take_identifications(nodes: list[Inline]) -> list[Inline]:
    """``[Soviet leader Nikita] Khrushchev``: move a bracket that ends in a
    capitalized word into the name right after it."""
    out: list[Inline] = []
    index = 0
    while index < len(nodes):
        node = nodes[index]
        if (isinstance(node, Supplied) and node.reason == "omitted" and node.cert is None
                and CAPITALIZED_END.search(node.text) and index + 1 < len(nodes)):
            following = nodes[index + 1]
            if (isinstance(following, Text) and following.text.strip() == ""
                    and index + 2 < len(nodes) and isinstance(nodes[index + 2], Name)):
                name = nodes[index + 2]
                node.reason = "identification"
                out.append(Name(name.kind, name.ref, [node, following] + name.children))
                index += 3
                continue
            if isinstance(following, Text) and STARTS_CAPITALIZED.match(following.text):
                node.reason = "identification"  # before a name not (yet) registered
        if isinstance(node, Name):
            first = node.children[0] if node.children else None
            if isinstance(first, Supplied) and CAPITALIZED_END.search(first.text) and \
                    len(node.children) > 1 and first.reason == "omitted":
                first.reason = "identification"
        out.append(node)
        index += 1
    return out
