"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["BrandStatus"]


class BrandStatus(str, Enum):
    ACTIVE = "Active"
    INACTIVE = "Inactive"
