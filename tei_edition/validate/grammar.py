"""What the RELAX NG grammar says about an element, read from the grammar itself.

libxml2 reports RELAX NG errors tersely ("Element p failed to validate
attributes", "Expecting an element , got nothing").  :class:`Grammar` reads
schemas/tei-edition.rng once and answers the questions a message needs: which
attributes an element requires and which values they take, which elements may
stand inside it, what its content looks like.  ``tei.py`` turns the answers into
messages; the grammar stays the single source of truth.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

RNG = "http://relaxng.org/ns/structure/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_CONTAINERS = {"group", "interleave", "mixed", "optional", "zeroOrMore", "oneOrMore", "choice"}
_OPTIONAL = {"optional", "zeroOrMore", "choice"}

# Lexical checks of the XML Schema datatypes the grammar uses (for explanations only;
# the verdict is libxml2's).
_DATATYPES = {
    "NCName": r"[^\W\d][\w.-]*",
    "language": r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*",
    "nonNegativeInteger": r"\+?[0-9]+",
    "anyURI": r"\S*",
}


@dataclass
class Attribute:
    name: str
    required: bool
    values: list[str] = field(default_factory=list)  # closed list, if any
    patterns: list[str] = field(default_factory=list)  # regular expressions, if any
    is_list: bool = False  # whitespace-separated tokens

    def accepts(self, value: str) -> bool:
        tokens = value.split() if self.is_list else [value]
        if self.is_list and not tokens:
            return False
        return all(self._accepts_token(token) for token in tokens)

    def _accepts_token(self, token: str) -> bool:
        if token in self.values:
            return True
        return any(re.fullmatch(pattern, token) for pattern in self.patterns)

    def describe(self) -> str:
        """'one of a, b, c' or 'matching PATTERN'."""
        parts = []
        if self.values:
            parts.append("one of " + ", ".join(self.values))
        if self.patterns and self.patterns != [r"\S*"]:
            parts.append("matching " + " or ".join(self.patterns))
        text = " or ".join(parts) or "a value"
        return ("tokens each " + text) if self.is_list else text


@dataclass
class Variant:
    """One definition of an element (an element may be defined per context)."""

    name: str
    node: etree._Element
    attributes: dict[str, Attribute] = field(default_factory=dict)
    children: list["Variant"] = field(default_factory=list)
    required_children: list[str] = field(default_factory=list)
    text: bool = False
    parents: list["Variant"] = field(default_factory=list)

    def child_names(self) -> list[str]:
        return sorted({child.name for child in self.children})

    def attribute_summary(self) -> str:
        parts = [f"@{a.name}" + ("" if a.required else "?") for a in self.attributes.values()]
        return ", ".join(parts) or "none"


class Grammar:
    def __init__(self, tree: etree._ElementTree):
        root = tree.getroot()
        self.defines = {d.get("name"): d for d in root.iter(f"{{{RNG}}}define")}
        self.variants: dict[str, list[Variant]] = {}
        self._by_node: dict[etree._Element, Variant] = {}
        for node in root.iter(f"{{{RNG}}}element"):
            variant = Variant(node.get("name"), node)
            self.variants.setdefault(variant.name, []).append(variant)
            self._by_node[node] = variant
        for variant in self._by_node.values():
            self._read(variant)
        for variant in self._by_node.values():
            for child in variant.children:
                child.parents.append(variant)

    # ------------------------------------------------------------ reading
    def _read(self, variant: Variant):
        for child in variant.node:
            self._walk(variant, child, required=True, seen=set())

    def _walk(self, variant: Variant, node, required: bool, seen: set):
        tag = etree.QName(node).localname if isinstance(node.tag, str) else None
        if tag == "element":
            child = self._by_node[node]
            if child not in variant.children:
                variant.children.append(child)
            if required and child.name not in variant.required_children:
                variant.required_children.append(child.name)
        elif tag == "attribute":
            attribute = self._attribute(node, required)
            variant.attributes.setdefault(attribute.name, attribute)
        elif tag in ("text", "data", "value", "list") or tag == "mixed":
            variant.text = True
            if tag == "mixed":
                for child in node:
                    self._walk(variant, child, False, seen)
        elif tag == "ref":
            name = node.get("name")
            if name not in seen:
                for child in self.defines[name]:
                    self._walk(variant, child, required, seen | {name})
        elif tag in _CONTAINERS:
            inner = required and tag not in _OPTIONAL
            for child in node:
                self._walk(variant, child, inner, seen)

    def _attribute(self, node, required: bool) -> Attribute:
        name = node.get("name")
        if name.startswith("xml:"):
            name = f"{{{XML_NS}}}{name[4:]}"
        attribute = Attribute(name, required)
        self._values(attribute, list(node), set())
        if not attribute.values and not attribute.patterns:
            attribute.patterns.append(r"[\s\S]*")
        return attribute

    def _values(self, attribute: Attribute, nodes, seen: set):
        for node in nodes:
            if not isinstance(node.tag, str):
                continue
            tag = etree.QName(node).localname
            if tag == "value":
                attribute.values.append(node.text or "")
            elif tag == "data":
                param = node.find(f"{{{RNG}}}param[@name='pattern']")
                if param is not None:
                    attribute.patterns.append(param.text)
                else:
                    attribute.patterns.append(_DATATYPES.get(node.get("type"), r"[\s\S]*"))
            elif tag == "list":
                attribute.is_list = True
                self._values(attribute, list(node), seen)
            elif tag == "ref" and node.get("name") not in seen:
                self._values(attribute, list(self.defines[node.get("name")]),
                             seen | {node.get("name")})
            elif tag in _CONTAINERS:
                self._values(attribute, list(node), seen)

    # ------------------------------------------------------------ questions
    def knows(self, name: str) -> bool:
        return name in self.variants

    def variant_for(self, element: etree._Element) -> Variant | None:
        """The definition that applies to ``element``, judged by its ancestors and
        then by how well its attributes fit."""
        name = local_name(element)
        candidates = self.variants.get(name, [])
        ancestors = tuple(local_name(a) for a in element.iterancestors())
        cache: dict = {}
        for depth in range(len(ancestors)):
            narrowed = [c for c in candidates if _has_ancestry(c, ancestors[:depth + 1], cache)]
            if not narrowed:
                break
            candidates = narrowed
            if len(candidates) == 1:
                break
        if not candidates:
            return None
        return min(candidates, key=lambda c: len(self.attribute_faults(element, c)))

    def attribute_faults(self, element, variant: Variant) -> list[tuple[str, str]]:
        """(kind, attribute) pairs: 'missing', 'unknown' or 'value'."""
        faults = []
        for name, attribute in variant.attributes.items():
            value = element.get(name)
            if value is None:
                if attribute.required:
                    faults.append(("missing", name))
            elif not attribute.accepts(value):
                faults.append(("value", name))
        for name in element.attrib:
            if name not in variant.attributes:
                faults.append(("unknown", name))
        return faults

    def allowed_inside(self, name: str) -> list[str]:
        """The elements that may contain an element called ``name``."""
        return sorted({p.name for v in self.variants.get(name, []) for p in v.parents})


def _has_ancestry(variant: Variant, ancestors: tuple, cache: dict) -> bool:
    """Whether ``variant`` can stand under the chain ``ancestors`` (nearest first)."""
    if not ancestors:
        return True
    key = (id(variant), ancestors)
    if key not in cache:
        cache[key] = False  # a cycle does not prove anything
        cache[key] = any(parent.name == ancestors[0] and
                         _has_ancestry(parent, ancestors[1:], cache)
                         for parent in variant.parents)
    return cache[key]


def local_name(element) -> str:
    return etree.QName(element).localname


def attribute_label(name: str) -> str:
    """'{http://www.w3.org/XML/1998/namespace}id' -> 'xml:id'."""
    return name.replace(f"{{{XML_NS}}}", "xml:")
