"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["SearchNewOrUsed"]


class SearchNewOrUsed(str, Enum):
    NEW = "New"
    CERTIFIED = "Certified"
    USED = "Used"
