"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .date_query import DateQuery
from .relationship_query import RelationshipQuery
from .text_query import TextQuery

__all__ = ["MeetingWhere"]


class MeetingWhere(BaseModel):
    """A query on Meetings (https://payloadcms.com/docs/queries/overview): each field of
    Meeting maps to conditions that must all hold, `and` / `or` nest queries, and any
    other key is a dotted path (`customer.email`, a group's field) with free-form
    conditions.
    """

    and_: list[MeetingWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[MeetingWhere] | None = Field(None, alias="or")
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
    email: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    phone: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    meeting_time: TextQuery | None = Field(None, alias="meetingTime")
    """Conditions on a text field, all of which must hold."""
    comments: TextQuery | None = None
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
    updated_at: DateQuery | None = Field(None, alias="updatedAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
    created_at: DateQuery | None = Field(None, alias="createdAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
