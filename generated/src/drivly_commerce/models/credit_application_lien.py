"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["CreditApplicationLien"]


class CreditApplicationLien(BaseModel):
    """Fields grouped under `lien` of a Credit Application."""

    lien_holder: str | None = Field(None, alias="lienHolder")
    monthly_payment_amount: float | None = Field(None, alias="monthlyPaymentAmount")
    payoff_amount: float | None = Field(None, alias="payoffAmount")
    initial_term: float | None = Field(None, alias="initialTerm")
    remaining_term: float | None = Field(None, alias="remainingTerm")
    original_amount: float | None = Field(None, alias="originalAmount")
    apr: float | None = None
