"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._models import BaseModel
from .id import Id
from .user import User

__all__ = ["Document"]


class Document(BaseModel):
    """A Document document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, createdBy, updatedAt, createdAt) are readOnly: request bodies leave
    them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    email: str | None = None
    notes: str | None = None
    attachments: str | None = None
    created_by: Id | User | None = Field(None, alias="createdBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""
