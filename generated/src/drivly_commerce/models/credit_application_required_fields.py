"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CreditApplicationRequiredFields"]


class CreditApplicationRequiredFields(str, Enum):
    PRIMARY_APPLICANT = "primaryApplicant"
    PRIMARY_APPLICANT_CURRENT_RESIDENCE = "primaryApplicant.currentResidence"
    PRIMARY_APPLICANT_CURRENT_EMPLOYMENT = "primaryApplicant.currentEmployment"
    PRIMARY_APPLICANT_ADDITIONAL_INCOME = "primaryApplicant.additionalIncome"
    PRIMARY_APPLICANT_PREVIOUS_RESIDENCE = "primaryApplicant.previousResidence"
    PRIMARY_APPLICANT_PREVIOUS_EMPLOYMENT = "primaryApplicant.previousEmployment"
    CO_APPLICANT = "coApplicant"
    CO_APPLICANT_CURRENT_RESIDENCE = "coApplicant.currentResidence"
    CO_APPLICANT_CURRENT_EMPLOYMENT = "coApplicant.currentEmployment"
    CO_APPLICANT_ADDITIONAL_INCOME = "coApplicant.additionalIncome"
    CO_APPLICANT_PREVIOUS_RESIDENCE = "coApplicant.previousResidence"
    CO_APPLICANT_PREVIOUS_EMPLOYMENT = "coApplicant.previousEmployment"
    VEHICLE = "vehicle"
    VEHICLE_LIEN = "vehicle.lien"
    FINANCE_AMOUNT = "financeAmount"
    APPLICATION_TYPE = "applicationType"
