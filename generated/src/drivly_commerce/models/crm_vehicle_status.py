"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CrmVehicleStatus"]


class CrmVehicleStatus(str, Enum):
    NEEDS_REVIEW = "Needs Review"
    EXCLUDE = "Exclude"
    TO_SEND_TO_CUSTOMER = "To Send to Customer"
    SENT_TO_CUSTOMER = "Sent to Customer"
    WATCHING_PRICE = "Watching Price"
    CUSTOMER_APPROVED = "Customer Approved"
