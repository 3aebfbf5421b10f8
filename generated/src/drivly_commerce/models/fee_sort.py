"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["FeeSort"]


class FeeSort(str, Enum):
    """A field to sort Fees by, ascending, or with `-` descending."""

    DESCRIPTION = "description"
    DESCRIPTION_DESC = "-description"
    ID = "id"
    ID_DESC = "-id"
    VEHICLE_PRICE_MIN = "vehiclePriceMin"
    VEHICLE_PRICE_MIN_DESC = "-vehiclePriceMin"
    VEHICLE_PRICE_MAX = "vehiclePriceMax"
    VEHICLE_PRICE_MAX_DESC = "-vehiclePriceMax"
    DOLLAR_AMOUNT = "dollarAmount"
    DOLLAR_AMOUNT_DESC = "-dollarAmount"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
