"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._models import BaseModel

__all__ = ["Fee"]


class Fee(BaseModel):
    """A Fee document.

    Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    description: str | None = None
    id: int
    """The fee's id, which the client chooses: the Fees collection declares its own
    number `id` field (payload-types.ts types it `number`, unlike every other id), so
    Payload requires it on create and it is a number on every database.
    """
    vehicle_price_min: str | None = Field(None, alias="vehiclePriceMin")
    vehicle_price_max: str | None = Field(None, alias="vehiclePriceMax")
    dollar_amount: str | None = Field(None, alias="dollarAmount")
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""
