"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["VehicleSort"]


class VehicleSort(str, Enum):
    """A field to sort Vehicles by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    VIN = "vin"
    VIN_DESC = "-vin"
    CUSTOMER = "customer"
    CUSTOMER_DESC = "-customer"
    YEAR = "year"
    YEAR_DESC = "-year"
    MAKE = "make"
    MAKE_DESC = "-make"
    MODEL = "model"
    MODEL_DESC = "-model"
    TRIM = "trim"
    TRIM_DESC = "-trim"
    STYLE = "style"
    STYLE_DESC = "-style"
    BODY = "body"
    BODY_DESC = "-body"
    DRIVETRAIN = "drivetrain"
    DRIVETRAIN_DESC = "-drivetrain"
    ENGINE = "engine"
    ENGINE_DESC = "-engine"
    TRANSMISSION = "transmission"
    TRANSMISSION_DESC = "-transmission"
    INTERIOR = "interior"
    INTERIOR_DESC = "-interior"
    EXTERIOR = "exterior"
    EXTERIOR_DESC = "-exterior"
    TENANT = "tenant"
    TENANT_DESC = "-tenant"
    CREATED_BY = "createdBy"
    CREATED_BY_DESC = "-createdBy"
    TRANSPORT_SERVICE_ORDERS = "transportServiceOrders"
    TRANSPORT_SERVICE_ORDERS_DESC = "-transportServiceOrders"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
