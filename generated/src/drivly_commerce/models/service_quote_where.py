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

__all__ = ["ServiceQuoteWhere"]


class ServiceQuoteWhere(BaseModel):
    """A query on Service Quotes (https://payloadcms.com/docs/queries/overview): each
    field of ServiceQuote maps to conditions that must all hold, `and` / `or` nest
    queries, and any other key is a dotted path (`customer.email`, a group's field) with
    free-form conditions.
    """

    and_: list[ServiceQuoteWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[ServiceQuoteWhere] | None = Field(None, alias="or")
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
    status: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    service_provider: RelationshipQuery | None = Field(None, alias="serviceProvider")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    quote_id: TextQuery | None = Field(None, alias="quoteId")
    """Conditions on a text field, all of which must hold."""
    partner: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    service_orders: TextQuery | None = Field(None, alias="serviceOrders")
    """Conditions on a text field, all of which must hold."""
    checkout_link: TextQuery | None = Field(None, alias="checkoutLink")
    """Conditions on a text field, all of which must hold."""
    deal: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    vehicle: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    rush: BooleanQuery | None = None
    """Conditions on a checkbox field."""
    eta_min: TextQuery | None = Field(None, alias="etaMin")
    """Conditions on a text field, all of which must hold."""
    eta_max: TextQuery | None = Field(None, alias="etaMax")
    """Conditions on a text field, all of which must hold."""
    distance: NumberQuery | None = None
    """Conditions on a number field, all of which must hold."""
    expires: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    cost: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    price: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    margin: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    partner_profit_share: TextQuery | None = Field(None, alias="partnerProfitShare")
    """Conditions on a text field, all of which must hold."""
    partner_margin: TextQuery | None = Field(None, alias="partnerMargin")
    """Conditions on a text field, all of which must hold."""
    tenant: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    transport_service_orders: TextQuery | None = Field(
        None, alias="transportServiceOrders"
    )
    """Conditions on a text field, all of which must hold."""
    transport_service_orders2: RelationshipQuery | None = Field(
        None, alias="transportServiceOrders2"
    )
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
