"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["SearchDrive"]


class SearchDrive(str, Enum):
    VALUE_4_WD = "4WD"
    AWD = "AWD"
    VALUE_2_WD = "2WD"
