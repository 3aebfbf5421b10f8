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

__all__ = ["SearchWhere"]


class SearchWhere(BaseModel):
    """A query on Searches (https://payloadcms.com/docs/queries/overview): each field of
    Search maps to conditions that must all hold, `and` / `or` nest queries, and any
    other key is a dotted path (`customer.email`, a group's field) with free-form
    conditions.
    """

    and_: list[SearchWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[SearchWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    lead: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    status: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    retail_listing_urls: TextQuery | None = Field(None, alias="retailListingUrls")
    """Conditions on a text field, all of which must hold."""
    year: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    make: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    model: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    trim: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    body_style: SelectQuery | None = Field(None, alias="bodyStyle")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    drive: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    transmission: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    max_price: TextQuery | None = Field(None, alias="maxPrice")
    """Conditions on a text field, all of which must hold."""
    max_miles: NumberQuery | None = Field(None, alias="maxMiles")
    """Conditions on a number field, all of which must hold."""
    new_or_used: SelectQuery | None = Field(None, alias="newOrUsed")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    minimum_grade: NumberQuery | None = Field(None, alias="minimumGrade")
    """Conditions on a number field, all of which must hold."""
    required_options: SelectQuery | None = Field(None, alias="requiredOptions")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    acceptable_colors: SelectQuery | None = Field(None, alias="acceptableColors")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    acceptable_interior: SelectQuery | None = Field(None, alias="acceptableInterior")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    proposed_vehicles: TextQuery | None = Field(None, alias="proposedVehicles")
    """Conditions on a text field, all of which must hold."""
    vehicles: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    last_modified_by: RelationshipQuery | None = Field(None, alias="lastModifiedBy")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    seats: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    update_requested: TextQuery | None = Field(None, alias="updateRequested")
    """Conditions on a text field, all of which must hold."""
    one_owner: BooleanQuery | None = Field(None, alias="oneOwner")
    """Conditions on a checkbox field."""
    priority: BooleanQuery | None = None
    """Conditions on a checkbox field."""
    updated_at: DateQuery | None = Field(None, alias="updatedAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
    created_at: DateQuery | None = Field(None, alias="createdAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
