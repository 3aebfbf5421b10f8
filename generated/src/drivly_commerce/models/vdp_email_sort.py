"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["VdpEmailSort"]


class VdpEmailSort(str, Enum):
    """A field to sort VDP Emails by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    STATUS = "status"
    STATUS_DESC = "-status"
    LEAD = "lead"
    LEAD_DESC = "-lead"
    CREATED_BY = "createdBy"
    CREATED_BY_DESC = "-createdBy"
    LAST_MODIFIED_BY = "lastModifiedBy"
    LAST_MODIFIED_BY_DESC = "-lastModifiedBy"
    VIN_COUNT = "vinCount"
    VIN_COUNT_DESC = "-vinCount"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
