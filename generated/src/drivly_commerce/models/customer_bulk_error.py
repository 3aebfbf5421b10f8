"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel


class CustomerBulkError(BaseModel):
    """A Customer a bulk operation could not change. Payload replaces the message of non-public errors by \"Something went wrong.\"."""

    id: str | int
    """Id of the Customer (a string or a number, depending on the database)."""
    message: str
    """Why the Customer was not changed."""
