"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["SalesRepSort"]


class SalesRepSort(str, Enum):
    """A field to sort Sales Reps by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    USER = "user"
    USER_DESC = "-user"
    PHONE = "phone"
    PHONE_DESC = "-phone"
    PHONE_NUMBER = "phoneNumber"
    PHONE_NUMBER_DESC = "-phoneNumber"
    ACCEPT_NEW_LEADS = "acceptNewLeads"
    ACCEPT_NEW_LEADS_DESC = "-acceptNewLeads"
    ASSIGNED_LEADS = "assignedLeads"
    ASSIGNED_LEADS_DESC = "-assignedLeads"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
