"""Where the generator keeps what it can reuse between runs (validation, black, templates)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def cache_root() -> Path | None:
    """$SDKGEN_CACHE_DIR, else ~/.cache/sdkgen; None when there is no home to cache in.

    Every cache below it is keyed by content, so a stale entry is never used, and any
    read or write failure only costs the work the cache would have saved.
    """
    configured = os.environ.get("SDKGEN_CACHE_DIR")
    if configured:
        return Path(configured)
    try:
        return Path.home() / ".cache" / "sdkgen"
    except RuntimeError:
        return None


def store(entry: Path, data: bytes) -> None:
    """Write a cache entry atomically: a concurrent reader finds no file or a whole one. A
    cache is optional, so a failure to write it is no error (it costs the next run time)."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, entry)
        except BaseException:
            # Interrupted, perhaps once the file was in place: the interrupt is what counts.
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError:
        pass
