"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["WebhookSort"]


class WebhookSort(str, Enum):
    """A field to sort Webhooks by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    URL = "url"
    URL_DESC = "-url"
    METHOD = "method"
    METHOD_DESC = "-method"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
