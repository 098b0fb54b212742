"""RELAX NG errors (libxml2, via lxml) as problems that say what is wrong and how
to fix it: each names the element, the attribute or value at fault, and what the
grammar expects there, read from the grammar itself (:mod:`.grammar`)."""
from __future__ import annotations

import re

from lxml import etree

from ..problems import ERROR, Problem
from .grammar import Grammar, attribute_label, local_name

TEI_NS = "http://www.tei-c.org/ns/1.0"
SEE = "see docs/validation.md"

# How to satisfy the requirements an editor meets most often.
ATTRIBUTE_HINTS = {
    ("persName", "ref"): 'a name in the text points at its register entry: ref="#id" with the '
                         "id of registers/persons.json",
    ("orgName", "ref"): 'a name in the text points at its register entry: ref="#id" with the '
                        "id of registers/organizations.json",
    ("placeName", "ref"): 'a name in the text points at its register entry: ref="#id" with the '
                          "id of registers/places.json",
    ("rs", "ref"): 'a referring string points at its register entry: ref="#id"',
    ("p", "xml:id"): 'every paragraph of the text has a stable xml:id and @n for citation: '
                     'xml:id="p12" n="12", numbered in reading order',
    ("p", "n"): 'every paragraph of the text has a stable xml:id and @n for citation: '
                'xml:id="p12" n="12", numbered in reading order',
    ("note", "n"): 'a note of the text has its number: n="1" for the first note',
    ("note", "type"): 'say whose note it is: type="translator", "editor" or "author"',
    ("hi", "rend"): 'say how the words are highlighted, e.g. rend="italic"',
    ("foreign", "xml:lang"): 'say which language, e.g. xml:lang="sq"',
}
WHEN_HINT = 'the ISO form of the date: when="1963-07-06" (or "1963-07", "1963")'


def rng_problems(validator: etree.RelaxNG, grammar: Grammar, tree, display: str) -> list[Problem]:
    """The validator's errors for ``tree`` explained; one problem per fault."""
    if validator.validate(tree):
        return []
    problems: list[Problem] = []
    generic: list[Problem] = []
    seen: set[tuple] = set()
    for entry, element in _located(validator.error_log, tree, grammar):
        for problem in explain(entry, element, grammar, display):
            key = (problem.line, problem.message)
            if key in seen or (problem.code == "rng-element" and
                               any(k[0] == problem.line for k in seen)):
                continue
            seen.add(key)
            (generic if problem.code == "rng-content" else problems).append(problem)
    return problems or generic


def _located(log, tree, grammar: Grammar):
    """(entry, element) pairs.  libxml2's path may point at a child of the element
    the message is about; an entry without a path (an attribute error inside a
    choice) is located by looking for the elements of that name whose attributes
    the grammar rejects."""
    located, unlocated = [], []
    for entry in log:
        name = _subject_name(entry.message)
        if entry.path:
            located.append((entry, _named(_element(tree, entry.path), name)))
        elif name and "failed to validate attributes" in entry.message:
            unlocated.append(name)
    named = {local_name(e) for _, e in located if e is not None}
    for name in dict.fromkeys(unlocated):
        if name in named:
            continue
        for element in tree.getroot().iter(f"{{{TEI_NS}}}{name}"):
            variant = grammar.variant_for(element)
            if variant is not None and grammar.attribute_faults(element, variant):
                located.append((_Entry("RELAXNG_ERR_ATTRVALID", element.sourceline,
                                       f"Element {name} failed to validate attributes"),
                                element))
    return located


class _Entry:
    def __init__(self, type_name: str, line: int | None, message: str):
        self.type_name, self.line, self.message = type_name, line, message


def _subject_name(message: str) -> str | None:
    match = re.search(r"(?:^Element |for element |in element |^Did not expect element )"
                      r"([\w.-]+)", message)
    return match.group(1) if match else None


def _named(element, name: str | None):
    """``element`` or its nearest ancestor (then descendant) called ``name``."""
    if element is None or name is None or local_name(element) == name:
        return element
    for other in list(element.iterancestors()) + list(element.iterdescendants()):
        if isinstance(other.tag, str) and local_name(other) == name:
            return other
    return element


def _element(tree, path: str):
    try:
        found = tree.xpath(path)
    except etree.XPathError:
        return None
    return found[0] if found and isinstance(found[0], etree._Element) else None


def explain(entry, element, grammar: Grammar, display: str) -> list[Problem]:
    line = element.sourceline if element is not None else (entry.line or None)

    def problem(message, hint=None, code="rng"):
        return Problem(ERROR, display, line, message, hint, column=None, code=code)

    kind = entry.type_name
    if element is None:
        return [problem(f"{entry.message} (RELAX NG)", SEE)]
    name = local_name(element)
    if kind in ("RELAXNG_ERR_ELEMWRONG", "RELAXNG_ERR_EXTRACONTENT", "RELAXNG_ERR_ELEMNAME"):
        return [problem(*_unexpected(_offender(entry.message, element), grammar),
                        code="rng-element")]
    if kind == "RELAXNG_ERR_NOELEM":
        return [problem(*_incomplete(element, grammar), code="rng-missing")]
    if kind in ("RELAXNG_ERR_ATTRVALID", "RELAXNG_ERR_INVALIDATTR"):
        only = _attribute_in(entry.message) if kind == "RELAXNG_ERR_INVALIDATTR" else None
        return [problem(message, hint, code="rng-attribute")
                for message, hint in _attributes(element, grammar, only)]
    if kind == "RELAXNG_ERR_TEXTWRONG":
        variant = grammar.variant_for(element)
        inside = ", ".join(f"<{c}>" for c in variant.child_names()) if variant else ""
        hint = (f"<{name}> is empty: write <{name}/>" if variant and not variant.children
                else f"put the text into one of: {inside}")
        return [problem(f"<{name}> holds text, which is not allowed directly inside it", hint,
                        code="rng-text")]
    if kind == "RELAXNG_ERR_ELEMWRONGNS":
        return [problem(f"<{name}> is not in the TEI namespace "
                        f"({etree.QName(element).namespace or 'no namespace'})",
                        f"TEI elements are in {TEI_NS}: remove the xmlns that changes it",
                        code="rng-namespace")]
    if kind == "RELAXNG_ERR_CONTENTVALID":
        return [problem(f"the content of <{name}> does not match tei-edition's grammar",
                        _content_hint(element, grammar), code="rng-content")]
    return [problem(f"<{name}>: {entry.message} (RELAX NG)", SEE)]


