"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel

__all__ = ["BooleanQuery"]


class BooleanQuery(BaseModel):
    """Conditions on a checkbox field."""

    equals: bool | None = None
    """The value must be exactly equal."""
    not_equals: bool | None = None
    """The value must not be equal."""
    exists: bool | None = None
    """`true` for documents where the field has a value, `false` where it has none."""
