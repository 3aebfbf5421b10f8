"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CrmVehicleReason"]


class CrmVehicleReason(str, Enum):
    WRONG_COLOR = "Wrong Color"
    WRONG_TRIM = "Wrong Trim"
    OUT_OF_PRICE_RANGE = "Out of price range"
    SOLD_AT_AUCTION = "Sold at Auction"
    SALVAGE_TITLE = "Salvage Title"
    DAMAGE_ON_THE_CARFAX = "Damage on the Carfax"
    OLD = "Old"
    CONDITION_REPORT = "Condition Report"
    MILEAGE = "Mileage"
    TEST = "Test"
    MANUAL_TRANSMISSION = "Manual transmission"
    FEATURES = "Features"
    WAITING_FOR_LOWER_PRICE = "Waiting for Lower Price"
    DUPLICATE = "Duplicate"
    MECHANICAL_AND_DIAGNOSTIC_CODES = "MECHANICAL AND DIAGNOSTIC CODES"
    PREVIOUS_CANADIAN = "Previous Canadian"
    NO_PICTURES = "No Pictures"
