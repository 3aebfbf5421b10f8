"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadSuvStyle"]


class LeadSuvStyle(str, Enum):
    SMALL_COMPACT = "small/compact"
    MID_SIZE = "mid-size"
    LARGE_FULL_SIZE = "large/full-size"
