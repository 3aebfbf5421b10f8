"""The loaded spec as the model's builders read it: by JSON pointer, ``$ref`` followed, with
the problems and notes they find collected in one place."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from ..diagnostics import Diagnostic, SpecError
from ..load import LoadedSpec, escape_segment, resolve_pointer, segments_of

_COMPONENT_SCHEMA = re.compile(r"^/components/schemas/([^/]+)$")
# A chain of references longer than this is taken for a loop the loader did not see.
MAX_REF_CHAIN = 64


def join(pointer: str, *segments: str | int) -> str:
    """``join("/paths", "/a/{id}", "get")`` -> ``/paths/~1a~1{id}/get``."""
    return pointer + "".join("/" + escape_segment(str(s)) for s in segments)


def ref_pointer(ref: str) -> str:
    """``#/components/schemas/A%20B`` -> ``/components/schemas/A B`` (still ~-escaped)."""
    return unquote(ref[1:])


def is_component_schema(pointer: str) -> bool:
    """Whether the pointer names a schema of ``components/schemas`` itself."""
    return _COMPONENT_SCHEMA.match(pointer) is not None


class Document:
    """The spec's document, read by pointer; what is wrong with it is collected in
    ``problems`` (raised together at the end), what is passed over in ``notes``."""

    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.root = spec.document
        self.problems: list[Diagnostic] = []
        self.notes: list[str] = []
        # Why a value is invalid for a schema of this document, or None (spec examples).
        # Imported here: examples reads the schemas module, which reads this one.
        from .examples import acceptor

        self.invalid = acceptor(self.root)

    def at(self, pointer: str) -> Any:
        """The node at ``pointer``; raises LookupError when there is none."""
        return resolve_pointer(self.root, segments_of(pointer))

    def deref(self, node: Any, pointer: str, *, objects_only: bool = True) -> tuple[Any, str]:
        """Follow ``$ref`` chains; returns the target and its pointer.

        Parameters, responses, bodies and path items are objects, so a reference to
        anything else is the spec's mistake, reported where the reference stands; only a
        schema may also be a boolean (``objects_only=False``).
        """
        seen, origin = 0, pointer
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            pointer = ref_pointer(node["$ref"])
            node = self.at(pointer)
            seen += 1
            if seen > MAX_REF_CHAIN:
                raise SpecError([self.spec.diagnostic(pointer, "$ref chain too long")])
        if seen and objects_only and not isinstance(node, dict):
            raise SpecError([self.spec.diagnostic(origin, f"$ref must point at an object, not at {pointer}")])
        return node, pointer

    def resolve(self, node: Any) -> Any:
        """The node, or what its ``$ref`` chain ends at."""
        return self.deref(node, "", objects_only=False)[0]

    def read_only(self, node: Any) -> bool:
        """Whether a schema is ``readOnly``, on itself (or an ``allOf`` part that only annotates
        it) or anywhere along its ``$ref`` chain: 3.1 allows keywords beside a ``$ref``
        (``{$ref: Id, readOnly: true}``), and a 3.0 document that writes one means the same."""
        for _ in range(MAX_REF_CHAIN + 1):
            if not isinstance(node, dict):
                return False
            if says(node, "readOnly"):
                return True
            if not isinstance(node.get("$ref"), str):
                return False
            node = self.at(ref_pointer(node["$ref"]))
        return False

    def problem(self, pointer: str, message: str) -> None:
        """Records a mistake of the spec at ``pointer``; the build fails with all of them."""
        self.problems.append(self.spec.diagnostic(pointer, message))


# Keys that say something of a schema without constraining its values. An allOf part of
# nothing else adds no structure: it is how a 3.0 document describes a $ref, whose sibling keys
# 3.0 ignores (``allOf: [{$ref: User}, {description: The owner.}]`` is a User). ``nullable``
# is among them: 3.0.3 gives it no effect without a ``type`` beside it, and a part
# ``{nullable: true}`` is read as the document's authors mean it, the whole admitting null.
_ANNOTATION_KEYS = frozenset(
    {"description", "title", "default", "example", "examples", "deprecated", "readOnly",
     "writeOnly", "nullable", "externalDocs", "$comment"}
)


def annotates_only(part: Any) -> bool:
    """Whether an ``allOf`` part only annotates the schema (no key of it constrains values)."""
    return isinstance(part, dict) and all(key in _ANNOTATION_KEYS or str(key).startswith("x-") for key in part)


def annotating_parts(schema: Any) -> list[dict[str, Any]]:
    """Schema itself, then the ``allOf`` parts that only annotate it."""
    if not isinstance(schema, dict):
        return []
    return [schema, *(part for part in schema.get("allOf") or () if annotates_only(part))]


def says(schema: Any, flag: str) -> bool:
    """Whether the schema, or an ``allOf`` part that only annotates it, sets ``flag`` to true."""
    return any(part.get(flag) is True for part in annotating_parts(schema))
