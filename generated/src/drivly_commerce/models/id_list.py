"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from typing import TypeAlias

from .id import Id

__all__ = ["IdList"]

IdList: TypeAlias = list[Id] | str
"""Ids to match, as a list or as one comma-separated string."""
