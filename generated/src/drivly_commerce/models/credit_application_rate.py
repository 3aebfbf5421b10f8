"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["CreditApplicationRate"]


class CreditApplicationRate(BaseModel):
    """A row of `rates` of a Credit Application."""

    term: str | None = None
    apr: str | None = None
    monthly_payment: float | None = Field(None, alias="monthlyPayment")
    required_down_payment: float | None = Field(None, alias="requiredDownPayment")
    activation_link: str | None = Field(None, alias="activationLink")
    id: str | None = None
