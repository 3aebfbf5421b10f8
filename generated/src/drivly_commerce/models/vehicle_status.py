"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["VehicleStatus"]


class VehicleStatus(str, Enum):
    BOUGHT_AT_AUCTION = "Bought at Auction"
    INSPECTED = "Inspected"
    TRANSPORT_TO_INSPECTION = "Transport to Inspection"
    TRANSPORT_TO_CUSTOMER = "Transport to Customer"
    ARBITRATION = "Arbitration"
    BID_PLACED = "Bid Placed"
    SOLD_TO_CUSTOMER = "SOLD TO CUSTOMER"
    IDENTIFIED_AS_POTENTIAL_OPTION_FOR_CUSTOMER = (
        "Identified as potential option for customer"
    )
    TAKEN_IN_ON_TRADE = "Taken in on Trade"
    TRADE_SOLD_AT_AUCTION = "Trade sold at Auction"
    TRADE_SOLD_RETAIL = "Trade sold Retail"
