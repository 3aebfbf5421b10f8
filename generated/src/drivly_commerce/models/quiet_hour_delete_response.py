"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .quiet_hour import QuietHour

__all__ = ["QuietHourDeleteResponse"]


class QuietHourDeleteResponse(BaseModel):
    """Result of deleting a Quiet Hours setting: the deleted document and a confirmation
    message. Payload 3 sends this shape with the message \"Deleted successfully.\".
    Payload 1 and 2 send the bare Quiet Hours setting document instead, without the
    `doc` wrapper and `message`; this schema keeps the documented shape.
    """

    doc: QuietHour
    """The deleted Quiet Hours setting."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
