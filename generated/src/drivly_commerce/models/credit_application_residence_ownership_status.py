"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CreditApplicationResidenceOwnershipStatus"]


class CreditApplicationResidenceOwnershipStatus(str, Enum):
    OWN = "OWN"
    RENT = "RENT"
    RELATIVE_OWNED = "RELATIVE_OWNED"
