"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["ServiceQuoteStatus"]


class ServiceQuoteStatus(str, Enum):
    QUOTED = "Quoted"
    PENDING = "Pending"
    IN_REVIEW = "In Review"
    ACTIVE = "Active"
    DISPATCHED = "Dispatched"
    EN_ROUTE = "En Route"
    COMPLETE = "Complete"
    HOLD = "Hold"
    CANCEL = "Cancel"
    ERROR = "Error"
