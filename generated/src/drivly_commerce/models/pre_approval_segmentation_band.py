"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["PreApprovalSegmentationBand"]


class PreApprovalSegmentationBand(str, Enum):
    EXCELLENT_750_900 = "Excellent (750-900)"
    GOOD_700_749 = "Good (700-749)"
    FAIR_650_699 = "Fair (650-699)"
    FAIR_600_649 = "Fair (600-649)"
    OK_550_599 = "OK (550-599)"
    LOWER_300_549 = "Lower (300-549)"
    UNKNOWN = "Unknown"
    NS = "NS"
