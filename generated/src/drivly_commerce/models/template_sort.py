"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["TemplateSort"]


class TemplateSort(str, Enum):
    """A field to sort Templates by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    MESSAGE = "message"
    MESSAGE_DESC = "-message"
    SEQUENCE = "sequence"
    SEQUENCE_DESC = "-sequence"
    TYPE = "type"
    TYPE_DESC = "-type"
    CHOICE = "choice"
    CHOICE_DESC = "-choice"
    SUBJECT = "subject"
    SUBJECT_DESC = "-subject"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
