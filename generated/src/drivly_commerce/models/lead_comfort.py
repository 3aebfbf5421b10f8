"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadComfort"]


class LeadComfort(str, Enum):
    LEATHER_PREMIUM_SEATS = "Leather/premium Seats"
    HEATED_STEERING_WHEEL = "Heated Steering Wheel"
    LEATHER_PREMIUM_SEATS_2 = "leather/premium seats"
    HEATED_STEERING_WHEEL_2 = "heated steering wheel"
    VENTILATED_OR_COOLED_SEATS = "ventilated or cooled seats"
    HEATED_SEATS = "heated seats"
    DUAL_ZONE_CLIMATE_CONTROL = "dual-zone/climate control"
    POWER_ADJUSTABLE_SEATS = "power-adjustable seats"
    NOISE_CANCELLING_TECHNOLOGY = "noise-cancelling technology"
    MASSAGE_SEATS = "massage seats"
