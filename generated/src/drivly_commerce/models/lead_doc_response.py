"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Lead

__all__ = ["LeadDocResponse"]


class LeadDocResponse(BaseModel):
    """A created or updated Lead with Payload's confirmation message: \"Lead
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Lead
    """The created or updated Lead."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
