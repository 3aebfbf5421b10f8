"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .text_list import TextList

__all__ = ["TextQuery"]


class TextQuery(BaseModel):
    """Conditions on a text field, all of which must hold."""

    equals: str | None = None
    """The value must be exactly equal."""
    not_equals: str | None = None
    """The value must not be equal."""
    like: str | None = None
    """Case-insensitive; every word must be present, in any order."""
    not_like: str | None = None
    """The opposite of `like`."""
    contains: str | None = None
    """Must contain the value, case-insensitive."""
    in_: TextList | None = Field(None, alias="in")
    """The value must be one of these."""
    not_in: TextList | None = None
    """The value must be none of these."""
    exists: bool | None = None
    """`true` for documents where the field has a value, `false` where it has none."""
