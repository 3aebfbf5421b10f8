"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadBodyStyle"]


class LeadBodyStyle(str, Enum):
    TRUCK = "truck"
    CAR = "car"
    VAN = "van"
    SUV = "suv"
    WAGON = "wagon"
