"""Read an OpenAPI document (YAML or JSON) and bundle its ``$ref`` files into one document.

The happy path stays fast: JSON goes through ``json.loads`` and YAML through libyaml, and
line/column positions are only worked out when a problem has to be reported.  Every external
``$ref`` is hoisted into the root document's ``components`` (path items are inlined), so later
stages never touch the file system.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn
from urllib.parse import unquote

import yaml

from .diagnostics import Diagnostic, Severity, SpecError

MAX_DEPTH = 500  # deeper nesting is refused before it can exhaust the Python stack
MAX_NODES = 5_000_000  # nodes after expanding YAML aliases ("billion laughs" protection)
SUPPORTED = "supported versions: 3.0.x, 3.1.x"

_MERGE_TAG = "tag:yaml.org,2002:merge"
_STR_TAG = "tag:yaml.org,2002:str"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:|^//")
_VERSION = re.compile(r"3\.[01]\.\d+")
_COMPONENT_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_JSON_INTEGER = re.compile(r"-?\d+")
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+', re.DOTALL)

Segments = tuple[str, ...]


# The operations a path item may hold, in the order OpenAPI lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


# --- JSON pointers ----------------------------------------------------------------------


def escape_segment(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def pointer_of(segments: Iterator[str] | tuple[str, ...] | list[str]) -> str:
    return "".join("/" + escape_segment(s) for s in segments)


def segments_of(pointer: str) -> Segments:
    """``/a~1b/c`` -> ``("a/b", "c")``; the empty pointer is the document itself."""
    if not pointer:
        return ()
    return tuple(s.replace("~1", "/").replace("~0", "~") for s in pointer.split("/")[1:])


def resolve_pointer(document: Any, segments: Segments) -> Any:
    """The node at segments; raises LookupError when there is none."""
    node = document
    for segment in segments:
        if isinstance(node, dict):
            node = node[segment]
        elif isinstance(node, list) and segment.isdigit():
            node = node[int(segment)]
        else:
            raise KeyError(segment)
    return node


# --- one file ---------------------------------------------------------------------------

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe YAML whose keys are the source text (``200:`` is the key "200", as in JSON)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        self.flatten_mapping(node)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:  # keys were checked to be scalars already
            mapping[key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping


def _timestamp_as_text(loader: Any, node: yaml.ScalarNode) -> str:
    # A bare date in an example is still a string in the JSON data model OpenAPI uses.
    return str(node.value)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


class _IntegerTooLong(Exception):
    def __init__(self, node: yaml.Node) -> None:
        super().__init__()
        self.node = node


def _integer_or_too_long(loader: Any, node: yaml.ScalarNode) -> int:
    # int() refuses more than sys.get_int_max_str_digits() digits with a ValueError that
    # does not say where; this keeps the node so the problem can be placed.
    try:
        integer: int = yaml.SafeLoader.construct_yaml_int(loader, node)
    except ValueError:
        raise _IntegerTooLong(node) from None
    return integer


_Loader.add_constructor("tag:yaml.org,2002:int", _integer_or_too_long)


def _integer_too_long() -> str:
    return f"integer too long: more than {sys.get_int_max_str_digits():,} digits cannot be converted"


def _is_too_long(integer: int) -> bool:
    """Whether str() refuses integer. No allowed digit limit is under 640 digits, which take
    more than 2,000 bits: the common case is decided without converting."""
    if integer.bit_length() <= 2_000:
        return False
    try:
        str(integer)
    except ValueError:
        return True
    return False


def _refused_by_int(digits: str) -> bool:
    try:
        int(digits)
    except ValueError:
        return True
    return False


def _text_problem(text: str, what: str) -> str | None:
    """Why text cannot be written out as UTF-8 (a lone surrogate, from a JSON escape), if it cannot."""
    if text.isascii():  # constant time for Python strings: the common case
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return (f"{what} is not valid Unicode: lone surrogate U+{ord(text[error.start]):04X} "
                f"at character {error.start + 1} (a \\u escape must be half of a pair)")
    return None


def _scalar_problem(value: Any) -> str | None:
    """Why a scalar has no place in the JSON data model later stages rely on, if it has none."""
    if isinstance(value, str):
        return _text_problem(value, "text")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return _integer_too_long() if _is_too_long(value) else None
    if isinstance(value, float):
        if math.isfinite(value):
            return None
        return f"the number {value} has no JSON equivalent (use a finite number, or quote it to make it a string)"
    return f"a {type(value).__name__} value has no JSON equivalent (quote it to make it a string)"


class _Unreadable(Exception):
    """The file cannot be read at all; reported where it was asked for."""


@dataclass
class _Source:
    path: Path  # resolved, for confinement and identity
    display: str  # as the user would write it
    raw: bytes
    text: str
    data: Any
    nodes: yaml.Node | None  # YAML node tree, or the JSON one once positions are needed
    is_json: bool

    def diagnostic(self, segments: Segments, message: str) -> Diagnostic:
        line, col = self.position(segments)
        return Diagnostic(self.display, line, col, pointer_of(segments), message)

    def position(self, segments: Segments) -> tuple[int, int]:
        """1-based line and column of segments, or of the nearest ancestor that exists."""
        if self.nodes is None:
            self.nodes = _scan_json(self.text)
        node = self.nodes
        mark = node.start_mark
        for segment in segments:
            child: yaml.Node | None = None
            if isinstance(node, yaml.MappingNode):
                # After merging, the last occurrence of a key is the one that counts.
                for key_node, value_node in reversed(node.value):
                    if isinstance(key_node, yaml.ScalarNode) and key_node.value == segment:
                        mark, child = key_node.start_mark, value_node
                        break
            elif (isinstance(node, yaml.SequenceNode) and segment.isdigit()
                  and int(segment) < len(node.value)):
                child = node.value[int(segment)]
                mark = child.start_mark
            if child is None:
                break
            node = child
        return mark.line + 1, mark.column + 1


def _fail(display: str, line: int, col: int, pointer: str, message: str) -> NoReturn:
    raise SpecError([Diagnostic(display, line, col, pointer, message)])


def _read(path: Path, display: str) -> _Source:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _Unreadable(f"file not found: {display}") from None
    except IsADirectoryError:
        raise _Unreadable(f"{display} is a directory, not a file") from None
    except PermissionError:
        raise _Unreadable(f"permission denied: {display}") from None
    except OSError as error:
        raise _Unreadable(f"cannot read {display}: {error.strerror}") from None
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line_start = before.rfind(b"\n") + 1
        col = len(before[line_start:].decode("utf-8", "replace")) + 1
        _fail(display, before.count(b"\n") + 1, col, "",
              f"not UTF-8: byte 0x{raw[error.start]:02x} cannot be decoded")
    if not text.strip():
        _fail(display, 1, 1, "", "file is empty")
    source = _Source(path, display, raw, text, None, None, False)
    if text.lstrip().startswith(("{", "[")):
        try:
            source.data = json.loads(text, object_pairs_hook=_pairs_without_duplicates)
            source.is_json = True
            return source
        except json.JSONDecodeError as error:
            if path.suffix.lower() == ".json":
                _fail(display, error.lineno, error.colno, "", f"JSON syntax error: {error.msg}")
            # Otherwise it may still be YAML flow style: let the YAML parser decide.
        except (_DuplicateKey, RecursionError):
            # Rare error path: find where with a position-tracking scan.
            _inspect(_scan_json(text), display)
            _fail(display, 1, 1, "", "JSON document could not be read")
        except ValueError:  # after its subclass JSONDecodeError: an integer int() refuses
            source.nodes = _scan_json(text)
            at = _path_to(source.nodes, lambda node: isinstance(node, yaml.ScalarNode)
                          and _JSON_INTEGER.fullmatch(node.value) is not None and _refused_by_int(node.value))
            raise SpecError([source.diagnostic(at, _integer_too_long())]) from None
    _load_yaml(source)
    return source


def _path_to(root: yaml.Node, wanted: Callable[[yaml.Node], bool]) -> Segments:
    """Segments of the first node that is wanted, the root when none is (error path only).
    A loop, as nesting may be deeper than the stack; each node once, as aliases share nodes."""
    seen: set[int] = set()
    pending: list[tuple[Segments, yaml.Node]] = [((), root)]
    while pending:
        at, node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if wanted(node):
            return at
        if isinstance(node, yaml.MappingNode):
            children = [((*at, str(key.value)), value) for key, value in node.value]
        elif isinstance(node, yaml.SequenceNode):
            children = [((*at, str(index)), item) for index, item in enumerate(node.value)]
        else:
            continue
        pending.extend(reversed(children))  # popped in document order
    return ()


class _DuplicateKey(Exception):
    pass


def _pairs_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        raise _DuplicateKey
    return mapping


def _load_yaml(source: _Source) -> None:
    loader = _Loader(source.text)
    try:
        node = loader.get_single_node()
        if node is None:
            _fail(source.display, 1, 1, "", "file is empty (no YAML document)")
        _inspect(node, source.display)
        source.nodes = node
        source.data = loader.construct_document(node)
    except _IntegerTooLong as error:
        too_long = error.node
        raise SpecError([source.diagnostic(_path_to(node, lambda found: found is too_long),
                                           _integer_too_long())]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(str(part) for part in (error.context, error.problem) if part)
        if mark is None:
            _fail(source.display, 1, 1, "", f"YAML error: {problem}")
        _fail(source.display, mark.line + 1, mark.column + 1, "", f"YAML syntax error: {problem}")
    except yaml.reader.ReaderError as error:  # a character YAML refuses, e.g. a control character
        before = source.text[: error.position]
        line_start = before.rfind("\n") + 1
        _fail(source.display, before.count("\n") + 1, error.position - line_start + 1, "",
              f"character {error.character!r} is not allowed in YAML: {error.reason}")
    except yaml.YAMLError as error:
        _fail(source.display, 1, 1, "", f"YAML error: {error}")
    finally:
        loader.dispose()


def _inspect(root: yaml.Node, display: str) -> None:
    """Refuse what a plain constructor would accept but we cannot use: duplicate or
    non-scalar keys, nesting beyond MAX_DEPTH, recursive aliases and alias bombs.

    Sizes are memoized by node identity, so an alias bomb is measured in time linear in its
    text, not in its expansion.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    path: list[str] = []
    key_marks: list[yaml.Mark] = []  # where each key of path is written (an alias has no node of its own)

    def fail(mark: yaml.Mark, message: str) -> NoReturn:
        _fail(display, mark.line + 1, mark.column + 1, pointer_of(path), message)

    def size(node: yaml.Node) -> int:
        known = sizes.get(id(node))
        if known is not None:
            return known
        if id(node) in open_nodes:
            fail(key_marks[-1] if key_marks else node.start_mark,
                 f"YAML alias refers to the node at line {node.start_mark.line + 1} that contains it "
                 "(an infinite structure)")
        if len(path) > MAX_DEPTH:
            fail(node.start_mark, f"nesting deeper than {MAX_DEPTH} levels")
        open_nodes.add(id(node))
        total = 1
        if isinstance(node, yaml.MappingNode):
            first_lines: dict[str, int] = {}
            for key_node, value_node in node.value:
                if key_node.tag == _MERGE_TAG:
                    total += size(value_node)
                    continue
                if not isinstance(key_node, yaml.ScalarNode):
                    fail(key_node.start_mark, "mapping keys must be strings")
                path.append(key_node.value)
                key_marks.append(key_node.start_mark)
                if key_node.value in first_lines:
                    fail(key_node.start_mark, f"duplicate key {key_node.value!r} "
                                              f"(first at line {first_lines[key_node.value]})")
                first_lines[key_node.value] = key_node.start_mark.line + 1
                total += size(value_node)
                path.pop()
                key_marks.pop()
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                path.append(str(index))
                key_marks.append(item.start_mark)
                total += size(item)
                path.pop()
                key_marks.pop()
        open_nodes.discard(id(node))
        if total > MAX_NODES:
            fail(node.start_mark, f"document expands to more than {MAX_NODES:,} nodes through "
                                  "YAML aliases (refusing a possible alias bomb)")
        sizes[id(node)] = total
        return total

    size(root)


