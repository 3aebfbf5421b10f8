"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LocationSort"]


class LocationSort(str, Enum):
    """A field to sort Locations by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    ADDRESS = "address"
    ADDRESS_DESC = "-address"
    CITY = "city"
    CITY_DESC = "-city"
    STATE = "state"
    STATE_DESC = "-state"
    ZIP = "zip"
    ZIP_DESC = "-zip"
    COUNTRY = "country"
    COUNTRY_DESC = "-country"
    TENANT = "tenant"
    TENANT_DESC = "-tenant"
    CREATED_BY = "createdBy"
    CREATED_BY_DESC = "-createdBy"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
