"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["TextList"]

TextList: TypeAlias = list[str] | str
"""Values to match, as a list or as one comma-separated string."""
