"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadTimeToPurchase"]


class LeadTimeToPurchase(str, Enum):
    ASAP = "ASAP"
    THIS_WEEK = "This week"
    WITHIN_1_2_WEEKS = "Within 1-2 weeks"
    WITHIN_2_4_WEEKS = "Within 2-4 weeks"
    ASAP_2 = "Asap"
    THIS_WEEK_2 = "This Week"
    WITHIN_1_2_WEEKS_2 = "Within 1-2 Weeks"
    WITHIN_2_4_WEEKS_2 = "Within 2-4 Weeks"
    WITHIN_1_2_WEEKS_3 = "within 1-2 weeks"
    WITHIN_2_4_WEEKS_3 = "within 2-4 weeks"
    WITHIN_1_2_MONTHS = "within 1-2 months"
    OTHER = "other"
    THIS_WEEK_3 = "this week"
    ASAP_3 = "asap"
    VALUE_2_MONTHS = "2+ months"
    JUST_BROWSING = "just browsing"
    VALUE_1_2_MONTHS = "1-2 months"
    VALUE_1_2_WEEKS = "1-2 weeks"
    VALUE_2_4_WEEKS = "2-4 weeks"
