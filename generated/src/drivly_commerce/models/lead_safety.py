"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadSafety"]


class LeadSafety(str, Enum):
    ADAPTIVE_CRUISE_CONTROL = "Adaptive Cruise Control"
    BLIND_SPOT_MONITOR = "Blind Spot Monitor"
    LANE_DEPARTURE_WARNING = "lane departure warning"
    BACK_UP_CAMERA = "back up camera"
    VALUE_360_CAMERA = "360 camera"
    PARK_ASSIST = "park assist"
    HEADS_UP_DISPLAY = "heads-up display"
    ADAPTIVE_CRUISE_CONTROL_2 = "adaptive cruise control"
    BLIND_SPOT_MONITOR_2 = "blind spot monitor"
