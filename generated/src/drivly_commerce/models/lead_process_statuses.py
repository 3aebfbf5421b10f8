"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadProcessStatuses"]


class LeadProcessStatuses(str, Enum):
    QUALIFIED_LEAD = "Qualified Lead"
    ACTIVELY_COMMUNICATING = "Actively Communicating"
    FIRST_COMMUNICATION_ATTEMPT_PHONE_AND_TEXT = (
        "First Communication Attempt (phone and text)"
    )
    SECOND_COMMUNICATION_ATTEMPT = "Second Communication Attempt"
    ON_HOLD = "On Hold"
    LOST = "Lost"
