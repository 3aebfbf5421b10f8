"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .definition import Definition

__all__ = ["DefinitionDeleteResponse"]


class DefinitionDeleteResponse(BaseModel):
    """Result of deleting a Definition: the deleted document and a confirmation message.

    Payload 3 sends this shape with the message \"Deleted successfully.\". Payload 1 and
    2 send the bare Definition document instead, without the `doc` wrapper and
    `message`; this schema keeps the documented shape.
    """

    doc: Definition
    """The deleted Definition."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
