"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["ContactSort"]


class ContactSort(str, Enum):
    """A field to sort Contacts by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    STATUS = "status"
    STATUS_DESC = "-status"
    CUSTOMER = "customer"
    CUSTOMER_DESC = "-customer"
    ADDRESSES = "addresses"
    ADDRESSES_DESC = "-addresses"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
