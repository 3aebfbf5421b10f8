"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["AttachmentStatus"]


class AttachmentStatus(str, Enum):
    ERROR = "Error"
    SENDING = "Sending"
    SENT = "Sent"
