"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Listing

__all__ = ["ListingDocResponse"]


class ListingDocResponse(BaseModel):
    """A created or updated Listing with Payload's confirmation message: \"Listing
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Listing
    """The created or updated Listing."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
