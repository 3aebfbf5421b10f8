"""Format generated Python with black, cached by content hash and parallel on cache misses.

Code the built-in templates wrote is already in black's layout wherever its lines fit
(``generator/layout.py``; ``tests/test_corpus.py`` runs ``black --check`` on every SDK of the
corpus): such a file is only parsed, and black formats just the files with a line it may
break. Cold, black was most of a run (twilio: 1.7 s of CPU for 10,600 lines; box: 10 s).
"""

from __future__ import annotations

import ast
import functools
import hashlib
import heapq
import re
from collections.abc import Callable, Mapping
from contextlib import nullcontext
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import cache_root, store
from .workers import Workers

if TYPE_CHECKING:
    from black.mode import Mode

# black is imported only by a process that has a file for it (100 to 250 ms): most runs
# have none.
LINE_LENGTH = 88  # black's default, which mode() keeps
OLDEST_TARGET = "PY310"  # a black TargetVersion
# A new black version gives new keys, so stale results can never be served.
_KEY_PREFIX = f"black {version('black')}\0{OLDEST_TARGET}+ {LINE_LENGTH}\0".encode()


@functools.cache
def mode() -> Mode:
    from black.mode import Mode, TargetVersion

    oldest = TargetVersion[OLDEST_TARGET].value
    return Mode(target_versions={v for v in TargetVersion if v.value >= oldest}, line_length=LINE_LENGTH)

# Measured here (python 3.11, fork, 2 CPUs) on pydantic-model-like sources: black does
# about 120 KB/s per process and a pool costs about 20 ms to start and feed, so parallel
# wins from roughly 8-15 KB of cache misses (8 KB: 67 ms serial vs 60 ms pooled;
# 58 KB: 463 vs 266 ms; 400 KB: 3.3 vs 1.8 s).
PARALLEL_MIN_CHARS = 10_000
BATCHES_PER_WORKER = 8  # enough for the last batches to even out the workers' finish


