"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CreditApplicationEnvironment"]


class CreditApplicationEnvironment(str, Enum):
    PRODUCTION = "Production"
    DEVELOPMENT = "Development"
