"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CreditApplicationEmploymentEmploymentType"]


class CreditApplicationEmploymentEmploymentType(str, Enum):
    FULL_TIME = "FULL_TIME"
    CONTRACTOR = "CONTRACTOR"
    SELF_EMPLOYED = "SELF_EMPLOYED"
    ACTIVE_MILITARY = "ACTIVE_MILITARY"
    RETIRED = "RETIRED"
    UN_EMPLOYED = "UN_EMPLOYED"
