"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["SearchBodyStyle"]


class SearchBodyStyle(str, Enum):
    CAR = "car"
    SUV = "suv"
    TRUCK = "truck"
    VAN = "van"
    WAGON = "wagon"
