"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["TenantSort"]


class TenantSort(str, Enum):
    """A field to sort Tenants by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    DEFAULT_FACILITATOR = "defaultFacilitator"
    DEFAULT_FACILITATOR_DESC = "-defaultFacilitator"
    EMAIL = "email"
    EMAIL_DESC = "-email"
    API_KEY = "apiKey"
    API_KEY_DESC = "-apiKey"
    ENVIRONMENT = "environment"
    ENVIRONMENT_DESC = "-environment"
    CREDIT_APPLICATION_LABEL = "creditApplicationLabel"
    CREDIT_APPLICATION_LABEL_DESC = "-creditApplicationLabel"
    SERVICE_ORDERS = "serviceOrders"
    SERVICE_ORDERS_DESC = "-serviceOrders"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
