"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["TradeStatus"]


class TradeStatus(str, Enum):
    VEHICLE_PICKED_UP = "Vehicle Picked Up "
    DROPPED_OFF_AT_MANHEIM = "Dropped Off At Manheim"
