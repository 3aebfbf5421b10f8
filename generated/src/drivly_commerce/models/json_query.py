"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import BaseModel
from .text_list import TextList

__all__ = ["JsonQuery"]


class JsonQuery(BaseModel):
    """Conditions on a JSON field, all of which must hold; a key inside it is queried by
    its dotted path.
    """

    equals: Any = None
    """The value must be exactly equal."""
    not_equals: Any = None
    """The value must not be equal."""
    like: str | None = None
    """Case-insensitive; every word must be present, in any order."""
    contains: str | None = None
    """Must contain the value, case-insensitive."""
    in_: TextList | None = Field(None, alias="in")
    """The value must be one of these."""
    exists: bool | None = None
    """`true` for documents where the field has a value, `false` where it has none."""
