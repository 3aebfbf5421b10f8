"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .boolean_query import BooleanQuery
from .date_query import DateQuery
from .relationship_query import RelationshipQuery
from .select_query import SelectQuery
from .text_query import TextQuery

__all__ = ["SalesRepWhere"]


class SalesRepWhere(BaseModel):
    """A query on Sales Reps (https://payloadcms.com/docs/queries/overview): each field
    of SalesRep maps to conditions that must all hold, `and` / `or` nest queries, and
    any other key is a dotted path (`customer.email`, a group's field) with free-form
    conditions.
    """

    and_: list[SalesRepWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[SalesRepWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    name: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    user: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    phone: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    phone_number: TextQuery | None = Field(None, alias="phoneNumber")
    """Conditions on a text field, all of which must hold."""
    leads: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    accept_new_leads: BooleanQuery | None = Field(None, alias="acceptNewLeads")
    """Conditions on a checkbox field."""
    assigned_leads: TextQuery | None = Field(None, alias="assignedLeads")
    """Conditions on a text field, all of which must hold."""
    credit_bands: SelectQuery | None = Field(None, alias="creditBands")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    templates: RelationshipQuery | None = None
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
