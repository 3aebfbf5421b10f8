"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel

__all__ = ["DateQuery"]


class DateQuery(BaseModel):
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """

    equals: str | None = None
    """The value must be exactly equal."""
    not_equals: str | None = None
    """The value must not be equal."""
    greater_than: str | None = None
    """Later than this."""
    greater_than_equal: str | None = None
    """This or later."""
    less_than: str | None = None
    """Earlier than this."""
    less_than_equal: str | None = None
    """This or earlier."""
    exists: bool | None = None
    """`true` for documents where the field has a value, `false` where it has none."""
