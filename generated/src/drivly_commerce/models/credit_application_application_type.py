"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CreditApplicationApplicationType"]


class CreditApplicationApplicationType(str, Enum):
    REFINANCE = "REFINANCE"
    PURCHASE = "PURCHASE"
    LEASE_BUYOUT = "LEASE_BUYOUT"
