"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from typing import TypeAlias

from .select import Select

__all__ = ["Populate"]

Populate: TypeAlias = dict[str, Select]
"""Collection slugs mapped to the fields of their populated documents, as in `select`."""
