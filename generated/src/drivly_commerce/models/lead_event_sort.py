"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadEventSort"]


class LeadEventSort(str, Enum):
    """A field to sort Lead Events by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    LEAD = "lead"
    LEAD_DESC = "-lead"
    TYPE = "type"
    TYPE_DESC = "-type"
    STATUS = "status"
    STATUS_DESC = "-status"
    NEXT_STEPS = "nextSteps"
    NEXT_STEPS_DESC = "-nextSteps"
    CREATED_BY = "createdBy"
    CREATED_BY_DESC = "-createdBy"
    CURRENT_STATUS_FOR = "currentStatusFor"
    CURRENT_STATUS_FOR_DESC = "-currentStatusFor"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
