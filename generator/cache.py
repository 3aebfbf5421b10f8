"""Where the generator keeps what it can reuse between runs (validation, black, templates)."""

from __future__ import annotations

import os
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