def _scan_json(text: str) -> yaml.Node:
    """A JSON text as YAML nodes carrying positions (error path only; iterative, so any
    depth). Assumes the text is JSON that ``json.loads`` could tokenize."""
    line_starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def mark(offset: int) -> yaml.Mark:
        line = bisect_right(line_starts, offset) - 1
        return yaml.Mark("", offset, line, offset - line_starts[line], None, 0)

    root: yaml.Node | None = None
    open_containers: list[yaml.Node] = []
    key: yaml.ScalarNode | None = None
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token in (",", ":"):
            continue
        if token in ("}", "]"):
            open_containers.pop()
            continue
        start = mark(match.start())
        parent = open_containers[-1] if open_containers else None
        if isinstance(parent, yaml.MappingNode) and key is None:
            key = yaml.ScalarNode(_STR_TAG, json.loads(token), start, start)
            continue
        node: yaml.Node
        if token == "{":
            node = yaml.MappingNode("tag:yaml.org,2002:map", [], start, start)
        elif token == "[":
            node = yaml.SequenceNode("tag:yaml.org,2002:seq", [], start, start)
        else:
            node = yaml.ScalarNode(_STR_TAG, token, start, start)
        if parent is None:
            root = node
        elif isinstance(parent, yaml.MappingNode):
            parent.value.append((key, node))
            key = None
        else:
            parent.value.append(node)
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            open_containers.append(node)
    return root if root is not None else yaml.ScalarNode(_STR_TAG, "", mark(0), mark(0))


