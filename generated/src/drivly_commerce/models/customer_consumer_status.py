"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CustomerConsumerStatus"]


class CustomerConsumerStatus(str, Enum):
    """Sales status of a consumer Customer."""

    SOLD = "SOLD"
    PENDING = "Pending"
    WORKING = "Working"
    COLD = "Cold"
    LOST = "LOST"
    DUPLICATE = "Duplicate"
    DNC = "DNC"
