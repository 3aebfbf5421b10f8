"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["MessageSort"]


class MessageSort(str, Enum):
    """A field to sort Messages by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    STATUS = "status"
    STATUS_DESC = "-status"
    MESSAGE = "message"
    MESSAGE_DESC = "-message"
    PHONE = "phone"
    PHONE_DESC = "-phone"
    LEAD = "lead"
    LEAD_DESC = "-lead"
    TEMPLATE = "template"
    TEMPLATE_DESC = "-template"
    CREATED_TIME = "createdTime"
    CREATED_TIME_DESC = "-createdTime"
    GENERATED = "generated"
    GENERATED_DESC = "-generated"
    TYPE = "type"
    TYPE_DESC = "-type"
    OPENPHONE_MESSAGE_ID = "openphoneMessageId"
    OPENPHONE_MESSAGE_ID_DESC = "-openphoneMessageId"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
