"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CreditApplicationApplicantAdditionalIncomeFrequency"]


class CreditApplicationApplicantAdditionalIncomeFrequency(str, Enum):
    WEEKLY = "WEEKLY"
    BI_WEEKLY = "BI_WEEKLY"
    TWICE_MONTHLY = "TWICE_MONTHLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"
