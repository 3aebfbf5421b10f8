"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["PreApprovalStatus"]


class PreApprovalStatus(str, Enum):
    PROCESSING = "Processing"
    ERROR = "Error"
    PROCESSED = "Processed"
    NEEDS_INFO = "Needs Info"
