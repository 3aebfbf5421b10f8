"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import LeadEvent

__all__ = ["LeadEventDeleteResponse"]


class LeadEventDeleteResponse(BaseModel):
    """Result of deleting a Lead Event: the deleted document and a confirmation message.

    Payload 3 sends this shape with the message \"Deleted successfully.\". Payload 1 and
    2 send the bare Lead Event document instead, without the `doc` wrapper and
    `message`; this schema keeps the documented shape.
    """

    doc: LeadEvent
    """The deleted Lead Event."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
