"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CrmTradeSort"]


class CrmTradeSort(str, Enum):
    """A field to sort CRM Trades by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    VIN = "vin"
    VIN_DESC = "-vin"
    LEAD = "lead"
    LEAD_DESC = "-lead"
    YEAR = "year"
    YEAR_DESC = "-year"
    MAKE = "make"
    MAKE_DESC = "-make"
    MODEL = "model"
    MODEL_DESC = "-model"
    TRIM = "trim"
    TRIM_DESC = "-trim"
    PHOTOS = "photos"
    PHOTOS_DESC = "-photos"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