class FormatError(Exception):
    """black rejected a generated file: our template produced invalid Python."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        lines = self.message.strip().splitlines()
        return f"{self.path}: {lines[0] if lines else 'invalid Python'}"


def default_cache_dir() -> Path | None:
    root = cache_root()
    return root / "black" if root is not None else None


def format_sources(
    files: Mapping[str, str],
    *,
    cache_dir: Path | None = None,
    workers: Workers | None = None,
    meanwhile: Callable[[], object] = lambda: None,
    laid_out: bool = False,
) -> dict[str, str]:
    """The files with every ``.py`` file formatted by black; other files unchanged.

    ``laid_out``: the sources come from templates that write black's layout (the built-in
    ones), so a file black would leave as it is (``settled``) is kept without running black.
    ``meanwhile`` runs in this process while the workers (the run's, or some of this call's
    own) format; when it raises, the formatting is abandoned.
    """
    root = cache_dir if cache_dir is not None else default_cache_dir()
    cache, known_settled = _Cache(root), _SettledDigests(root)
    result = dict(files)
    # Laid out, most files are settled: parsing them here (box: 0.2 s for 62,000 lines) costs
    # less than sending them anywhere, and it happens while the workers check the spec. A
    # regeneration after a small edit finds most of them among the digests of earlier runs.
    for_black: dict[str, str] = {}
    keys: dict[str, bytes] = {}
    for path, source in files.items():
        if not path.endswith(".py"):
            continue
        digest = _key(source)
        if laid_out and digest in known_settled:
            continue
        cached = cache.get(digest)
        if cached is not None:
            result[path] = cached
        elif laid_out and settled(source):
            known_settled.add(digest)
        else:
            for_black[path], keys[path] = source, digest
    known_settled.save()
    with nullcontext(workers) if workers is not None else Workers() as pool:
        formatted = _format_all(for_black, pool, meanwhile)
    for path, text in formatted.items():
        result[path] = text
        cache.put(keys[path], text)
    return result


def _format_all(
    for_black: Mapping[str, str], workers: Workers, meanwhile: Callable[[], object]
) -> dict[str, str]:
    """path -> its text as black formats it, for every source."""
    count = min(workers.count, len(for_black))
    if count < 2 or sum(map(len, for_black.values())) < PARALLEL_MIN_CHARS:
        # Formatted first: meanwhile may only be waiting for the workers (black's failures are
        # data until after it, so a spec error is still what the user sees). With nothing for
        # black, black is not even imported (0.1 s or more).
        outcomes = _format_batch(list(for_black.items())) if for_black else []
        meanwhile()
    else:
        batches = _batches(for_black, count * BATCHES_PER_WORKER)
        futures = [workers.submit(_format_batch, batch) for batch in batches]
        meanwhile()
        done: dict[int, list[Outcome]] = {}
        if workers.spare_cores:
            # Fewer workers than cores: this process takes the batches no worker has started,
            # the smallest first. The pool runs them in order, so the first that will not
            # cancel means every earlier one is running or done.
            for index in reversed(range(len(batches))):
                if not futures[index].cancel():
                    break
                done[index] = _format_batch(batches[index])
        outcomes = [
            outcome
            for index, future in enumerate(futures)
            for outcome in (done[index] if index in done else future.result())
        ]
    formatted = {}
    for path, text, error in outcomes:
        if error is not None:
            raise FormatError(path, error)
        formatted[path] = text
    return formatted


def _batches(sources: Mapping[str, str], count: int) -> list[list[tuple[str, str]]]:
    """The files in ``count`` batches of about equal size, largest batch first.

    Few tasks rather than one a file: the pool's feeder thread needs this process's GIL,
    which ``meanwhile`` holds, and waiting for it between hundreds of small tasks left the
    workers idle (box: black and validation together took 3.6 s; in batches, 3.0 s).
    """
    batches: list[list[tuple[str, str]]] = [[] for _ in range(min(count, len(sources)))]
    sizes = [(0, index) for index in range(len(batches))]
    # Largest file first, each into the lightest batch: the batches end up close in size.
    for item in sorted(sources.items(), key=lambda item: -len(item[1])):
        size, index = heapq.heappop(sizes)
        batches[index].append(item)
        heapq.heappush(sizes, (size + len(item[1]), index))
    return sorted(batches, key=lambda batch: -sum(len(source) for _, source in batch))


Outcome = tuple[str, str, str | None]  # path, text, error


def _format_batch(items: list[tuple[str, str]]) -> list[Outcome]:
    """(path, formatted text, None) or (path, "", black's message) for each item; plain data
    crosses processes."""
    import black
    from black.parsing import InvalidInput

    outcomes: list[Outcome] = []
    for path, source in items:
        try:
            outcomes.append((path, black.format_str(source, mode=mode()), None))
        except InvalidInput as error:
            outcomes.append((path, "", str(error)))
    return outcomes


def settled(source: str) -> bool:
    """Whether black leaves code written in its layout as it is: the code parses, no line
    ends in whitespace, and no line is too long for black but those it cannot shorten
    (``_unbreakable``) and the lines of a triple-quoted string statement (a docstring). A
    string spanning lines anywhere else makes black try to break the line that holds it,
    so such a file goes to black too."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return False  # black says what is wrong with it
    lines = source.split("\n")
    if any(line.endswith((" ", "\t")) for line in lines):
        return False  # black strips trailing whitespace
    unbreakable: set[int] = set()
    docstrings: set[int] = set()  # ids: a statement is walked before its string
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and _is_triple_quoted(node.value, lines):
            docstrings.add(id(node.value))
            unbreakable.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
        elif (
            isinstance(node, (ast.Constant, ast.JoinedStr))
            and node.end_lineno != node.lineno
            and id(node) not in docstrings
            and _spans_lines(lines[node.lineno - 1 : node.end_lineno])
        ):
            return False
    return all(
        number in unbreakable or _unbreakable(line)
        for number, line in enumerate(lines, 1)
        if _width(line) > LINE_LENGTH
    )


# Lines black has no way to shorten: a comment; the head of a bracket already broken after
# a name (``from m import (``, ``class Name(``, ``def name(``; ``return Name(`` below), a class
# statement with no bases, or the ``) -> Name:`` that closes a broken signature; a string;
# one item of a broken bracket: a name or string, or ``key: value`` or ``key=value`` of
# those, with its comma, or without one a dict item with a string key or a keyword argument.
# black breaks no string and no name, and wraps no item in parentheses (it would wrap the
# annotation of ``name: Type`` standing alone, and break a subscripted return type).
_STRING = re.compile(r"""(?<!\w)[rRbBfFuU]{0,2}(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""")
_ATOM = r"(?:S|[\w.]+)"
_UNBREAKABLE = re.compile(
    rf"\s*(?:#.*|from [\w.]+ import \(|(?:class|def) \w+\(|class \w+:|\) -> [\w.]+:|S|{_ATOM}(?:\s*[:=]\s*{_ATOM})?,|S: {_ATOM}|\w+={_ATOM})"
)


# ``return Name(`` with the arguments below: black wraps the call in parentheses when its head
# then fits a line (four further in), and otherwise leaves it.
_RETURN_CALL = re.compile(r"(\s*)return ([\w.]+\()")


def _unbreakable(line: str) -> bool:
    call = _RETURN_CALL.fullmatch(line)
    if call:
        return len(call.group(1)) + 4 + len(call.group(2)) > LINE_LENGTH
    return _UNBREAKABLE.fullmatch(_STRING.sub("S", line)) is not None


def _spans_lines(lines: list[str]) -> bool:
    """Whether a string over these lines is one token across them, not strings side by side."""
    return any('"""' in line or "'''" in line or line.endswith("\\") for line in lines)


def _is_triple_quoted(node: ast.expr, lines: list[str]) -> bool:
    """A str literal in triple double quotes, alone on its lines (as the docstring filter
    writes them)."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    # ast's columns count UTF-8 bytes.
    first = lines[node.lineno - 1].encode("utf-8", "surrogatepass")
    last = lines[(node.end_lineno or node.lineno) - 1].encode("utf-8", "surrogatepass")
    start, end = node.col_offset, node.end_col_offset or 0
    return (
        first[start:].startswith(b'"""')
        and not first[:start].strip()
        and last[:end].endswith(b'"""')
        and not last[end:].strip()
    )


