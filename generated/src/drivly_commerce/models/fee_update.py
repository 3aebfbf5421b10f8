"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["FeeUpdate"]


class FeeUpdate(BaseModel):
    """Body of `update` and `update_many` (PATCH): the Fee fields a client may change,
    every one optional. Not the Fee schema itself, as for the other collections: that
    one requires the client-chosen `id`, which an update leaves out
    (tests/test_drivly_spec.py checks the two list the same fields).
    """

    description: str | None = None
    vehicle_price_min: str | None = Field(None, alias="vehiclePriceMin")
    vehicle_price_max: str | None = Field(None, alias="vehiclePriceMax")
    dollar_amount: str | None = Field(None, alias="dollarAmount")
