"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel

__all__ = ["CustomerBulkError"]


class CustomerBulkError(BaseModel):
    """A Customer a bulk operation could not change. Payload replaces the message of non-public errors by \"Something went wrong.\"."""

    id: int | str
    """Id of the Customer: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'`, as Customer.id."""
    message: str
    """Why the Customer was not changed."""
