"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["SearchAcceptableColors"]


class SearchAcceptableColors(str, Enum):
    ANTI_BLACK = "Anti-Black"
    ANTI_GRAY = "Anti-Gray"
    ANTI_RED = "Anti-Red"
    ANTI_SILVER = "Anti-Silver"
    ANTI_WHITE = "Anti-White"
    BEIGE = "Beige"
    BLACK = "Black"
    BLUE = "Blue"
    BROWN = "Brown"
    GOLD = "Gold"
    GRAY = "Gray"
    GREEN = "Green"
    LIGHT_BLUE = "Light Blue"
    ORANGE = "Orange"
    RED = "Red"
    SILVER = "Silver"
    WHITE = "White"
    YELLOW = "Yellow"
