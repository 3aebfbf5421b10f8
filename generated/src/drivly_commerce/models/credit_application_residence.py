"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel, OpenEnum
from .credit_application_address import CreditApplicationAddress
from .credit_application_residence_ownership_status import (
    CreditApplicationResidenceOwnershipStatus,
)

__all__ = ["CreditApplicationResidence"]


class CreditApplicationResidence(BaseModel):
    """Fields grouped under `currentResidence` and `previousResidence` of a Credit
    Application.
    """

    monthly_payment_amount: float | None = Field(None, alias="monthlyPaymentAmount")
    months_at_residence: float | None = Field(None, alias="monthsAtResidence")
    ownership_status: OpenEnum[CreditApplicationResidenceOwnershipStatus] | None = (
        Field(None, alias="ownershipStatus")
    )
    address: CreditApplicationAddress | None = None
    """Fields grouped under `address` and `employmentAddress` of a Credit Application."""
