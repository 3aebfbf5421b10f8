"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .id import Id

__all__ = ["BulkError"]


class BulkError(BaseModel):
    """A document a bulk update or delete could not change.

    Payload replaces the message of non-public errors by \"Something went wrong.\".
    """

    id: Id
    """Id of the document."""
    message: str
    """Why the document was not changed."""
