"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import LeadEvent

__all__ = ["LeadEventDocResponse"]


class LeadEventDocResponse(BaseModel):
    """A created or updated Lead Event with Payload's confirmation message: \"Lead Event
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: LeadEvent
    """The created or updated Lead Event."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
