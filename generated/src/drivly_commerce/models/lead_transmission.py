"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadTransmission"]


class LeadTransmission(str, Enum):
    AUTOMATIC = "Automatic"
    MANUAL = "Manual"
    AUTOMATIC_2 = "automatic"
    CVT = "cvt"
    MANUAL_2 = "manual"
