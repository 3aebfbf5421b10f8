"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["QuietHourSort"]


class QuietHourSort(str, Enum):
    """A field to sort Quiet Hours settings by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    QUIET_HOURS = "quietHours"
    QUIET_HOURS_DESC = "-quietHours"
    TODAY = "today"
    TODAY_DESC = "-today"
    LAST_ACTIVATION = "lastActivation"
    LAST_ACTIVATION_DESC = "-lastActivation"
    LAST_DEACTIVATION = "lastDeactivation"
    LAST_DEACTIVATION_DESC = "-lastDeactivation"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
