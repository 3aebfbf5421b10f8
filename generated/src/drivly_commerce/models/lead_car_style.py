"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadCarStyle"]


class LeadCarStyle(str, Enum):
    SEDAN = "sedan"
    COUPE = "coupe"
    CONVERTIBLE = "convertible"
    HATCHBACK = "hatchback"
