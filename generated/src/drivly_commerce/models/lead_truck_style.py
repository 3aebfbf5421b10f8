"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadTruckStyle"]


class LeadTruckStyle(str, Enum):
    CREW = "crew"
    REG = "reg"
    EXTENDED = "extended"
