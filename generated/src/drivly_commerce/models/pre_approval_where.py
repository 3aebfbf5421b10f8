"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .boolean_query import BooleanQuery
from .date_query import DateQuery
from .number_query import NumberQuery
from .relationship_query import RelationshipQuery
from .select_query import SelectQuery
from .text_query import TextQuery

__all__ = ["PreApprovalWhere"]


class PreApprovalWhere(BaseModel):
    """A query on Pre-Approvals (https://payloadcms.com/docs/queries/overview): each
    field of PreApproval maps to conditions that must all hold, `and` / `or` nest
    queries, and any other key is a dotted path (`customer.email`, a group's field) with
    free-form conditions.
    """

    and_: list[PreApprovalWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[PreApprovalWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    customer: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    title: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    status: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    first_name: TextQuery | None = Field(None, alias="firstName")
    """Conditions on a text field, all of which must hold."""
    middle_initial: TextQuery | None = Field(None, alias="middleInitial")
    """Conditions on a text field, all of which must hold."""
    last_name: TextQuery | None = Field(None, alias="lastName")
    """Conditions on a text field, all of which must hold."""
    suffix: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    address: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    city: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    state: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    zip: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    phone: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    email: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    income: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    ip_address: TextQuery | None = Field(None, alias="ipAddress")
    """Conditions on a text field, all of which must hold."""
    user_agent: TextQuery | None = Field(None, alias="userAgent")
    """Conditions on a text field, all of which must hold."""
    isp: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    session_id: TextQuery | None = Field(None, alias="sessionId")
    """Conditions on a text field, all of which must hold."""
    resend: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    app_id: NumberQuery | None = Field(None, alias="AppId")
    """Conditions on a number field, all of which must hold."""
    segmentation_band: SelectQuery | None = Field(None, alias="segmentationBand")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    name: TextQuery | None = Field(None, alias="Name")
    """Conditions on a text field, all of which must hold."""
    score: TextQuery | None = Field(None, alias="Score")
    """Conditions on a text field, all of which must hold."""
    status_2: TextQuery | None = Field(None, alias="Status")
    """Conditions on a text field, all of which must hold."""
    create_date: TextQuery | None = Field(None, alias="CreateDate")
    """Conditions on a text field, all of which must hold."""
    dealer_name: TextQuery | None = Field(None, alias="DealerName")
    """Conditions on a text field, all of which must hold."""
    email_2: TextQuery | None = Field(None, alias="Email")
    """Conditions on a text field, all of which must hold."""
    app_mobile_no: TextQuery | None = Field(None, alias="AppMobileNo")
    """Conditions on a text field, all of which must hold."""
    is_full_file_report_avilable: BooleanQuery | None = Field(
        None, alias="IsFullFileReportAvilable"
    )
    """Conditions on a checkbox field."""
    estimated_interest_rate: TextQuery | None = Field(
        None, alias="estimatedInterestRate"
    )
    """Conditions on a text field, all of which must hold."""
    estimated_loan_term: TextQuery | None = Field(None, alias="estimatedLoanTerm")
    """Conditions on a text field, all of which must hold."""
    lead: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    user_name: TextQuery | None = Field(None, alias="UserName")
    """Conditions on a text field, all of which must hold."""
    product_id: NumberQuery | None = Field(None, alias="ProductId")
    """Conditions on a number field, all of which must hold."""
    quick_product_id: NumberQuery | None = Field(None, alias="QuickProductId")
    """Conditions on a number field, all of which must hold."""
    status_id: NumberQuery | None = Field(None, alias="StatusId")
    """Conditions on a number field, all of which must hold."""
    is_qq_pass: NumberQuery | None = Field(None, alias="IsQqPass")
    """Conditions on a number field, all of which must hold."""
    is_quick_qualify_xpress: BooleanQuery | None = Field(
        None, alias="IsQuickQualifyXpress"
    )
    """Conditions on a checkbox field."""
    is_lead_form_report: BooleanQuery | None = Field(None, alias="IsLeadFormReport")
    """Conditions on a checkbox field."""
    is_qr: BooleanQuery | None = Field(None, alias="IsQr")
    """Conditions on a checkbox field."""
    remove_operator: BooleanQuery | None = Field(None, alias="RemoveOperator")
    """Conditions on a checkbox field."""
    is_q_scan: BooleanQuery | None = Field(None, alias="IsQScan")
    """Conditions on a checkbox field."""
    quick_scan_status: TextQuery | None = Field(None, alias="QuickScanStatus")
    """Conditions on a text field, all of which must hold."""
    updated_at: DateQuery | None = Field(None, alias="updatedAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
    created_at: DateQuery | None = Field(None, alias="createdAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
