"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["VdpEmailStatus"]


class VdpEmailStatus(str, Enum):
    DRAFT = "Draft"
    SEND = "Send"
    SENT = "Sent"
