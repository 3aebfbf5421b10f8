"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import ServiceQuote

__all__ = ["ServiceQuoteDocResponse"]


class ServiceQuoteDocResponse(BaseModel):
    """A created or updated Service Quote with Payload's confirmation message: \"Service
    Quote successfully created.\" on create (status 201), \"Updated successfully.\" on
    update (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: ServiceQuote
    """The created or updated Service Quote."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
