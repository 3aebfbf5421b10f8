"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel

__all__ = ["CreditApplicationLog"]


class CreditApplicationLog(BaseModel):
    """A row of `logs` of a Credit Application."""

    timestamp: str | None = None
    message: str | None = None
    debug: dict[str, Any] | list[Any] | str | float | bool | None = None
    """Any JSON value."""
    id: str | None = None
