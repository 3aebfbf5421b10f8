"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Listing

__all__ = ["ListingDeleteResponse"]


class ListingDeleteResponse(BaseModel):
    """Result of deleting a Listing: the deleted document and a confirmation message.

    Payload 3 sends this shape with the message \"Deleted successfully.\". Payload 1 and
    2 send the bare Listing document instead, without the `doc` wrapper and `message`;
    this schema keeps the documented shape.
    """

    doc: Listing
    """The deleted Listing."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
