"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["DealType"]


class DealType(str, Enum):
    WHOLESALE_DROPSHIP = "Wholesale Dropship"
    WHOLESALE = "Wholesale"
    CONCIERGE_SEARCH = "Concierge Search"
    CONSIGNMENT = "Consignment"
    INSTANT_CASH_OFFER = "Instant Cash Offer"
    CONCIERGE_BUY = "Concierge Buy"
    PRIVATE_PARTY = "Private Party"
