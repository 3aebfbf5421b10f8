"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .boolean_query import BooleanQuery
from .date_query import DateQuery
from .relationship_query import RelationshipQuery
from .select_query import SelectQuery
from .text_query import TextQuery

__all__ = ["ServiceOrderWhere"]


class ServiceOrderWhere(BaseModel):
    """A query on Service Orders (https://payloadcms.com/docs/queries/overview): each
    field of ServiceOrder maps to conditions that must all hold, `and` / `or` nest
    queries, and any other key is a dotted path (`customer.email`, a group's field) with
    free-form conditions.
    """

    and_: list[ServiceOrderWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[ServiceOrderWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    name: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    type: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    customer: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    service_quotes: RelationshipQuery | None = Field(None, alias="serviceQuotes")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    payment_link: TextQuery | None = Field(None, alias="paymentLink")
    """Conditions on a text field, all of which must hold."""
    vin: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    status: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    error: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    order_id: TextQuery | None = Field(None, alias="orderId")
    """Conditions on a text field, all of which must hold."""
    price: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    rush: BooleanQuery | None = None
    """Conditions on a checkbox field."""
    attachments: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    quote_expiration: TextQuery | None = Field(None, alias="quoteExpiration")
    """Conditions on a text field, all of which must hold."""
    ordered: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    start: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    due: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    consignor: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    bill_to: RelationshipQuery | None = Field(None, alias="billTo")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    origin: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    destination: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    deals: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    order_link: TextQuery | None = Field(None, alias="orderLink")
    """Conditions on a text field, all of which must hold."""
    tenant: RelationshipQuery | None = None
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
