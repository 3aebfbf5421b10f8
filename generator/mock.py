"""The document the generated tests hand to Prism: the spec itself, or, when Prism could not
start on it in reasonable time, the spec with its references inlined and cut.

Prism 5.16 dereferences the whole document (json-schema-ref-parser) and then "decycles" it
(@stoplight/json): a schema met again on the same path becomes a ``$ref``, but a schema
reached by two paths is copied once for each, all before it listens. The copies grow with
the number of paths through the reference graph. Measured on two cores (objects and arrays
after expansion, seconds until Prism listens): box 0.12 M, 6 s; Discord 0.79 M, 12 s; 5
Payload collections whose relationships are ids or the related documents 0.30 M, 5 s; 8 of
them 4.1 M, 99 s; 12 over 20 M, not listening after 2 minutes.

Within ``BUDGET`` objects and arrays, Prism gets the spec as it is. Over it, it gets what it
would build itself, with the expansion stopped where it would explode: every reference
inlined to the deepest reference depth that stays within ``CUT_BUDGET``, and a schema met
again on its own path, or deeper, replaced by a stand-in: its type, and an example value it accepts (Prism
answers with the example; requests are checked as deep as the schemas are inlined). The
components are left out, since every use is inlined, except the security schemes, which
Prism checks credentials with.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from .load import resolve_pointer, segments_of
from .model.examples import example_for

BUDGET = 500_000  # objects and arrays Prism expands: 5 to 10 s to start on this machine
# A cut document is written out, inlined: a fifth of that keeps it to a few megabytes.
CUT_BUDGET = 100_000
MAX_DEPTH = 8  # references followed on one path, at most, in a cut document
NOTE = (
    "sdkgen cut this copy of the spec for the Prism mock server: it would copy its schemas"
    " once for every path that reaches them, which for this spec makes more than {budget}"
    " objects; every $ref is inlined, at most {depth} deep, and the schemas below are"
    " stand-ins (their type and an example)."
)


def prism_document(document: dict[str, Any]) -> dict[str, Any]:
    inliner = _Inliner(document)
    if inliner.fits(document, BUDGET):
        return document
    sections = {key: document[key] for key in ("paths", "webhooks") if isinstance(document.get(key), dict)}
    roots = [item for items in sections.values() for item in items.values()]
    depth = MAX_DEPTH
    while depth > 0 and sum(inliner.size(root, depth) for root in roots) > CUT_BUDGET:
        depth -= 1
    cut: dict[str, Any] = {"x-sdkgen-mock": NOTE.format(budget=BUDGET, depth=depth)}
    cut.update((key, value) for key, value in document.items() if key not in ("components", *sections))
    for section, items in sections.items():
        cut[section] = {name: inliner.inline(item, depth, ()) for name, item in items.items()}
    components = document.get("components")
    if isinstance(components, dict) and "securitySchemes" in components:
        cut["components"] = {"securitySchemes": components["securitySchemes"]}
    return cut


def _local_target(node: Any) -> str | None:
    """The pointer of a local ``{"$ref": "#/..."}``; None for anything else."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            return unquote(ref[1:])
    return None


class _TooLarge(Exception):
    pass


class _Inliner:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.sizes: dict[tuple[str, int], int] = {}
        self.composites: dict[str, bool] = {}

    def resolve(self, pointer: str) -> Any:
        try:
            return resolve_pointer(self.document, segments_of(pointer))
        except LookupError:
            return None  # dangling: refused by validation before any test is written

    def follow(self, node: Any) -> Any:
        pointer = _local_target(node)
        return node if pointer is None else self.resolve(pointer)

    def composite(self, pointer: str) -> bool:
        """Whether the node at pointer has references of its own: only those are ever cut."""
        if pointer not in self.composites:
            self.composites[pointer] = _has_refs(self.resolve(pointer))
        return self.composites[pointer]

    def fits(self, document: dict[str, Any], budget: int) -> bool:
        """Whether Prism's own expansion of document (cycles cut where they close) stays
        within budget objects and arrays; stops counting as soon as it does not."""
        left = budget
        path: set[str] = set()

        def walk(node: Any) -> None:
            nonlocal left
            left -= 1
            if left < 0:
                raise _TooLarge
            values = node.values() if isinstance(node, dict) else node
            pointer = _local_target(node)
            if pointer is not None:
                if pointer in path:
                    return
                path.add(pointer)
                target = self.resolve(pointer)
                if isinstance(target, (dict, list)):
                    walk(target)
                path.discard(pointer)
                return
            for value in values:
                if isinstance(value, (dict, list)):
                    walk(value)

        try:
            walk(document)
        except (_TooLarge, RecursionError):  # a chain too long to follow is too large too
            return False
        return True

    def size(self, node: Any, depth: int) -> int:
        """Objects and arrays that inlining node to depth makes (cycles counted as if not cut: a bound).
        Each reference followed lowers the depth, so this ends; memoized, it is quick."""
        pointer = _local_target(node)
        if pointer is not None:
            if not self.composite(pointer):
                return _count(self.resolve(pointer))
            if depth == 0:
                return 1  # a stand-in
            key = (pointer, depth)
            if key not in self.sizes:
                self.sizes[key] = self.size(self.resolve(pointer), depth - 1)
            return self.sizes[key]
        if isinstance(node, dict):
            return 1 + sum(self.size(value, depth) for value in node.values())
        if isinstance(node, list):
            return 1 + sum(self.size(value, depth) for value in node)
        return 0

    def inline(self, node: Any, depth: int, path: tuple[str, ...]) -> Any:
        pointer = _local_target(node)
        if pointer is not None:
            target = self.resolve(pointer)
            if not isinstance(target, dict):
                return target
            siblings = {key: value for key, value in node.items() if key != "$ref"}
            if self.composite(pointer):
                if depth == 0 or pointer in path:
                    return {**self.stand_in(target), **siblings}
                target = self.inline(target, depth - 1, (*path, pointer))
            # A $ref's siblings override the target's keywords, as json-schema-ref-parser merges them.
            return {**target, **self.inline(siblings, depth, path)}
        if isinstance(node, dict):
            return {key: self.inline(value, depth, path) for key, value in node.items()}
        if isinstance(node, list):
            return [self.inline(value, depth, path) for value in node]
        return node

    def stand_in(self, schema: dict[str, Any]) -> dict[str, Any]:
        """What a cut schema becomes: any value of its type, sampled as one it accepts."""
        value = example_for(schema, self.follow)
        stand_in: dict[str, Any] = {"example": value}
        declared = schema.get("type")
        if declared is not None:
            stand_in["type"] = declared
            if schema.get("nullable") is True:
                stand_in["nullable"] = True
        elif isinstance(value, dict):
            # Typed, so that it cannot match every branch of a oneOf that also offers an id.
            stand_in["type"] = "object"
        elif isinstance(value, list):
            stand_in["type"] = "array"
        return stand_in


def _has_refs(node: Any) -> bool:
    if _local_target(node) is not None:
        return True
    if isinstance(node, dict):
        return any(_has_refs(value) for value in node.values())
    if isinstance(node, list):
        return any(_has_refs(value) for value in node)
    return False


def _count(node: Any) -> int:
    """Objects and arrays in node."""
    if isinstance(node, dict):
        return 1 + sum(_count(value) for value in node.values())
    if isinstance(node, list):
        return 1 + sum(_count(value) for value in node)
    return 0