def _offender(message: str, element):
    """The element a message is about ('Element place has extra content: idno'
    may point at the parent)."""
    match = re.search(r"(?:extra content: |got )(\S+)$", message)
    if match and local_name(element) != match.group(1):
        for child in element:
            if isinstance(child.tag, str) and local_name(child) == match.group(1):
                return child
    return element


def _unexpected(element, grammar: Grammar) -> tuple[str, str]:
    name = local_name(element)
    parent = element.getparent()
    where = f"<{local_name(parent)}>" if parent is not None else "the document"
    parent_variant = grammar.variant_for(parent) if parent is not None else None
    allowed = parent_variant.child_names() if parent_variant else []
    listing = ", ".join(f"<{c}>" for c in allowed) or "no elements"
    if etree.QName(element).namespace != TEI_NS:
        return (f"<{name}> is not in the TEI namespace",
                f"TEI elements are in {TEI_NS}: remove the xmlns or prefix that changes it")
    if not grammar.knows(name):
        return (f"<{name}> is not an element of tei-edition's TEI",
                f"inside {where} the grammar allows {listing} ({SEE})")
    if name in allowed:
        return (f"<{name}> is not allowed at this place in {where}",
                f"{where} may hold <{name}>, but not here: check the order of its elements "
                f"({_content_hint(parent, grammar)})")
    homes = ", ".join(f"<{h}>" for h in grammar.allowed_inside(name))
    return (f"<{name}> is not allowed inside {where}",
            f"<{name}> may stand in {homes}; inside {where} the grammar allows {listing}")


def _incomplete(element, grammar: Grammar) -> tuple[str, str]:
    name = local_name(element)
    variant = grammar.variant_for(element)
    present = {local_name(c) for c in element if isinstance(c.tag, str)}
    missing = [c for c in (variant.required_children if variant else []) if c not in present]
    if missing:
        needed = ", ".join(f"<{m}>" for m in missing)
        return (f"<{name}> has no {needed}", f"add {needed} to <{name}> "
                f"({_content_hint(element, grammar)})")
    return (f"<{name}> is incomplete: an element is missing",
            _content_hint(element, grammar))


def _content_hint(element, grammar: Grammar) -> str:
    variant = grammar.variant_for(element)
    if variant is None:
        return SEE
    name = local_name(element)
    required = ", ".join(f"<{c}>" for c in variant.required_children)
    optional = ", ".join(f"<{c}>" for c in variant.child_names()
                         if c not in variant.required_children)
    if variant.text:
        optional = f"{optional} and text" if optional else "text"
    if required:
        return f"<{name}> must contain {required}" + (f", and may contain {optional}"
                                                      if optional else "")
    return f"<{name}> may contain {optional or 'no elements'}"


def _attribute_in(message: str) -> str | None:
    match = re.match(r"Invalid attribute (\S+) for element", message)
    if not match:
        return None
    name = match.group(1)
    return "{http://www.w3.org/XML/1998/namespace}" + name[4:] if name.startswith("xml:") \
        else name


def _attributes(element, grammar: Grammar, only: str | None) -> list[tuple[str, str]]:
    name = local_name(element)
    variant = grammar.variant_for(element)
    if variant is None:
        return [(f"<{name}> is not an element of tei-edition's TEI", SEE)]
    faults = grammar.attribute_faults(element, variant)
    if only is not None and any(attr == only for _, attr in faults):
        faults = [f for f in faults if f[1] == only]
    summary = variant.attribute_summary().replace(
        "{http://www.w3.org/XML/1998/namespace}", "xml:")
    results = []
    for kind, attr in faults:
        label = attribute_label(attr)
        spec = variant.attributes.get(attr)
        if kind == "missing":
            hint = WHEN_HINT if label == "when" else ATTRIBUTE_HINTS.get(
                (name, label), f"add @{label}: {spec.describe()}")
            results.append((f"<{name}> has no @{label}", hint))
        elif kind == "value":
            hint = WHEN_HINT if label in ("when", "from", "to") else f"@{label} is {spec.describe()}"
            results.append((f'<{name}> @{label}="{element.get(attr)}" is not allowed', hint))
        else:
            results.append((f"<{name}> may not have @{label} here",
                            f"the attributes of <{name}> here: {summary}"))
    return results or [(f"<{name}> has attributes that tei-edition's grammar does not accept "
                        "here", f"the attributes of <{name}> here: {summary}")]
