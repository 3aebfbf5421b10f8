"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CreditApplicationApplicantRelationshipType"]


class CreditApplicationApplicantRelationshipType(str, Enum):
    SPOUSE = "SPOUSE"
    RELATIVE = "RELATIVE"
    FRIEND = "FRIEND"
