"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadInterior"]


class LeadInterior(str, Enum):
    BLACK = "Black"
    GRAY = "Gray"
    TAN = "Tan"
    BEIGE = "Beige"
    BLUE = "Blue"
    BROWN = "Brown"
    RED = "Red"
    WHITE = "White"
    ANY_COLOR = "Any color"
    IVORY = "Ivory"
    CREAM = "Cream"
