"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["NumberList"]

NumberList: TypeAlias = list[float] | str
"""Values to match, as a list or as one comma-separated string."""
