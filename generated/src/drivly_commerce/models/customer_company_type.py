"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CustomerCompanyType"]


class CustomerCompanyType(str, Enum):
    """Kind of business a company Customer is."""

    DEALER = "Dealer"
    CONCIERGE = "Concierge"
    BROKER = "Broker"
    PARTNER = "Partner"
    AUCTION = "Auction"
    AFFILIATE = "Affiliate"
    INSURER = "Insurer"
    MOBILE_DETAILER = "Mobile Detailer"
    LAST_MILE_TRANSPORTER = "Last Mile Transporter"
    SERVICE_PROVIDER = "Service Provider"
    LENDER = "Lender"
