"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["SearchTransmission"]


class SearchTransmission(str, Enum):
    MANUAL = "Manual"
    AUTOMATIC = "Automatic"
