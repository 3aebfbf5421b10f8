"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["InsurancePolicySort"]


class InsurancePolicySort(str, Enum):
    """A field to sort Insurance Policies by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    INSURANCE_COMPANY = "insuranceCompany"
    INSURANCE_COMPANY_DESC = "-insuranceCompany"
    POLICY_NUMBER = "policyNumber"
    POLICY_NUMBER_DESC = "-policyNumber"
    TENANT = "tenant"
    TENANT_DESC = "-tenant"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
