"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .date_query import DateQuery
from .relationship_query import RelationshipQuery
from .text_query import TextQuery

__all__ = ["TenantWhere"]


class TenantWhere(BaseModel):
    """A query on Tenants (https://payloadcms.com/docs/queries/overview): each field of
    Tenant maps to conditions that must all hold, `and` / `or` nest queries, and any
    other key is a dotted path (`customer.email`, a group's field) with free-form
    conditions.
    """

    and_: list[TenantWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[TenantWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    name: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    customer: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    default_dealer: RelationshipQuery | None = Field(None, alias="defaultDealer")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    default_facilitator: RelationshipQuery | None = Field(
        None, alias="defaultFacilitator"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    email: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    api_key: TextQuery | None = Field(None, alias="apiKey")
    """Conditions on a text field, all of which must hold."""
    environment: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    credit_application_label: TextQuery | None = Field(
        None, alias="creditApplicationLabel"
    )
    """Conditions on a text field, all of which must hold."""
    deals: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    locations: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    insurance_quotes: RelationshipQuery | None = Field(None, alias="insuranceQuotes")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    service_quotes: RelationshipQuery | None = Field(None, alias="serviceQuotes")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    service_orders: TextQuery | None = Field(None, alias="serviceOrders")
    """Conditions on a text field, all of which must hold."""
    insurance_policies: RelationshipQuery | None = Field(
        None, alias="insurancePolicies"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    addresses: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    listings: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    vehicles: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    webhooks: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    taxes_and_fees: RelationshipQuery | None = Field(None, alias="taxesAndFees")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    dmv_fees: RelationshipQuery | None = Field(None, alias="dmvFees")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    transport_service_orders: RelationshipQuery | None = Field(
        None, alias="transportServiceOrders"
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
