"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .document import Document

__all__ = ["DocumentDocResponse"]


class DocumentDocResponse(BaseModel):
    """A created or updated Document with Payload's confirmation message: \"Document
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Document
    """The created or updated Document."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
