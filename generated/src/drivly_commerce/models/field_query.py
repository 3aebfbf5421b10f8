"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import BaseModel

__all__ = ["FieldQuery"]


class FieldQuery(BaseModel):
    """Conditions on a dotted path (a field of a related document, a group or an array
    row: `customer.email`), keyed by any of Payload's operators. Values are free-form.
    """

    equals: Any = None
    """The value must be exactly equal."""
    not_equals: Any = None
    """The value must not be equal."""
    in_: Any = Field(None, alias="in")
    """The value must be one of these (a list, or comma-separated text)."""
    not_in: Any = None
    """The value must be none of these (a list, or comma-separated text)."""
    all: Any = None
    """The field (a list) must hold all of these values."""
    like: Any = None
    """Case-insensitive; every word must be present, in any order."""
    not_like: Any = None
    """The opposite of `like`."""
    contains: Any = None
    """Must contain the value, case-insensitive."""
    exists: Any = None
    """`true` for documents where the field has a value, `false` where it has none."""
    greater_than: Any = None
    """For numeric or date fields."""
    greater_than_equal: Any = None
    """For numeric or date fields."""
    less_than: Any = None
    """For numeric or date fields."""
    less_than_equal: Any = None
    """For numeric or date fields."""
    near: Any = None
    """For point fields: `<longitude>,<latitude>,<maxDistance m>,<minDistance m>`."""
    within: Any = None
    """For point fields, a GeoJSON geometry the point must lie within."""
    intersects: Any = None
    """For point fields, a GeoJSON geometry the point must intersect."""
