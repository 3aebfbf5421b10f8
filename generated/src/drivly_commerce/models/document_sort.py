"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["DocumentSort"]


class DocumentSort(str, Enum):
    """A field to sort Documents by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    EMAIL = "email"
    EMAIL_DESC = "-email"
    NOTES = "notes"
    NOTES_DESC = "-notes"
    ATTACHMENTS = "attachments"
    ATTACHMENTS_DESC = "-attachments"
    CREATED_BY = "createdBy"
    CREATED_BY_DESC = "-createdBy"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
