"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .number_list import NumberList

__all__ = ["NumberQuery"]


class NumberQuery(BaseModel):
    """Conditions on a number field, all of which must hold."""

    equals: float | None = None
    """The value must be exactly equal."""
    not_equals: float | None = None
    """The value must not be equal."""
    greater_than: float | None = None
    greater_than_equal: float | None = None
    less_than: float | None = None
    less_than_equal: float | None = None
    in_: NumberList | None = Field(None, alias="in")
    """The value must be one of these."""
    not_in: NumberList | None = None
    """The value must be none of these."""
    exists: bool | None = None
    """`true` for documents where the field has a value, `false` where it has none."""
