"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["MessageStatus"]


class MessageStatus(str, Enum):
    SEND = "Send"
    SENT = "Sent"
    RECEIVED = "Received"
    QUEUED = "Queued"
    CANCELED = "Canceled"
    RETRY = "Retry"
    MANUAL = "Manual"
