"""Format generated Python with black, cached by content hash and parallel on cache misses."""

from __future__ import annotations

import hashlib
import heapq
import os
import tempfile
from collections.abc import Callable, Mapping
from contextlib import nullcontext
from importlib.metadata import version
from pathlib import Path

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

from .cache import cache_root
from .workers import Workers

MODE = Mode(target_versions={v for v in TargetVersion if v.value >= TargetVersion.PY310.value})
# Mode.get_cache_key is black's own stable digest of every mode option; a new black
# version or option gives new keys, so stale results can never be served.
_KEY_PREFIX = f"black {version('black')}\0{MODE.get_cache_key()}\0".encode()

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
) -> dict[str, str]:
    """The files with every ``.py`` file formatted by black; other files unchanged.

    ``meanwhile`` runs in this process while the workers (the run's, or some of this call's
    own) format; when it raises, the formatting is abandoned.
    """
    cache = _Cache(cache_dir if cache_dir is not None else default_cache_dir())
    result = dict(files)
    misses: dict[str, str] = {}
    for path, source in files.items():
        if not path.endswith(".py"):
            continue
        cached = cache.get(source)
        if cached is None:
            misses[path] = source
        else:
            result[path] = cached
    with nullcontext(workers) if workers is not None else Workers() as pool:
        formatted_misses = _format_all(misses, pool, meanwhile)
    for path, formatted in formatted_misses.items():
        result[path] = formatted
        cache.put(misses[path], formatted)
    return result


def _format_all(
    sources: Mapping[str, str], workers: Workers, meanwhile: Callable[[], object]
) -> dict[str, str]:
    count = min(workers.count, len(sources))
    if count < 2 or sum(map(len, sources.values())) < PARALLEL_MIN_CHARS:
        # Formatted first: meanwhile may only be waiting for the workers (black's failures are
        # data until after it, so a spec error is still what the user sees).
        outcomes = [_format_one(item) for item in sources.items()]
        meanwhile()
    else:
        futures = [
            workers.submit(_format_batch, batch)
            for batch in _batches(sources, count * BATCHES_PER_WORKER)
        ]
        meanwhile()
        outcomes = [outcome for future in futures for outcome in future.result()]
    formatted: dict[str, str] = {}
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


def _format_batch(items: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    return [_format_one(item) for item in items]


def _format_one(item: tuple[str, str]) -> tuple[str, str, str | None]:
    """(path, formatted text, None) or (path, "", black's message); plain data crosses processes."""
    path, source = item
    try:
        return path, black.format_str(source, mode=MODE), None
    except InvalidInput as error:
        return path, "", str(error)


class _Cache:
    """Content-addressed store of black results; any failure to read or write is a miss."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    def _entry(self, source: str) -> Path | None:
        if self.root is None:
            return None
        key = hashlib.sha256(_KEY_PREFIX + source.encode("utf-8", "surrogatepass")).hexdigest()
        return self.root / key[:2] / key[2:]

    def get(self, source: str) -> str | None:
        entry = self._entry(source)
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

    def put(self, source: str, formatted: str) -> None:
        entry = self._entry(source)
        if entry is None:
            return
        body = formatted.encode("utf-8", "surrogatepass")
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
                os.replace(temp, entry)
            except BaseException:
                os.unlink(temp)
                raise
        except OSError:
            pass  # an unwritable cache only costs speed on the next run
