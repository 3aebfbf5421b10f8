"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadReason"]


class LeadReason(str, Enum):
    DO_NOT_CONTACT = "Do Not Contact"
    DUPLICATE = "Duplicate"
    LOOKING_FOR_BUSINESS_FINANCING = "Looking For Business Financing"
    LOOKING_FOR_LISTINGS = "Looking For Listings"
    LOOKING_FOR_PERSONAL_FINANCING = "Looking For Personal Financing"
    NOT_RESPONDING = "Not Responding"
    TEST = "Test"
    BAD_CREDIT = "Bad Credit"
