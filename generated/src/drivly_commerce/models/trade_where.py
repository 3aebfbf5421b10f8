"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .date_query import DateQuery
from .number_query import NumberQuery
from .relationship_query import RelationshipQuery
from .select_query import SelectQuery
from .text_query import TextQuery

__all__ = ["TradeWhere"]


class TradeWhere(BaseModel):
    """A query on Trades (https://payloadcms.com/docs/queries/overview): each field of
    Trade maps to conditions that must all hold, `and` / `or` nest queries, and any
    other key is a dotted path (`customer.email`, a group's field) with free-form
    conditions.
    """

    and_: list[TradeWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[TradeWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    status: SelectQuery | None = None
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    deal: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    credit_application: RelationshipQuery | None = Field(
        None, alias="creditApplication"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    trade_in_allowance: TextQuery | None = Field(None, alias="tradeInAllowance")
    """Conditions on a text field, all of which must hold."""
    odometer: NumberQuery | None = None
    """Conditions on a number field, all of which must hold."""
    lienholder: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    trade_in_payoff_balance: TextQuery | None = Field(
        None, alias="tradeInPayoffBalance"
    )
    """Conditions on a text field, all of which must hold."""
    payoff_good_through: TextQuery | None = Field(None, alias="payoffGoodThrough")
    """Conditions on a text field, all of which must hold."""
    vehicle: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    last_modified_by: RelationshipQuery | None = Field(None, alias="lastModifiedBy")
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
