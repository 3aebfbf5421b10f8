"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._models import BaseModel

__all__ = ["UserSession"]


class UserSession(BaseModel):
    """A login session of a user (Payload 3's `sessions` of an auth collection)."""

    id: str | None = None
    """The session's id."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the session began."""
    expires_at: datetime | None = Field(None, alias="expiresAt")
    """When the session expires."""
