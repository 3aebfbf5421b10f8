"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["ContactType"]


class ContactType(str, Enum):
    AUCTION = "Auction"
    MECHANIC = "Mechanic"
    OPERATIONS = "Operations"
    BACK_OFFICE = "Back Office"
    TRANSPORTER = "Transporter"
    DETAILER = "Detailer"
    CUSTOMER = "Customer"
    DEALER = "Dealer"
