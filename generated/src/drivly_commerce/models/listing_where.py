"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .boolean_query import BooleanQuery
from .date_query import DateQuery
from .number_query import NumberQuery
from .relationship_query import RelationshipQuery
from .text_query import TextQuery

__all__ = ["ListingWhere"]


class ListingWhere(BaseModel):
    """A query on Listings (https://payloadcms.com/docs/queries/overview): each field of
    Listing maps to conditions that must all hold, `and` / `or` nest queries, and any
    other key is a dotted path (`customer.email`, a group's field) with free-form
    conditions.
    """

    and_: list[ListingWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[ListingWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    vehicles: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    mileage: NumberQuery | None = None
    """Conditions on a number field, all of which must hold."""
    seller: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    wholesale_value: TextQuery | None = Field(None, alias="wholesaleValue")
    """Conditions on a text field, all of which must hold."""
    wholesale_buy_now_price: TextQuery | None = Field(
        None, alias="wholesaleBuyNowPrice"
    )
    """Conditions on a text field, all of which must hold."""
    wholesale_minimum_bid: TextQuery | None = Field(None, alias="wholesaleMinimumBid")
    """Conditions on a text field, all of which must hold."""
    wholesale_current_bid: TextQuery | None = Field(None, alias="wholesaleCurrentBid")
    """Conditions on a text field, all of which must hold."""
    wholesale_detail_page: TextQuery | None = Field(None, alias="wholesaleDetailPage")
    """Conditions on a text field, all of which must hold."""
    condition: NumberQuery | None = None
    """Conditions on a number field, all of which must hold."""
    wholesale_condition_report: TextQuery | None = Field(
        None, alias="wholesaleConditionReport"
    )
    """Conditions on a text field, all of which must hold."""
    retail_value: TextQuery | None = Field(None, alias="retailValue")
    """Conditions on a text field, all of which must hold."""
    retail_asking_price: TextQuery | None = Field(None, alias="retailAskingPrice")
    """Conditions on a text field, all of which must hold."""
    retail_buy_now_price: TextQuery | None = Field(None, alias="retailBuyNowPrice")
    """Conditions on a text field, all of which must hold."""
    vehicle_history_report: TextQuery | None = Field(None, alias="vehicleHistoryReport")
    """Conditions on a text field, all of which must hold."""
    vehicle_history_score: TextQuery | None = Field(None, alias="vehicleHistoryScore")
    """Conditions on a text field, all of which must hold."""
    clean_title: BooleanQuery | None = Field(None, alias="cleanTitle")
    """Conditions on a checkbox field."""
    owners: NumberQuery | None = None
    """Conditions on a number field, all of which must hold."""
    accidents: NumberQuery | None = None
    """Conditions on a number field, all of which must hold."""
    attachments: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    pickup_location: RelationshipQuery | None = Field(None, alias="pickupLocation")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
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