def _check_openapi(source: _Source) -> None:
    data = source.data
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"a single {type(data).__name__} value"
        raise SpecError([source.diagnostic((), f"an OpenAPI document must be a mapping, not {kind}")])
    if "openapi" not in data:
        if "swagger" in data:
            message = f"Swagger {data['swagger']} is not supported: convert it to OpenAPI 3 first ({SUPPORTED})"
            raise SpecError([source.diagnostic(("swagger",), message)])
        raise SpecError([source.diagnostic((), f"not an OpenAPI document: no 'openapi' field ({SUPPORTED})")])
    version = data["openapi"]
    if not isinstance(version, str):
        raise SpecError([source.diagnostic(("openapi",), f"the openapi field must be a string such as "
                                                          f"'3.1.0', not {version!r} ({SUPPORTED})")])
    if not _VERSION.fullmatch(version):
        raise SpecError([source.diagnostic(("openapi",), f"unsupported OpenAPI version {version!r} ({SUPPORTED})")])


# --- bundling ---------------------------------------------------------------------------

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


class _Bundler:
    def __init__(self, root: _Source) -> None:
        self.root = root
        self.root_dir = root.path.parent
        self.sources: dict[Path, _Source] = {root.path: root}
        self.problems: list[Diagnostic] = []
        self.hoisted: dict[tuple[Path, Segments], str] = {}  # target -> local $ref
        self.new_components: dict[str, dict[str, Any]] = {}
        self.origins: dict[Segments, tuple[_Source, Segments]] = {(): (root, ())}
        self.local_refs: list[tuple[Segments, Segments]] = []  # ($ref node, its target)
        self.inlining: list[tuple[Path, Segments]] = []
        root_components = root.data.get("components")
        self.taken: dict[str, set[str]] = {
            section: set(names) if isinstance(names, dict) else set()
            for section, names in (root_components.items() if isinstance(root_components, dict) else ())
        }

    def problem(self, source: _Source, segments: Segments, message: str) -> None:
        self.problems.append(source.diagnostic(segments, message))

    def bundle(self) -> dict[str, Any]:
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

    def walk(self, value: Any, kind: str, source: _Source, at: Segments, out: Segments) -> Any:
        """A plain copy of value, found in source at ``at``, to stand at ``out``."""
        if len(out) > MAX_DEPTH:
            raise SpecError([source.diagnostic(at, f"nesting deeper than {MAX_DEPTH} levels")])
        if isinstance(value, dict):
            for key in value:  # here, not in the loops below: a $ref's siblings have keys too
                key_problem = _text_problem(key, "key")
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
        problem = _scalar_problem(value)
        if problem:
            self.problem(source, at, problem)
        return value

    def reference(self, node: dict[str, Any], kind: str, source: _Source, at: Segments,
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
        ref_problem = _text_problem(ref, "$ref")
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

    def target(self, ref: str, source: _Source, ref_at: Segments) -> tuple[_Source, Segments] | None:
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

    def open(self, relative: str, source: _Source, ref_at: Segments) -> _Source | None:
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
                self.sources[path] = _read(path, display)
            except _Unreadable as error:
                self.problem(source, ref_at, f"$ref target unreadable: {error}")
                return None
        return self.sources[path]

    def hoist(self, source: _Source, at: Segments, kind: str) -> str:
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

    def inline(self, source: _Source, at: Segments, ref_at: Segments, referrer: _Source,
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


# --- the result -------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedSpec:
    path: Path  # the root file
    document: dict[str, Any]  # bundled: plain JSON data, every $ref local ("#/...")
    files: tuple[Path, ...]  # every file read (root first), for watch mode and caching
    digest: str  # sha256 over every file read, for caches
    # (absolute path, sha256 of the bytes read) per file: what a run was generated from
    file_digests: tuple[tuple[str, str], ...]
    size: int  # bytes read, over every file: what checking the document takes grows with it
    _locate: Callable[[str], tuple[str, int, int]] = field(repr=False, compare=False)

    def locate(self, pointer: str) -> tuple[str, int, int]:
        """File, line, col of the node at pointer in the bundled document (nodes copied from
        another file map back to it); the nearest existing ancestor when it does not exist."""
        return self._locate(pointer)

    def diagnostic(self, pointer: str, message: str, severity: Severity = "error") -> Diagnostic:
        file, line, col = self.locate(pointer)
        return Diagnostic(file, line, col, pointer, message, severity)


def load_spec(path: Path) -> LoadedSpec:
    """Read and bundle the document at path; raises SpecError, never anything else."""
    display = str(path)
    try:
        root = _read(Path(os.path.realpath(path)), display)
        _check_openapi(root)
        bundler = _Bundler(root)
        document = bundler.bundle()
    except _Unreadable as error:
        raise SpecError([Diagnostic(display, 1, 1, "", str(error))]) from None
    except RecursionError:
        raise SpecError([Diagnostic(display, 1, 1, "", f"nesting deeper than {MAX_DEPTH} levels")]) from None
    if bundler.problems:
        raise SpecError(bundler.problems)
    digest = hashlib.sha256()
    for source in bundler.sources.values():
        digest.update(f"{source.display}\0{len(source.raw)}\0".encode())
        digest.update(source.raw)
    return LoadedSpec(
        path=path,
        document=document,
        files=tuple(Path(source.display) for source in bundler.sources.values()),
        digest=digest.hexdigest(),
        file_digests=tuple(
            (os.path.abspath(source.display), hashlib.sha256(source.raw).hexdigest())
            for source in bundler.sources.values()
        ),
        size=sum(len(source.raw) for source in bundler.sources.values()),
        _locate=bundler.locate,
    )
