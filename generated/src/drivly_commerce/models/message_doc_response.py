"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Message

__all__ = ["MessageDocResponse"]


class MessageDocResponse(BaseModel):
    """A created or updated Message with Payload's confirmation message: \"Message
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Message
    """The created or updated Message."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
