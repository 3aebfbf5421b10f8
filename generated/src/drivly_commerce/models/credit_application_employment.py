"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel, OpenEnum
from .credit_application_address import CreditApplicationAddress
from .credit_application_employment_employment_type import (
    CreditApplicationEmploymentEmploymentType,
)

__all__ = ["CreditApplicationEmployment"]


class CreditApplicationEmployment(BaseModel):
    """Fields grouped under `currentEmployment` and `previousEmployment` of a Credit
    Application.
    """

    yearly_income_amount: float | None = Field(None, alias="yearlyIncomeAmount")
    months_at_employer: float | None = Field(None, alias="monthsAtEmployer")
    employment_type: OpenEnum[CreditApplicationEmploymentEmploymentType] | None = Field(
        None, alias="employmentType"
    )
    employer_name: str | None = Field(None, alias="employerName")
    employment_position: str | None = Field(None, alias="employmentPosition")
    employment_address: CreditApplicationAddress | None = Field(
        None, alias="employmentAddress"
    )
    """Fields grouped under `address` and `employmentAddress` of a Credit Application."""
