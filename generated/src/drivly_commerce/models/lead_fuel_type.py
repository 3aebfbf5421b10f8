"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadFuelType"]


class LeadFuelType(str, Enum):
    GASOLINE = "Gasoline"
    ELECTRIC = "Electric"
    HYBRID = "Hybrid"
    GASOLINE_2 = "gasoline"
    FLEX_FUEL = "flex fuel"
    DIESEL = "diesel"
    OTHER = "other"
    HYBRID_2 = "hybrid"
    ELECTRIC_2 = "electric"
