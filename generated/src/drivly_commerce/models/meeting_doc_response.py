"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Meeting

__all__ = ["MeetingDocResponse"]


class MeetingDocResponse(BaseModel):
    """A created or updated Meeting with Payload's confirmation message: \"Meeting
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Meeting
    """The created or updated Meeting."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
