"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["TradeSort"]


class TradeSort(str, Enum):
    """A field to sort Trades by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    STATUS = "status"
    STATUS_DESC = "-status"
    DEAL = "deal"
    DEAL_DESC = "-deal"
    CREDIT_APPLICATION = "creditApplication"
    CREDIT_APPLICATION_DESC = "-creditApplication"
    TRADE_IN_ALLOWANCE = "tradeInAllowance"
    TRADE_IN_ALLOWANCE_DESC = "-tradeInAllowance"
    ODOMETER = "odometer"
    ODOMETER_DESC = "-odometer"
    LIENHOLDER = "lienholder"
    LIENHOLDER_DESC = "-lienholder"
    TRADE_IN_PAYOFF_BALANCE = "tradeInPayoffBalance"
    TRADE_IN_PAYOFF_BALANCE_DESC = "-tradeInPayoffBalance"
    PAYOFF_GOOD_THROUGH = "payoffGoodThrough"
    PAYOFF_GOOD_THROUGH_DESC = "-payoffGoodThrough"
    VEHICLE = "vehicle"
    VEHICLE_DESC = "-vehicle"
    LAST_MODIFIED_BY = "lastModifiedBy"
    LAST_MODIFIED_BY_DESC = "-lastModifiedBy"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
