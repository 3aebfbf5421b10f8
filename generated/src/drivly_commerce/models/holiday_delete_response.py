"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .holiday import Holiday

__all__ = ["HolidayDeleteResponse"]


class HolidayDeleteResponse(BaseModel):
    """Result of deleting a Holiday: the deleted document and a confirmation message.

    Payload 3 sends this shape with the message \"Deleted successfully.\". Payload 1 and
    2 send the bare Holiday document instead, without the `doc` wrapper and `message`;
    this schema keeps the documented shape.
    """

    doc: Holiday
    """The deleted Holiday."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
