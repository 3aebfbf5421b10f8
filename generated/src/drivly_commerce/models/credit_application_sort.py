"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CreditApplicationSort"]


class CreditApplicationSort(str, Enum):
    """A field to sort Credit Applications by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    TITLE = "title"
    TITLE_DESC = "-title"
    SEND_TO_TSG = "sendToTSG"
    SEND_TO_TSG_DESC = "-sendToTSG"
    STATE = "state"
    STATE_DESC = "-state"
    ENVIRONMENT = "environment"
    ENVIRONMENT_DESC = "-environment"
    SENT_TO_CUSTOMER = "sentToCustomer"
    SENT_TO_CUSTOMER_DESC = "-sentToCustomer"
    PASSES_CHECKLIST = "passesChecklist"
    PASSES_CHECKLIST_DESC = "-passesChecklist"
    REQUEST_ID = "requestId"
    REQUEST_ID_DESC = "-requestId"
    AUTOPAY_NUMBER = "autopayNumber"
    AUTOPAY_NUMBER_DESC = "-autopayNumber"
    APPLICATION_LINK = "applicationLink"
    APPLICATION_LINK_DESC = "-applicationLink"
    PRE_APPROVAL = "preApproval"
    PRE_APPROVAL_DESC = "-preApproval"
    APPLICATION_TYPE = "applicationType"
    APPLICATION_TYPE_DESC = "-applicationType"
    FINANCE_AMOUNT = "financeAmount"
    FINANCE_AMOUNT_DESC = "-financeAmount"
    DOWN_PAYMENT = "downPayment"
    DOWN_PAYMENT_DESC = "-downPayment"
    HAS_CO_APPLICANT = "hasCoApplicant"
    HAS_CO_APPLICANT_DESC = "-hasCoApplicant"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
