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

__all__ = ["LeadWhere"]


class LeadWhere(BaseModel):
    """A query on Leads (https://payloadcms.com/docs/queries/overview): each field of
    Lead maps to conditions that must all hold, `and` / `or` nest queries, and any other
    key is a dotted path (`customer.email`, a group's field) with free-form conditions.
    """

    and_: list[LeadWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[LeadWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    process_statuses: SelectQuery | None = Field(None, alias="processStatuses")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    reason: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    latest_event: RelationshipQuery | None = Field(None, alias="latestEvent")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    notes: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    status_tracker: TextQuery | None = Field(None, alias="statusTracker")
    """Conditions on a text field, all of which must hold."""
    searches: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    attachments: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    first_name: TextQuery | None = Field(None, alias="firstName")
    """Conditions on a text field, all of which must hold."""
    last_name: TextQuery | None = Field(None, alias="lastName")
    """Conditions on a text field, all of which must hold."""
    phone: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    call: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    zipcode: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    email: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    login_email: TextQuery | None = Field(None, alias="loginEmail")
    """Conditions on a text field, all of which must hold."""
    purchase_option: TextQuery | None = Field(None, alias="purchaseOption")
    """Conditions on a text field, all of which must hold."""
    time_to_purchase: SelectQuery | None = Field(None, alias="timeToPurchase")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    monthly_payment: NumberQuery | None = Field(None, alias="monthlyPayment")
    """Conditions on a number field, all of which must hold."""
    budget_lower: TextQuery | None = Field(None, alias="budgetLower")
    """Conditions on a text field, all of which must hold."""
    budget_upper: TextQuery | None = Field(None, alias="budgetUpper")
    """Conditions on a text field, all of which must hold."""
    mileage_lower: NumberQuery | None = Field(None, alias="mileageLower")
    """Conditions on a number field, all of which must hold."""
    mileage_upper: NumberQuery | None = Field(None, alias="mileageUpper")
    """Conditions on a number field, all of which must hold."""
    cash_down: NumberQuery | None = Field(None, alias="cashDown")
    """Conditions on a number field, all of which must hold."""
    new_or_used: TextQuery | None = Field(None, alias="newOrUsed")
    """Conditions on a text field, all of which must hold."""
    body_style: SelectQuery | None = Field(None, alias="bodyStyle")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    car_style: SelectQuery | None = Field(None, alias="carStyle")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    truck_style: SelectQuery | None = Field(None, alias="truckStyle")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    suv_style: SelectQuery | None = Field(None, alias="suvStyle")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    van_style: SelectQuery | None = Field(None, alias="vanStyle")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    year_lower: NumberQuery | None = Field(None, alias="yearLower")
    """Conditions on a number field, all of which must hold."""
    year_upper: NumberQuery | None = Field(None, alias="yearUpper")
    """Conditions on a number field, all of which must hold."""
    year: NumberQuery | None = None
    """Conditions on a number field, all of which must hold."""
    make: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    model: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    exterior: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    interior: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    fuel_type: SelectQuery | None = Field(None, alias="fuelType")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    drivetrain: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    transmission: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    comfort: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    safety: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    entertainment: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    utility: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    subscribe: BooleanQuery | None = None
    """Conditions on a checkbox field."""
    agree: BooleanQuery | None = None
    """Conditions on a checkbox field."""
    customer: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    message_notifications: BooleanQuery | None = Field(
        None, alias="messageNotifications"
    )
    """Conditions on a checkbox field."""
    email_notifications: BooleanQuery | None = Field(None, alias="emailNotifications")
    """Conditions on a checkbox field."""
    email_alerts: BooleanQuery | None = Field(None, alias="emailAlerts")
    """Conditions on a checkbox field."""
    email_offers: BooleanQuery | None = Field(None, alias="emailOffers")
    """Conditions on a checkbox field."""
    lead_events: RelationshipQuery | None = Field(None, alias="leadEvents")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    cf_zipcode: TextQuery | None = Field(None, alias="cfZipcode")
    """Conditions on a text field, all of which must hold."""
    cf_state: TextQuery | None = Field(None, alias="cfState")
    """Conditions on a text field, all of which must hold."""
    cf_city: TextQuery | None = Field(None, alias="cfCity")
    """Conditions on a text field, all of which must hold."""
    completed_date: TextQuery | None = Field(None, alias="completedDate")
    """Conditions on a text field, all of which must hold."""
    local_time: TextQuery | None = Field(None, alias="localTime")
    """Conditions on a text field, all of which must hold."""
    trade: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    messages: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    credit_score: TextQuery | None = Field(None, alias="creditScore")
    """Conditions on a text field, all of which must hold."""
    contact_score: TextQuery | None = Field(None, alias="contactScore")
    """Conditions on a text field, all of which must hold."""
    contact_belongs_to: TextQuery | None = Field(None, alias="contactBelongsTo")
    """Conditions on a text field, all of which must hold."""
    contact_type: TextQuery | None = Field(None, alias="contactType")
    """Conditions on a text field, all of which must hold."""
    contact_valid: BooleanQuery | None = Field(None, alias="contactValid")
    """Conditions on a checkbox field."""
    testing_customer: BooleanQuery | None = Field(None, alias="testingCustomer")
    """Conditions on a checkbox field."""
    estimated_age_range: TextQuery | None = Field(None, alias="estimatedAgeRange")
    """Conditions on a text field, all of which must hold."""
    estimated_address: TextQuery | None = Field(None, alias="estimatedAddress")
    """Conditions on a text field, all of which must hold."""
    estimated_zipcode: TextQuery | None = Field(None, alias="estimatedZipcode")
    """Conditions on a text field, all of which must hold."""
    meetings: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    make_and_model: TextQuery | None = Field(None, alias="makeAndModel")
    """Conditions on a text field, all of which must hold."""
    conversation: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    city: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    state: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    pre_approval_id: TextQuery | None = Field(None, alias="preApprovalId")
    """Conditions on a text field, all of which must hold."""
    vdp_emails: RelationshipQuery | None = Field(None, alias="vdpEmails")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    favorites: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    calls: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    sales_rep: RelationshipQuery | None = Field(None, alias="salesRep")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    pre_approvals: RelationshipQuery | None = Field(None, alias="preApprovals")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    anonymous_id: TextQuery | None = Field(None, alias="anonymousId")
    """Conditions on a text field, all of which must hold."""
    manual: BooleanQuery | None = None
    """Conditions on a checkbox field."""
    trim: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    one_owner: BooleanQuery | None = Field(None, alias="oneOwner")
    """Conditions on a checkbox field."""
    customers: RelationshipQuery | None = None
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
