"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["AddressSort"]


class AddressSort(str, Enum):
    """A field to sort Addresses by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    STREET = "street"
    STREET_DESC = "-street"
    SUITE = "suite"
    SUITE_DESC = "-suite"
    CITY = "city"
    CITY_DESC = "-city"
    STATE = "state"
    STATE_DESC = "-state"
    ZIP = "zip"
    ZIP_DESC = "-zip"
    COUNTRY = "country"
    COUNTRY_DESC = "-country"
    TENANTS = "tenants"
    TENANTS_DESC = "-tenants"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
