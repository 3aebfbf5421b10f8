"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["TemplateType"]


class TemplateType(str, Enum):
    EMAIL_SENT = "Email Sent"
    INITIAL_TEXT_MESSAGE = "Initial Text Message"
    TEXT_NUDGE = "Text Nudge"
