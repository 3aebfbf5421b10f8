"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .boolean_query import BooleanQuery
from .date_query import DateQuery
from .number_query import NumberQuery
from .relationship_query import RelationshipQuery
from .text_query import TextQuery

__all__ = ["CallWhere"]


class CallWhere(BaseModel):
    """A query on Calls (https://payloadcms.com/docs/queries/overview): each field of
    Call maps to conditions that must all hold, `and` / `or` nest queries, and any other
    key is a dotted path (`customer.email`, a group's field) with free-form conditions.
    """

    and_: list[CallWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[CallWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    name: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    lead: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    phone: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    conversation: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    recording: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    transcript: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    notes: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    rating: NumberQuery | None = None
    """Conditions on a number field, all of which must hold."""
    rating_note: TextQuery | None = Field(None, alias="ratingNote")
    """Conditions on a text field, all of which must hold."""
    follow_up_email: TextQuery | None = Field(None, alias="followUpEmail")
    """Conditions on a text field, all of which must hold."""
    next_steps: TextQuery | None = Field(None, alias="nextSteps")
    """Conditions on a text field, all of which must hold."""
    conversation_url: TextQuery | None = Field(None, alias="conversationUrl")
    """Conditions on a text field, all of which must hold."""
    development_call: BooleanQuery | None = Field(None, alias="developmentCall")
    """Conditions on a checkbox field."""
    updated_at: DateQuery | None = Field(None, alias="updatedAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
    created_at: DateQuery | None = Field(None, alias="createdAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
