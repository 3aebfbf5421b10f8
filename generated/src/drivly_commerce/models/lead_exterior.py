"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadExterior"]


class LeadExterior(str, Enum):
    SILVER = "Silver"
    WHITE = "White"
    BLACK = "Black"
    BROWN = "Brown"
    BLUE = "Blue"
    ORANGE = "Orange"
    RED = "Red"
    GREEN = "Green"
    ANY_COLOR = "Any color"
    BEIGE = "Beige"
    GOLD = "Gold"
    GRAY = "Gray"
    LIGHT_BLUE = "Light Blue"
