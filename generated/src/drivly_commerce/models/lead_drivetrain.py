"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadDrivetrain"]


class LeadDrivetrain(str, Enum):
    FOUR_WHEEL_DRIVE = "Four Wheel Drive"
    REAR_WHEEL_DRIVE = "Rear Wheel Drive"
    FRONT_WHEEL_DRIVE = "Front Wheel Drive"
    ALL_WHEEL_DRIVE = "all wheel drive"
    FRONT_WHEEL_DRIVE_2 = "front wheel drive"
    REAR_WHEEL_DRIVE_2 = "rear wheel drive"
