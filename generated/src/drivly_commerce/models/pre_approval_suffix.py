"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["PreApprovalSuffix"]


class PreApprovalSuffix(str, Enum):
    JR = "JR"
    SR = "SR"
    II = "II"
    III = "III"
    IV = "IV"
