"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Call

__all__ = ["CallDocResponse"]


class CallDocResponse(BaseModel):
    """A created or updated Call with Payload's confirmation message: \"Call
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Call
    """The created or updated Call."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
