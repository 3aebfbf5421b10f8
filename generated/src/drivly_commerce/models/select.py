"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["Select"]

Select: TypeAlias = dict[str, bool | dict[str, Any]]
"""Field names mapped to `true` (send the field) or `false` (leave it out); a group's or
array's fields nest as another such object.
"""
