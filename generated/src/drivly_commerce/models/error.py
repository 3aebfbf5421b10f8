"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .error_item import ErrorItem

__all__ = ["Error"]


class Error(BaseModel):
    """Payload's error body, a list of one or more errors."""

    errors: list[ErrorItem]
    """The errors, usually exactly one."""
