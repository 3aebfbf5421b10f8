"""Bundling: one document from a spec split over files, every ``$ref`` made local.

What a node is (a schema, a parameter, an example's value ...) decides which of its
``$ref`` keys are references; a ``$ref`` to another file is hoisted into the root
document's ``components`` (a path item is copied in: OpenAPI 3.0 has no
``components/pathItems``). Only files inside the spec's folder are read.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote

from .diagnostics import Diagnostic, SpecError
from .load import (
    HTTP_METHODS,
    MAX_DEPTH,
    Segments,
    Source,
    Unreadable,
    pointer_of,
    read_source,
    resolve_pointer,
    scalar_problem,
    segments_of,
    text_problem,
)

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:|^//")
_COMPONENT_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

# What a node is, by where it stands: decides which children are walked as what, which
# ``$ref`` keys are references (not data, as in an example), and where a hoisted ref goes.
_OPAQUE = "opaque"  # example values, enums, defaults, extensions: data, never references
_GENERIC = "generic"
_PATH_ITEM = "pathItem"
_SECTION_KIND = {
    "schemas": "schema", "responses": "response", "parameters": "parameter",
    "examples": "example", "requestBodies": "requestBody", "headers": "header",
    "securitySchemes": "securityScheme", "links": "link", "callbacks": "callback",
    "pathItems": _PATH_ITEM,
}
_KIND_SECTION = {kind: section for section, kind in _SECTION_KIND.items()}
_SCHEMA_FIELDS = {
    **dict.fromkeys(("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"), "map:schema"),
    **dict.fromkeys(("items", "additionalProperties", "not", "if", "then", "else", "contains",
                     "propertyNames", "unevaluatedItems", "unevaluatedProperties",
                     "additionalItems", "contentSchema"), "schema"),
    **dict.fromkeys(("allOf", "anyOf", "oneOf", "prefixItems"), "list:schema"),
    **dict.fromkeys(("example", "examples", "default", "enum", "const"), _OPAQUE),
}
_PARAMETER_FIELDS = {"schema": "schema", "content": "map:mediaType", "examples": "map:example",
                     "example": _OPAQUE}
_FIELDS: dict[str, dict[str, str]] = {
    "document": {"paths": "paths", "components": "components", "webhooks": "map:pathItem"},
    "paths": {},  # every key is a path item: see _child_kind
    _PATH_ITEM: {"parameters": "list:parameter", **dict.fromkeys(HTTP_METHODS, "operation")},
    "operation": {"parameters": "list:parameter", "requestBody": "requestBody",
                  "responses": "map:response", "callbacks": "map:callback"},
    "callback": {},
    "parameter": _PARAMETER_FIELDS,
    "header": _PARAMETER_FIELDS,
    "requestBody": {"content": "map:mediaType"},
    "response": {"headers": "map:header", "content": "map:mediaType", "links": "map:link"},
    "mediaType": {"schema": "schema", "examples": "map:example", "example": _OPAQUE,
                  "encoding": "map:encoding"},
    "encoding": {"headers": "map:header"},
    "example": {"value": _OPAQUE},
    "components": {section: f"map:{kind}" for section, kind in _SECTION_KIND.items()},
    "schema": _SCHEMA_FIELDS,
}


def _child_kind(kind: str, key: str, value: Any) -> str:
    if kind.startswith(("map:", "list:")):
        return kind.split(":", 1)[1]
    if key.startswith("x-"):
        return _OPAQUE
    if kind in ("paths", "callback"):
        return _PATH_ITEM
    child = _FIELDS.get(kind, {}).get(key, _GENERIC)
    if kind == "schema" and key == "items" and isinstance(value, list):
        return "list:schema"
    return child


class Bundler:
    """Copies the root document, hoisting what its external ``$ref``s name into its
    ``components`` (path items inlined), with every problem collected in ``problems``."""

   
    def __init__(self, root: Source) -> None:
        self.root = root
        self.root_dir = root.path.parent
        self.sources: dict[Path, Source] = {root.path: root}
        self.problems: list[Diagnostic] = []
        self.hoisted: dict[tuple[Path, Segments], str] = {}  # target -> local $ref
        self.new_components: dict[str, dict[str, Any]] = {}
        self.origins: dict[Segments, tuple[Source, Segments]] = {(): (root, ())}
        self.local_refs: list[tuple[Segments, Segments]] = []  # ($ref node, its target)
        self.inlining: list[tuple[Path, Segments]] = []
        root_components = root.data.get("components")
        self.taken: dict[str, set[str]] = {
            section: set(names) if isinstance(names, dict) else set()
            for section, names in (root_components.items() if isinstance(root_components, dict) else ())
        }

    def problem(self, source: Source, segments: Segments, message: str) -> None:
        self.problems.append(source.diagnostic(segments, message))

    def bundle(self) -> dict[str, Any]:
        """The bundled document: plain JSON data, every ``$ref`` local."""
        document: dict[str, Any] = self.walk(self.root.data, "document", self.root, (), ())
        if self.new_components:
            components = document.setdefault("components", {})
            if isinstance(components, dict):
                for section, entries in self.new_components.items():
                    target = components.setdefault(section, {})
                    if isinstance(target, dict):
                        target.update(entries)
        self.check_local_refs(document)
        return document

    def walk(self, value: Any, kind: str, source: Source, at: Segments, out: Segments) -> Any:
        """A plain copy of value, found in source at ``at``, to stand at ``out``."""
        if len(out) > MAX_DEPTH:
            raise SpecError([source.diagnostic(at, f"nesting deeper than {MAX_DEPTH} levels")])
        if isinstance(value, dict):
            for key in value:  # here, not in the loops below: a $ref's siblings have keys too
                key_problem = text_problem(key, "key")
                if key_problem:
                    self.problem(source, (*at, key), key_problem)
            if kind not in (_OPAQUE, "paths") and not kind.startswith("map:") and "$ref" in value:
                return self.reference(value, kind, source, at, out)
            copy: dict[str, Any] = {}
            for key, child in value.items():
                copy[key] = self.walk(child, _child_kind(kind, key, child), source, (*at, key), (*out, key))
            return copy
        if isinstance(value, list):
            item_kind = kind if kind in (_OPAQUE, _GENERIC) else _child_kind(kind, "", value)
            items = []  # a loop, not a comprehension: one stack frame per level of nesting
            for index, item in enumerate(value):
                items.append(self.walk(item, item_kind, source, (*at, str(index)), (*out, str(index))))
            return items
        problem = scalar_problem(value)
        if problem:
            self.problem(source, at, problem)
        return value

    def reference(self, node: dict[str, Any], kind: str, source: Source, at: Segments,
                  out: Segments) -> Any:
        ref = node["$ref"]
        siblings: dict[str, Any] = {}
        for key, child in node.items():
            if key != "$ref":
                siblings[key] = self.walk(child, _child_kind(kind, key, child), source, (*at, key), (*out, key))
        ref_at = (*at, "$ref")
        if not isinstance(ref, str):
            self.problem(source, ref_at, "$ref must be a string")
            return {"$ref": ref, **siblings}
        ref_problem = text_problem(ref, "$ref")
        if ref_problem:
            self.problem(source, ref_at, ref_problem)
            return {"$ref": ref, **siblings}
        target = self.target(ref, source, ref_at)
        if target is None:
            return {"$ref": ref, **siblings}
        target_source, target_at = target
        if target_source is self.root:
            local = "#" + ref.partition("#")[2]
        elif kind == _PATH_ITEM:
            return self.inline(target_source, target_at, ref_at, source, out, siblings)
        else:
            local = self.hoist(target_source, target_at, kind)
        self.local_refs.append(((*out, "$ref"), segments_of(unquote(local[1:]))))
        return {"$ref": local, **siblings}

    def target(self, ref: str, source: Source, ref_at: Segments) -> tuple[Source, Segments] | None:
        """The file and pointer a $ref names, after the checks that keep us inside the spec's
        folder; None (with a problem recorded) when it cannot be followed."""
        if _SCHEME.match(ref):
            self.problem(source, ref_at, f"remote $ref not supported: no network at generation time ({ref})")
            return None
        file_part, _, fragment = ref.partition("#")
        fragment = unquote(fragment)
        if fragment and not fragment.startswith("/"):
            self.problem(source, ref_at, f"$ref fragment must be a JSON pointer (#/...), not {fragment!r}")
            return None
        target_source = source
        if file_part:
            opened = self.open(unquote(file_part), source, ref_at)
            if opened is None:
                return None
            target_source = opened
        segments = segments_of(fragment)
        if target_source is self.root and not file_part:
            return target_source, segments  # checked on the bundled document, with cycles
        try:
            resolve_pointer(target_source.data, segments)
        except LookupError:
            self.problem(source, ref_at, f"$ref target not found: {fragment or '/'} in {target_source.display}")
            return None
        return target_source, segments

    def open(self, relative: str, source: Source, ref_at: Segments) -> Source | None:
        if PurePosixPath(relative).is_absolute():
            self.problem(source, ref_at, f"$ref to an absolute path is not allowed: {relative} "
                                         "(use a path relative to the referencing file)")
            return None
        if "\0" in relative:  # the file system refuses it (ValueError from realpath)
            self.problem(source, ref_at, "$ref file path contains a NUL character")
            return None
        path = Path(os.path.realpath(source.path.parent / relative))
        if not path.is_relative_to(self.root_dir):
            self.problem(source, ref_at, f"$ref {relative!r} points outside the spec's folder "
                                         f"({self.root_dir.name}/); only files inside it are read")
            return None
        if path not in self.sources:
            display = os.path.normpath(os.path.join(os.path.dirname(source.display), relative))
            try:
                self.sources[path] = read_source(path, display)
            except Unreadable as error:
                self.problem(source, ref_at, f"$ref target unreadable: {error}")
                return None
        return self.sources[path]

    def hoist(self, source: Source, at: Segments, kind: str) -> str:
        key = (source.path, at)
        if key in self.hoisted:
            return self.hoisted[key]
        if len(at) == 3 and at[0] == "components":
            section, base = at[1], at[2]
            kind = _SECTION_KIND.get(section, _GENERIC)
        else:
            section = _KIND_SECTION.get(kind, "schemas")
            base = at[-1] if at else source.path.stem
        base = _COMPONENT_NAME_UNSAFE.sub("_", base) or "Component"
        taken = self.taken.setdefault(section, set())
        name, number = base, 1
        while name in taken:
            number += 1
            name = f"{base}{number}"
        taken.add(name)
        local = f"#/components/{section}/{name}"
        self.hoisted[key] = local  # before the walk, so a recursive schema refers back here
        out = ("components", section, name)
        self.origins[out] = (source, at)
        entries = self.new_components.setdefault(section, {})
        entries[name] = None  # keeps first-hoisted-first order even when the walk hoists more
        entries[name] = self.walk(resolve_pointer(source.data, at), kind, source, at, out)
        return local

    def inline(self, source: Source, at: Segments, ref_at: Segments, referrer: Source,
               out: Segments, siblings: dict[str, Any]) -> Any:
        # OpenAPI 3.0 has no components/pathItems, so a path item from another file is copied in.
        key = (source.path, at)
        if key in self.inlining:
            self.problem(referrer, ref_at, "$ref cycle between path items")
            return {}
        self.inlining.append(key)
        self.origins[out] = (source, at)
        content = self.walk(resolve_pointer(source.data, at), _PATH_ITEM, source, at, out)
        self.inlining.pop()
        return {**content, **siblings} if isinstance(content, dict) else content

    def check_local_refs(self, document: dict[str, Any]) -> None:
        """Dangling local refs, and refs that only lead to more refs in a circle."""
        targets: dict[Segments, Segments] = {}
        for ref_at, target in self.local_refs:
            try:
                resolve_pointer(document, target)
            except LookupError:
                self.problems.append(self.diagnostic(pointer_of(ref_at), f"$ref target not found: "
                                                     f"#{pointer_of(target)}"))
                continue
            targets[ref_at[:-1]] = target
        reported: set[Segments] = set()
        for start, first_target in targets.items():
            trail = [start]
            node = first_target
            while node in targets and node not in trail:
                trail.append(node)
                node = targets[node]
            if node in trail and not reported.intersection(trail):
                reported.update(trail)
                loop = trail[trail.index(node):] + [node]
                path = " -> ".join("#" + pointer_of(n) for n in loop)
                self.problems.append(self.diagnostic(pointer_of((*node, "$ref")),
                                                     f"$ref cycle with no content: {path}"))

    def diagnostic(self, pointer: str, message: str) -> Diagnostic:
        file, line, col = self.locate(pointer)
        return Diagnostic(file, line, col, pointer, message)

    def locate(self, pointer: str) -> tuple[str, int, int]:
        segments = segments_of(pointer)
        for cut in range(len(segments), -1, -1):
            origin = self.origins.get(segments[:cut])
            if origin is not None:
                source, at = origin
                return (source.display, *source.position((*at, *segments[cut:])))
        raise AssertionError("the document root always has an origin")


