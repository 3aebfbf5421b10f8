"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .text_list import TextList

__all__ = ["SelectQuery"]


class SelectQuery(BaseModel):
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """

    equals: str | None = None
    """The value must be exactly equal."""
    not_equals: str | None = None
    """The value must not be equal."""
    in_: TextList | None = Field(None, alias="in")
    """The value must be one of these."""
    not_in: TextList | None = None
    """The value must be none of these."""
    all: TextList | None = None
    """A hasMany select must hold all of these values."""
    exists: bool | None = None
    """`true` for documents where the field has a value, `false` where it has none."""
