"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["DmvFeeSort"]


class DmvFeeSort(str, Enum):
    """A field to sort DMV Fees by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    FEE = "fee"
    FEE_DESC = "-fee"
    ESTIMATE = "estimate"
    ESTIMATE_DESC = "-estimate"
    ACTUAL = "actual"
    ACTUAL_DESC = "-actual"
    TENANT = "tenant"
    TENANT_DESC = "-tenant"
    LAST_MODIFIED_BY = "lastModifiedBy"
    LAST_MODIFIED_BY_DESC = "-lastModifiedBy"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
