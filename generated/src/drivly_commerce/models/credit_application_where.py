"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .boolean_query import BooleanQuery
from .date_query import DateQuery
from .json_query import JsonQuery
from .number_query import NumberQuery
from .relationship_query import RelationshipQuery
from .select_query import SelectQuery
from .text_query import TextQuery

__all__ = ["CreditApplicationWhere"]


class CreditApplicationWhere(BaseModel):
    """A query on Credit Applications (https://payloadcms.com/docs/queries/overview):
    each field of CreditApplication maps to conditions that must all hold, `and` / `or`
    nest queries, and any other key is a dotted path (`customer.email`, a group's field)
    with free-form conditions.
    """

    and_: list[CreditApplicationWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[CreditApplicationWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    title: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    send_to_tsg: BooleanQuery | None = Field(None, alias="sendToTSG")
    """Conditions on a checkbox field."""
    state: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    environment: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    meta: JsonQuery | None = None
    """Conditions on a JSON field, all of which must hold; a key inside it is queried by
    its dotted path.
    """
    sent_to_customer: BooleanQuery | None = Field(None, alias="sentToCustomer")
    """Conditions on a checkbox field."""
    passes_checklist: BooleanQuery | None = Field(None, alias="passesChecklist")
    """Conditions on a checkbox field."""
    required_fields: SelectQuery | None = Field(None, alias="requiredFields")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    missing_fields: JsonQuery | None = Field(None, alias="missingFields")
    """Conditions on a JSON field, all of which must hold; a key inside it is queried by
    its dotted path.
    """
    request_id: TextQuery | None = Field(None, alias="requestId")
    """Conditions on a text field, all of which must hold."""
    autopay_number: TextQuery | None = Field(None, alias="autopayNumber")
    """Conditions on a text field, all of which must hold."""
    application_link: TextQuery | None = Field(None, alias="applicationLink")
    """Conditions on a text field, all of which must hold."""
    pre_approval: RelationshipQuery | None = Field(None, alias="preApproval")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    application_type: SelectQuery | None = Field(None, alias="applicationType")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    finance_amount: NumberQuery | None = Field(None, alias="financeAmount")
    """Conditions on a number field, all of which must hold."""
    down_payment: NumberQuery | None = Field(None, alias="downPayment")
    """Conditions on a number field, all of which must hold."""
    has_co_applicant: BooleanQuery | None = Field(None, alias="hasCoApplicant")
    """Conditions on a checkbox field."""
    trades: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    updated_at: DateQuery | None = Field(None, alias="updatedAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
    created_at: DateQuery | None = Field(None, alias="createdAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
