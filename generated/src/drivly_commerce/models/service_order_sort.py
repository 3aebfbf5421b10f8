"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["ServiceOrderSort"]


class ServiceOrderSort(str, Enum):
    """A field to sort Service Orders by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    SERVICE_QUOTES = "serviceQuotes"
    SERVICE_QUOTES_DESC = "-serviceQuotes"
    PAYMENT_LINK = "paymentLink"
    PAYMENT_LINK_DESC = "-paymentLink"
    VIN = "vin"
    VIN_DESC = "-vin"
    STATUS = "status"
    STATUS_DESC = "-status"
    ERROR = "error"
    ERROR_DESC = "-error"
    ORDER_ID = "orderId"
    ORDER_ID_DESC = "-orderId"
    PRICE = "price"
    PRICE_DESC = "-price"
    RUSH = "rush"
    RUSH_DESC = "-rush"
    QUOTE_EXPIRATION = "quoteExpiration"
    QUOTE_EXPIRATION_DESC = "-quoteExpiration"
    ORDERED = "ordered"
    ORDERED_DESC = "-ordered"
    START = "start"
    START_DESC = "-start"
    DUE = "due"
    DUE_DESC = "-due"
    CONSIGNOR = "consignor"
    CONSIGNOR_DESC = "-consignor"
    BILL_TO = "billTo"
    BILL_TO_DESC = "-billTo"
    ORIGIN = "origin"
    ORIGIN_DESC = "-origin"
    DESTINATION = "destination"
    DESTINATION_DESC = "-destination"
    ORDER_LINK = "orderLink"
    ORDER_LINK_DESC = "-orderLink"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
