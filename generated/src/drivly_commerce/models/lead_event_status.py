"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["LeadEventStatus"]


class LeadEventStatus(str, Enum):
    PROVIDE_CUSTOMER_WITH_THREE_OPTIONS = "Provide Customer With Three Options"
    CUSTOMER_PROVIDED_OPTIONS = "Customer Provided Options"
    ANSWER_TEXT_MESSAGE = "Answer Text Message"
    HAD_CONVERSATION = "Had Conversation"
    INTAKE_FORM_SUBMITTED = "Intake Form Submitted"
    SEND_TEXT_MESSAGE = "Send Text Message"
    SEND_TEXT_TEMPLATE_1 = "Send Text Template 1"
    WAITING_FOR_MEETING = "Waiting For Meeting"
    CALL_CUSTOMER = "Call Customer"
    FIRST_COMMUNICATION_ATTEMPT = "First Communication Attempt"
    FIRST_COMMUNICATION_ATTEMPT_PHONE_AND_TEXT = (
        "First Communication Attempt (phone and text)"
    )
    SEARCHING = "Searching"
    SECOND_COMMUNICATION_ATTEMPT = "Second Communication Attempt"
    SEND_TEXT_NUDGE_1 = "Send Text Nudge 1"
    WAITING_FOR_EMAIL_RESPONSE = "Waiting For Email Response"
    LOOKING_FOR_FINANCING = "Looking For Financing"
    CUSTOMER_NOT_INTERESTED = "Customer Not Interested"
    NO_CONTACT = "No Contact"
    CUSTOMER_NOT_RESPONDING = "Customer Not Responding"
    CUSTOMER_INTERESTED = "Customer Interested"
