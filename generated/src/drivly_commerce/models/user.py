"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._models import BaseModel
from .id import Id

__all__ = ["User"]


class User(BaseModel):
    """A user of the API, as `createdBy` and `lastModifiedBy` populate it (Payload's `users` collection, which owns the API keys). Only the public fields are described: the collection is not a resource of the SDK, and its secrets (apiKey, hash, salt, reset tokens) are nothing a client should read; other fields the server sends are kept as extra fields."""

    id: Id
    """A document id, as the server gives it: a number with Payload's SQL adapters (Postgres, SQLite) and their default `idType`, e.g. `27` (seen on Payload 3.90.2 with @payloadcms/db-sqlite), a string with MongoDB (an ObjectId) or `idType: 'uuid'`. The `@drivly/commerce` npm SDK types every id as a string. A relationship field holds ids at depth 0 and the related documents at depth 1 or more: `depth` decides."""
    email: str | None = None
    """The user's email address, which they log in with."""
    created_at: datetime = Field(alias="createdAt")
    """When the user was created, an ISO 8601 date-time string."""
    updated_at: datetime = Field(alias="updatedAt")
    """When the user was last updated, an ISO 8601 date-time string."""
