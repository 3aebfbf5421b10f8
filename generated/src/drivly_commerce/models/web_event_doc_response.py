"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .web_event import WebEvent

__all__ = ["WebEventDocResponse"]


class WebEventDocResponse(BaseModel):
    """A created or updated Web Event with Payload's confirmation message: \"Web Event
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: WebEvent
    """The created or updated Web Event."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
