"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["BrandSort"]


class BrandSort(str, Enum):
    """A field to sort Brands by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    LOGO_SVG = "logoSvg"
    LOGO_SVG_DESC = "-logoSvg"
    LOGO_PNG = "logoPng"
    LOGO_PNG_DESC = "-logoPng"
    PRIMARY_COLOR = "primaryColor"
    PRIMARY_COLOR_DESC = "-primaryColor"
    HOVER_COLOR = "hoverColor"
    HOVER_COLOR_DESC = "-hoverColor"
    SECONDARY_COLOR = "secondaryColor"
    SECONDARY_COLOR_DESC = "-secondaryColor"
    LEGAL_NAME = "legalName"
    LEGAL_NAME_DESC = "-legalName"
    STATUS = "status"
    STATUS_DESC = "-status"
    CUSTOMER = "customer"
    CUSTOMER_DESC = "-customer"
    CREATED_BY = "createdBy"
    CREATED_BY_DESC = "-createdBy"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
