"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadVanStyle"]


class LeadVanStyle(str, Enum):
    CARGO = "cargo"
    PASSENGER = "passenger"
    CONVERSION = "conversion"
