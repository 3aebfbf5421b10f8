"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadEntertainment"]


class LeadEntertainment(str, Enum):
    PREMIUM_AUDIO_SYSTEM = "Premium Audio System"
    ENTERTAINMENT_PACKAGE_DVD = "Entertainment Package/dvd"
    PREMIUM_AUDIO_SYSTEM_2 = "premium audio system"
    APPLE_CARPLAY_ANDROID_AUTO = "apple carplay/android auto"
    BLUETOOTH = "bluetooth"
    AUXILIARY_INPUT = "auxiliary input"
    USB_PORTS = "usb ports"
    WIRELESS_DEVICE_CHARGING = "wireless device charging"
    WI_FI_HOTSPOT = "wi-fi hotspot"
    NAVIGATION_SYSTEM = "navigation system"
    ENTERTAINMENT_PACKAGE_DVD_2 = "entertainment package/dvd"
    SATELLITE_RADIO = "satellite radio"
