"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import InsuranceQuote

__all__ = ["InsuranceQuoteDocResponse"]


class InsuranceQuoteDocResponse(BaseModel):
    """A created or updated Insurance Quote with Payload's confirmation message:
    \"Insurance Quote successfully created.\" on create (status 201), \"Updated
    successfully.\" on update (packages/payload/src/collections/endpoints/create.ts,
    updateByID.ts).
    """

    doc: InsuranceQuote
    """The created or updated Insurance Quote."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
