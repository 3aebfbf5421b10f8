"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Webhook

__all__ = ["WebhookDeleteResponse"]


class WebhookDeleteResponse(BaseModel):
    """Result of deleting a Webhook: the deleted document and a confirmation message.

    Payload 3 sends this shape with the message \"Deleted successfully.\". Payload 1 and
    2 send the bare Webhook document instead, without the `doc` wrapper and `message`;
    this schema keeps the documented shape.
    """

    doc: Webhook
    """The deleted Webhook."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
