"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._models import BaseModel
from .id import Id

__all__ = ["WebEvent"]


class WebEvent(BaseModel):
    """A Web Event document. Apart from id, createdAt and updatedAt every field is optional and may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: Id
    """The document's id, set by the server (see Id for its type)."""
    name: str | None = None
    anonymous_id: str | None = Field(None, alias="anonymousId")
    updated_at: datetime = Field(alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime = Field(alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""
