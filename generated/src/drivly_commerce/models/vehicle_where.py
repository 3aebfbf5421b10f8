"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .date_query import DateQuery
from .relationship_query import RelationshipQuery
from .select_query import SelectQuery
from .text_query import TextQuery

__all__ = ["VehicleWhere"]


class VehicleWhere(BaseModel):
    """A query on Vehicles (https://payloadcms.com/docs/queries/overview): each field of
    Vehicle maps to conditions that must all hold, `and` / `or` nest queries, and any
    other key is a dotted path (`customer.email`, a group's field) with free-form
    conditions.
    """

    and_: list[VehicleWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[VehicleWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    name: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    vin: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    customer: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    status: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    deals: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    year: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    make: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    model: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    trim: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    style: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    body: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    drivetrain: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    engine: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    transmission: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    interior: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    exterior: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    listings: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
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
    created_by: RelationshipQuery | None = Field(None, alias="createdBy")
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