def _width(line: str) -> int:
    """At least the columns black counts for ``line`` (``black.strings.str_width``): one a
    character below U+1100, as there, and two above, the most it gives one."""
    if line.isascii():
        return len(line)
    return sum(1 if ord(char) < 0x1100 else 2 for char in line)


def _key(source: str) -> bytes:
    """The digest that stands for a source in the caches: of black's version and mode too."""
    return hashlib.sha256(_KEY_PREFIX + source.encode("utf-8", "surrogatepass")).digest()


class _Cache:
    """Content-addressed store of black results; any failure to read or write is a miss."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    def _entry(self, key: bytes) -> Path | None:
        if self.root is None:
            return None
        name = key.hex()
        return self.root / name[:2] / name[2:]

    def get(self, key: bytes) -> str | None:
        entry = self._entry(key)
        if entry is None:
            return None
        try:
            stored = entry.read_bytes()
        except OSError:
            return None
        # Each entry starts with the digest of its own text, so a truncated or damaged
        # entry is detected and treated as a miss rather than written into the SDK.
        digest, _, body = stored.partition(b"\n")
        if hashlib.sha256(body).hexdigest().encode() != digest:
            return None
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def put(self, key: bytes, formatted: str) -> None:
        entry = self._entry(key)
        if entry is None:
            return
        body = formatted.encode("utf-8", "surrogatepass")
        store(entry, hashlib.sha256(body).hexdigest().encode() + b"\n" + body)


class _SettledDigests:
    """The keys of sources found settled, newest last, all in one file: an entry each would
    cost a file write each, and on this machine's disk box's 520 took 0.3 to 1 s of a cold
    run. Runs side by side may each save without the other's additions: those are misses,
    parsed again. A damaged file reads as no digest, or digests no source has."""

    MOST = 50_000  # 1.6 MB: the files of several large SDKs

    def __init__(self, root: Path | None) -> None:
        self.entry = root / "settled" if root is not None else None
        self.changed = False
        data = b""
        if self.entry is not None:
            try:
                data = self.entry.read_bytes()
            except OSError:
                pass
        size = hashlib.sha256().digest_size
        if len(data) % size:
            data = b""
        self.known = dict.fromkeys(data[i : i + size] for i in range(0, len(data), size))

    def __contains__(self, key: bytes) -> bool:
        return key in self.known

    def add(self, key: bytes) -> None:
        self.known[key] = None
        self.changed = True

    def save(self) -> None:
        if self.entry is not None and self.changed:
            store(self.entry, b"".join(list(self.known)[-self.MOST :]))
