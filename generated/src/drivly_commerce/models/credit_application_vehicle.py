"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .credit_application_lien import CreditApplicationLien

__all__ = ["CreditApplicationVehicle"]


class CreditApplicationVehicle(BaseModel):
    """Fields grouped under `vehicle` of a Credit Application."""

    vin: str | None = None
    year: float | None = None
    make: str | None = None
    model: str | None = None
    trim: str | None = None
    mileage: float | None = None
    lien: CreditApplicationLien | None = None
    """Fields grouped under `lien` of a Credit Application."""
