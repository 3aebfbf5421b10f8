"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadEventType"]


class LeadEventType(str, Enum):
    CANCEL = "Cancel"
    CUSTOMER_ANSWERED = "Customer Answered"
    CUSTOMER_CALL = "Customer Call"
    CUSTOMER_DNC_REQUEST = "Customer DNC Request"
    CUSTOMER_EMAIL = "Customer Email"
    CUSTOMER_NEEDS_MORE_OPTIONS = "Customer Needs More Options"
    CUSTOMER_SEARCH_PROVIDED = "Customer Search Provided"
    CUSTOMER_SELECTS_VEHICLE = "Customer Selects Vehicle"
    CUSTOMER_TEXT = "Customer Text"
    LEAD_CREATED = "Lead Created"
    LOAN_SERVICE_REDIRECT = "Loan Service Redirect"
    OUTBOUND_EMAIL = "Outbound Email"
    OUTBOUND_PHONE_CALL = "Outbound Phone Call"
    OUTBOUND_PHONE_CALL_ANSWERED = "Outbound Phone Call Answered"
    OUTBOUND_PHONE_CALL_NOT_ANSWERED = "Outbound Phone Call Not Answered"
    OUTBOUND_TEXT = "Outbound Text"
    OUTBOUND_VOICEMAIL_LEFT = "Outbound Voicemail Left"
    SCHEDULED_CALL = "Scheduled Call"
    SEARCH_RESULTS_FOUND = "Search Results Found"
    STATUS_CHECK = "Status Check"
    TIME_PASSED = "Time Passed"
