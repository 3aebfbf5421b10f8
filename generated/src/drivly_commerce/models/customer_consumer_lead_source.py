"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CustomerConsumerLeadSource"]


class CustomerConsumerLeadSource(str, Enum):
    """Channel a consumer Customer came from."""

    CAR_CONCIERGE_ANDREW = "Car Concierge (Andrew)"
    DRIV_LY_WEBSITE = "Driv.ly Website"
    SELF_GENERATED = "Self Generated"
    REFERRAL = "Referral"
    ROCKET = "Rocket"
