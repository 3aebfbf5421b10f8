"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .date_query import DateQuery
from .number_query import NumberQuery
from .relationship_query import RelationshipQuery
from .select_query import SelectQuery
from .text_query import TextQuery

__all__ = ["CrmVehicleWhere"]


class CrmVehicleWhere(BaseModel):
    """A query on CRM Vehicles (https://payloadcms.com/docs/queries/overview): each
    field of CrmVehicle maps to conditions that must all hold, `and` / `or` nest
    queries, and any other key is a dotted path (`customer.email`, a group's field) with
    free-form conditions.
    """

    and_: list[CrmVehicleWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[CrmVehicleWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    vin: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    search: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    favorite: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    exterior_color: TextQuery | None = Field(None, alias="exteriorColor")
    """Conditions on a text field, all of which must hold."""
    status: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    reason: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    notes: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    sales_price: TextQuery | None = Field(None, alias="salesPrice")
    """Conditions on a text field, all of which must hold."""
    year: NumberQuery | None = None
    """Conditions on a number field, all of which must hold."""
    make: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    model: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    trim: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    body_style: TextQuery | None = Field(None, alias="bodyStyle")
    """Conditions on a text field, all of which must hold."""
    mileage: NumberQuery | None = None
    """Conditions on a number field, all of which must hold."""
    condition: NumberQuery | None = None
    """Conditions on a number field, all of which must hold."""
    new_or_used: TextQuery | None = Field(None, alias="newOrUsed")
    """Conditions on a text field, all of which must hold."""
    auction: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    auction_date: TextQuery | None = Field(None, alias="auctionDate")
    """Conditions on a text field, all of which must hold."""
    lane_and_run: TextQuery | None = Field(None, alias="laneAndRun")
    """Conditions on a text field, all of which must hold."""
    pickup_zip: TextQuery | None = Field(None, alias="pickupZip")
    """Conditions on a text field, all of which must hold."""
    estimated_transport_fee: TextQuery | None = Field(
        None, alias="estimatedTransportFee"
    )
    """Conditions on a text field, all of which must hold."""
    adj_mmr: TextQuery | None = Field(None, alias="adjMmr")
    """Conditions on a text field, all of which must hold."""
    min_bid: TextQuery | None = Field(None, alias="minBid")
    """Conditions on a text field, all of which must hold."""
    buy_now: TextQuery | None = Field(None, alias="buyNow")
    """Conditions on a text field, all of which must hold."""
    retail_price: TextQuery | None = Field(None, alias="retailPrice")
    """Conditions on a text field, all of which must hold."""
    tmv_used_retail_total_with_options: TextQuery | None = Field(
        None, alias="tmvUsedRetailTotalWithOptions"
    )
    """Conditions on a text field, all of which must hold."""
    kbb_retail_book: TextQuery | None = Field(None, alias="kbbRetailBook")
    """Conditions on a text field, all of which must hold."""
    bb_total_retail: TextQuery | None = Field(None, alias="bbTotalRetail")
    """Conditions on a text field, all of which must hold."""
    wholesale_vdp: TextQuery | None = Field(None, alias="wholesaleVdp")
    """Conditions on a text field, all of which must hold."""
    retail_vdp: TextQuery | None = Field(None, alias="retailVdp")
    """Conditions on a text field, all of which must hold."""
    condition_report: TextQuery | None = Field(None, alias="conditionReport")
    """Conditions on a text field, all of which must hold."""
    update_requested: TextQuery | None = Field(None, alias="updateRequested")
    """Conditions on a text field, all of which must hold."""
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
    vdp_emails: RelationshipQuery | None = Field(None, alias="vdpEmails")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    likes: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    dislikes: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    updated_at: DateQuery | None = Field(None, alias="updatedAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
    created_at: DateQuery | None = Field(None, alias="createdAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
