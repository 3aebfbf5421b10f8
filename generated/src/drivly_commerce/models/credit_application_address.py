"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel, OpenEnum
from .credit_application_address_state import CreditApplicationAddressState

__all__ = ["CreditApplicationAddress"]


class CreditApplicationAddress(BaseModel):
    """Fields grouped under `address` and `employmentAddress` of a Credit Application."""

    line_one: str | None = Field(None, alias="lineOne")
    line_two: str | None = Field(None, alias="lineTwo")
    city: str | None = None
    state: OpenEnum[CreditApplicationAddressState] | None = None
    postal_code: str | None = Field(None, alias="postalCode")
