"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .date_query import DateQuery
from .relationship_query import RelationshipQuery
from .text_query import TextQuery

__all__ = ["TaxesAndFeeWhere"]


class TaxesAndFeeWhere(BaseModel):
    """A query on Taxes and Fees records (https://payloadcms.com/docs/queries/overview):
    each field of TaxesAndFee maps to conditions that must all hold, `and` / `or` nest
    queries, and any other key is a dotted path (`customer.email`, a group's field) with
    free-form conditions.
    """

    and_: list[TaxesAndFeeWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[TaxesAndFeeWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    sales_price: TextQuery | None = Field(None, alias="salesPrice")
    """Conditions on a text field, all of which must hold."""
    total_taxes_and_fees: TextQuery | None = Field(None, alias="totalTaxesAndFees")
    """Conditions on a text field, all of which must hold."""
    combined_sales_tax: TextQuery | None = Field(None, alias="CombinedSalesTax")
    """Conditions on a text field, all of which must hold."""
    shipping_cost: TextQuery | None = Field(None, alias="shippingCost")
    """Conditions on a text field, all of which must hold."""
    state_sales_tax: TextQuery | None = Field(None, alias="stateSalesTax")
    """Conditions on a text field, all of which must hold."""
    gas_guzzler_tax: TextQuery | None = Field(None, alias="gasGuzzlerTax")
    """Conditions on a text field, all of which must hold."""
    title_fee: TextQuery | None = Field(None, alias="titleFee")
    """Conditions on a text field, all of which must hold."""
    registration_fee: TextQuery | None = Field(None, alias="registrationFee")
    """Conditions on a text field, all of which must hold."""
    dmv_fee: TextQuery | None = Field(None, alias="dmvFee")
    """Conditions on a text field, all of which must hold."""
    dmv_fees: RelationshipQuery | None = Field(None, alias="dmvFees")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    doc_fee: TextQuery | None = Field(None, alias="docFee")
    """Conditions on a text field, all of which must hold."""
    combined_fees: TextQuery | None = Field(None, alias="combinedFees")
    """Conditions on a text field, all of which must hold."""
    deals: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    tenant: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    created_by: RelationshipQuery | None = Field(None, alias="createdBy")
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
