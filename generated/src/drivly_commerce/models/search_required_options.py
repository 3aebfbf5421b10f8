"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["SearchRequiredOptions"]


class SearchRequiredOptions(str, Enum):
    HEATED_SEATS = "Heated Seats"
    NO_CRAZY_COLORS = "No crazy colors"
    TOW_PACKAGE = "Tow package"
    HEATED_WHEEL = "Heated wheel"
    PANORAMIC_SUNROOF = "Panoramic sunroof"
    LEATHER_SEATS = "Leather Seats"
    BLUETOOTH = "Bluetooth"
    BACKUP_CAMERA = "Backup Camera"
    APPLE_PLAY = "Apple Play"
    COOLED_SEATS = "Cooled Seats"
