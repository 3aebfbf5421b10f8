"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Attachment

__all__ = ["AttachmentDocResponse"]


class AttachmentDocResponse(BaseModel):
    """A created or updated Attachment with Payload's confirmation message: \"Attachment
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Attachment
    """The created or updated Attachment."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
