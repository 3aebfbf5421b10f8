"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["ServiceOrderType"]


class ServiceOrderType(str, Enum):
    CONDITION_INSPECTION = "Condition Inspection"
    LAST_MILE_DELIVERY = "Last Mile Delivery"
    LONG_HAUL_TRANSPORT = "Long Haul Transport"
    MECHANICAL_INSPECTION = "Mechanical Inspection"
    POST_SALE_INSPECTION = "Post Sale Inspection"
    PRE_PAID_MAINTENANCE = "Pre-Paid Maintenance"
    PRE_PURCHASE_INSPECTION = "Pre-Purchase Inspection"
    SAFETY_INSPECTION = "Safety Inspection"
    VEHICLE_SERVICE_CONTRACT = "Vehicle Service Contract"
    WASH_AND_DETAIL = "Wash And Detail"
