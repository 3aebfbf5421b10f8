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

__all__ = ["DealWhere"]


class DealWhere(BaseModel):
    """A query on Deals (https://payloadcms.com/docs/queries/overview): each field of
    Deal maps to conditions that must all hold, `and` / `or` nest queries, and any other
    key is a dotted path (`customer.email`, a group's field) with free-form conditions.
    """

    and_: list[DealWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[DealWhere] | None = Field(None, alias="or")
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
    vehicle: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    deal_id: TextQuery | None = Field(None, alias="dealId")
    """Conditions on a text field, all of which must hold."""
    customer_relationship: TextQuery | None = Field(None, alias="customerRelationship")
    """Conditions on a text field, all of which must hold."""
    co_customer: RelationshipQuery | None = Field(None, alias="coCustomer")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    company_consumer_customer: RelationshipQuery | None = Field(
        None, alias="companyConsumerCustomer"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    lien_holder: RelationshipQuery | None = Field(None, alias="lienHolder")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    dealer: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    facilitator: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    type: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    sales_price: TextQuery | None = Field(None, alias="salesPrice")
    """Conditions on a text field, all of which must hold."""
    margin: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    down_payment: TextQuery | None = Field(None, alias="downPayment")
    """Conditions on a text field, all of which must hold."""
    financed_amount: TextQuery | None = Field(None, alias="financedAmount")
    """Conditions on a text field, all of which must hold."""
    taxes_and_fees: RelationshipQuery | None = Field(None, alias="taxesAndFees")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    dependencies: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    unsigned_documents: TextQuery | None = Field(None, alias="unsignedDocuments")
    """Conditions on a text field, all of which must hold."""
    signed_documents: TextQuery | None = Field(None, alias="signedDocuments")
    """Conditions on a text field, all of which must hold."""
    delivery_address: RelationshipQuery | None = Field(None, alias="deliveryAddress")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    payment_link: TextQuery | None = Field(None, alias="paymentLink")
    """Conditions on a text field, all of which must hold."""
    get_trade_offer: TextQuery | None = Field(None, alias="getTradeOffer")
    """Conditions on a text field, all of which must hold."""
    notarize_power_of_attorney: TextQuery | None = Field(
        None, alias="notarizePowerOfAttorney"
    )
    """Conditions on a text field, all of which must hold."""
    service_quotes: RelationshipQuery | None = Field(None, alias="serviceQuotes")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    tenant: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    trades: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    credit_applications: RelationshipQuery | None = Field(
        None, alias="creditApplications"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    latest_error: TextQuery | None = Field(None, alias="latestError")
    """Conditions on a text field, all of which must hold."""
    vsc_provider: RelationshipQuery | None = Field(None, alias="vscProvider")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    vsc: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    gap_provider: RelationshipQuery | None = Field(None, alias="gapProvider")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    gap: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    status: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    transport_service_orders: RelationshipQuery | None = Field(
        None, alias="transportServiceOrders"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    mileage: NumberQuery | None = None
    """Conditions on a number field, all of which must hold."""
    created_by: RelationshipQuery | None = Field(None, alias="createdBy")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    last_modified_by: RelationshipQuery | None = Field(None, alias="lastModifiedBy")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    development: BooleanQuery | None = None
    """Conditions on a checkbox field."""
    updated_at: DateQuery | None = Field(None, alias="updatedAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
    created_at: DateQuery | None = Field(None, alias="createdAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
