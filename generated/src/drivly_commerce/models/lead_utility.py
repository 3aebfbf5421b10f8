"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadUtility"]


class LeadUtility(str, Enum):
    TOWING_PACKAGE = "Towing Package"
    SUNROOF_MOONROOF_PANORAMIC_ROOF = "Sunroof/moonroof/panoramic Roof"
    TOWING_PACKAGE_2 = "towing package"
    SUNROOF_MOONROOF_PANORAMIC_ROOF_2 = "sunroof/moonroof/panoramic roof"
    ADAPTIVE_SUSPENSION = "adaptive suspension"
    VALUE_4_WHEEL_DRIVE = "4 wheel drive"
    VALUE_3_RD_ROW_SEATS = "3rd row seats"
    HANDICAP_ACCESSIBLE = "handicap accessible"
