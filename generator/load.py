"""Read an OpenAPI document (YAML or JSON) and bundle its ``$ref`` files into one document.

The happy path stays fast: JSON goes through ``json.loads`` and YAML through libyaml, and
line/column positions are only worked out when a problem has to be reported.  Every external
``$ref`` is hoisted into the root document's ``components`` (path items are inlined, see
``generator.bundle``), so later stages never touch the file system.
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
from pathlib import Path
from typing import Any, NoReturn

import yaml

from .diagnostics import Diagnostic, Severity, SpecError

MAX_DEPTH = 500  # deeper nesting is refused before it can exhaust the Python stack
MAX_NODES = 5_000_000  # nodes after expanding YAML aliases ("billion laughs" protection)
SUPPORTED = "supported versions: 3.0.x, 3.1.x"

_MERGE_TAG = "tag:yaml.org,2002:merge"
_STR_TAG = "tag:yaml.org,2002:str"
_VERSION = re.compile(r"3\.[01]\.\d+")
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


def text_problem(text: str, what: str) -> str | None:
    """Why text cannot be written out as UTF-8 (a lone surrogate, from a JSON escape), if it cannot."""
    if text.isascii():  # constant time for Python strings: the common case
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return (f"{what} is not valid Unicode: lone surrogate U+{ord(text[error.start]):04X} "
                f"at character {error.start + 1} (a \\u escape must be half of a pair)")
    return None


def scalar_problem(value: Any) -> str | None:
    """Why a scalar has no place in the JSON data model later stages rely on, if it has none."""
    if isinstance(value, str):
        return text_problem(value, "text")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return _integer_too_long() if _is_too_long(value) else None
    if isinstance(value, float):
        if math.isfinite(value):
            return None
        return f"the number {value} has no JSON equivalent (use a finite number, or quote it to make it a string)"
    return f"a {type(value).__name__} value has no JSON equivalent (quote it to make it a string)"


class Unreadable(Exception):
    """The file cannot be read at all; reported where it was asked for."""


@dataclass
class Source:
    path: Path  # resolved, for confinement and identity
    display: str  # as the user would write it
    raw: bytes
    text: str
    data: Any
    positions: Positions | None  # of the YAML nodes, or the JSON ones once they are needed
    is_json: bool

    def diagnostic(self, segments: Segments, message: str) -> Diagnostic:
        line, col = self.position(segments)
        return Diagnostic(self.display, line, col, pointer_of(segments), message)

    def position(self, segments: Segments) -> tuple[int, int]:
        """1-based line and column of segments, or of the nearest ancestor that exists."""
        if self.positions is None:
            self.positions = _positions(_scan_json(self.text))
        node = self.positions
        mark = _start(node)
        for segment in segments:
            if isinstance(node, int):
                break
            children = node[1]
            if isinstance(children, dict):
                entry = children.get(segment)
                if entry is None:
                    break
                mark, node = entry
            elif segment.isdigit() and int(segment) < len(children):
                node = children[int(segment)]
                mark = _start(node)
            else:
                break
        return (mark >> _COLUMN_BITS) + 1, (mark & _COLUMN_MASK) + 1


# Where each node of a document starts, all that diagnostics need of its node tree (twilio's:
# 6.1 MiB of the 7.9 MiB its load took; this is a fraction of that). A node's place is
# ``line << _COLUMN_BITS | column`` (0-based); a scalar is its place, a mapping (place, {key:
# (place of the key, value)}), a sequence (place, [item, ...]).
Positions = int | tuple[int, dict[str, tuple[int, "Positions"]]] | tuple[int, list["Positions"]]
_COLUMN_BITS = 32
_COLUMN_MASK = (1 << _COLUMN_BITS) - 1


def _place(mark: yaml.Mark) -> int:
    return mark.line << _COLUMN_BITS | mark.column


def _start(positions: Positions) -> int:
    return positions if isinstance(positions, int) else positions[0]


def _positions(root: yaml.Node) -> Positions:
    """The positions of a node tree; a loop, as nesting may be deeper than the stack, and each
    node once, as aliases share nodes. After merging, the last occurrence of a key counts."""
    made: dict[int, Positions] = {}
    pending: list[tuple[yaml.Node, dict[str, tuple[int, Positions]] | list[Positions]]] = []

    def positions_of(node: yaml.Node) -> Positions:
        found = made.get(id(node))
        if found is None:
            place = _place(node.start_mark)
            if isinstance(node, yaml.MappingNode):
                pairs: dict[str, tuple[int, Positions]] = {}
                found = (place, pairs)
                pending.append((node, pairs))
            elif isinstance(node, yaml.SequenceNode):
                items: list[Positions] = []
                found = (place, items)
                pending.append((node, items))
            else:
                found = place
            made[id(node)] = found
        return found

    top = positions_of(root)
    while pending:
        node, children = pending.pop()
        if isinstance(children, dict):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    children[key.value] = (_place(key.start_mark), positions_of(value))
        else:
            children.extend(positions_of(item) for item in node.value)
    return top


def _fail(display: str, line: int, col: int, pointer: str, message: str) -> NoReturn:
    raise SpecError([Diagnostic(display, line, col, pointer, message)])


def read_source(path: Path, display: str) -> Source:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise Unreadable(f"file not found: {display}") from None
    except IsADirectoryError:
        raise Unreadable(f"{display} is a directory, not a file") from None
    except PermissionError:
        raise Unreadable(f"permission denied: {display}") from None
    except OSError as error:
        raise Unreadable(f"cannot read {display}: {error.strerror}") from None
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
    source = Source(path, display, raw, text, None, None, False)
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
            nodes = _scan_json(text)
            source.positions = _positions(nodes)
            at = _path_to(nodes, lambda node: isinstance(node, yaml.ScalarNode)
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


def _load_yaml(source: Source) -> None:
    loader = _Loader(source.text)
    try:
        node = loader.get_single_node()
        if node is None:
            _fail(source.display, 1, 1, "", "file is empty (no YAML document)")
        _inspect(node, source.display)
        source.data = loader.construct_document(node)
        # Taken after construction, which merges ``<<`` keys into their mappings: a merged key
        # is found where it was written.
        source.positions = _positions(node)
    except _IntegerTooLong as error:
        too_long = error.node
        source.positions = _positions(node)
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


def _check_openapi(source: Source) -> None:
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
    from .bundle import Bundler  # here: the bundler reads its files with this module

    display = str(path)
    try:
        root = read_source(Path(os.path.realpath(path)), display)
        _check_openapi(root)
        bundler = Bundler(root)
        document = bundler.bundle()
    except Unreadable as error:
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
