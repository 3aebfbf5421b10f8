"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Webhook

__all__ = ["WebhookDocResponse"]


class WebhookDocResponse(BaseModel):
    """A created or updated Webhook with Payload's confirmation message: \"Webhook
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Webhook
    """The created or updated Webhook."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
