"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .document import Document

__all__ = ["DocumentDeleteResponse"]


class DocumentDeleteResponse(BaseModel):
    """Result of deleting a Document: the deleted document and a confirmation message.

    Payload 3 sends this shape with the message \"Deleted successfully.\". Payload 1 and
    2 send the bare Document document instead, without the `doc` wrapper and `message`;
    this schema keeps the documented shape.
    """

    doc: Document
    """The deleted Document."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
