"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._models import BaseModel
from .id import Id
from .user import User

__all__ = ["Document"]


class Document(BaseModel):
    """A Document document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id, createdAt and updatedAt every field is optional and may be null. The fields the server sets (id, createdBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: Id
    """The document's id, set by the server (see Id for its type)."""
    name: str | None = None
    email: str | None = None
    notes: str | None = None
    attachments: str | None = None
    created_by: Id | User | None = Field(None, alias="createdBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime = Field(alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime = Field(alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""
