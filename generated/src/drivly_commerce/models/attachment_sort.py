"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["AttachmentSort"]


class AttachmentSort(str, Enum):
    """A field to sort Attachments by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    STATUS = "status"
    STATUS_DESC = "-status"
    TYPE = "type"
    TYPE_DESC = "-type"
    FILE = "file"
    FILE_DESC = "-file"
    SERVICE_ORDERS = "serviceOrders"
    SERVICE_ORDERS_DESC = "-serviceOrders"
    ORDER_ID = "orderId"
    ORDER_ID_DESC = "-orderId"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
