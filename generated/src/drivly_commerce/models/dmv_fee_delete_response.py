"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import DmvFee

__all__ = ["DmvFeeDeleteResponse"]


class DmvFeeDeleteResponse(BaseModel):
    """Result of deleting a DMV Fee: the deleted document and a confirmation message.

    Payload 3 sends this shape with the message \"Deleted successfully.\". Payload 1 and
    2 send the bare DMV Fee document instead, without the `doc` wrapper and `message`;
    this schema keeps the documented shape.
    """

    doc: DmvFee
    """The deleted DMV Fee."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
