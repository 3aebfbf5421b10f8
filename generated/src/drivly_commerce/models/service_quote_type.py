"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["ServiceQuoteType"]


class ServiceQuoteType(str, Enum):
    VEHICLE_SERVICE_CONTRACT = "Vehicle Service Contract"
    PRE_PAID_MAINTENANCE = "Pre-Paid Maintenance"
    LONG_HAUL_TRANSPORT = "Long Haul Transport"
    LAST_MILE_DELIVERY = "Last Mile Delivery"
    PRE_PURCHASE_INSPECTION = "Pre-Purchase Inspection"
    POST_SALE_INSPECTION = "Post Sale Inspection"
    CONDITION_INSPECTION = "Condition Inspection"
    SAFETY_INSPECTION = "Safety Inspection"
    MECHANICAL_INSPECTION = "Mechanical Inspection"
    WASH_AND_DETAIL = "Wash And Detail"
