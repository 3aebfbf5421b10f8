"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["SearchAcceptableInterior"]


class SearchAcceptableInterior(str, Enum):
    BEIGE = "Beige"
    BLACK = "Black"
    BROWN = "Brown"
    CREAM = "Cream"
    GRAY = "Gray"
    IVORY = "Ivory"
    RED = "Red"
    TAN = "Tan"
    WHITE = "White"
    BLUE = "Blue"
    BURGUNDY = "Burgundy"
    CHARCOAL = "Charcoal"
    OFF_WHITE = "Off-White"
