"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .web_event import WebEvent

__all__ = ["WebEventDeleteResponse"]


class WebEventDeleteResponse(BaseModel):
    """Result of deleting a Web Event: the deleted document and a confirmation message.

    Payload 3 sends this shape with the message \"Deleted successfully.\". Payload 1 and
    2 send the bare Web Event document instead, without the `doc` wrapper and `message`;
    this schema keeps the documented shape.
    """

    doc: WebEvent
    """The deleted Web Event."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
