"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._models import BaseModel
from .user_session import UserSession

__all__ = ["User"]


class User(BaseModel):
    """A user of the API, as `createdBy` and `lastModifiedBy` populate it (Payload's
    `users` collection, which owns the API keys). Only the public fields are described:
    the collection is not a resource of the SDK, and its secrets (apiKey, hash, salt,
    reset tokens) are nothing a client should read: Payload 3 leaves them out (seen on
    3.90.2, which sends the fields below). Only `id` is sure to come, as `select` and
    `populate` may leave the rest out.
    """

    id: int | str
    """The user's id (see Id)."""
    email: str | None = None
    """The user's email address, which they log in with."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the user was created, an ISO 8601 date-time string."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the user was last updated, an ISO 8601 date-time string."""
    enable_api_key: bool | None = Field(None, alias="enableAPIKey")
    """Whether the user may authenticate with an API key."""
    has_api_key: bool | None = Field(None, alias="hasAPIKey")
    """Whether the user has an API key (the key itself is never sent)."""
    collection: str | None = None
    """The slug of the collection the user belongs to, `users`."""
    sessions: list[UserSession] | None = None
    """The user's login sessions."""
