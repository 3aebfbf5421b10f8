"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .fee import Fee

__all__ = ["FeeDeleteResponse"]


class FeeDeleteResponse(BaseModel):
    """Result of deleting a Fee: the deleted document and a confirmation message.

    Payload 3 sends this shape with the message \"Deleted successfully.\". Payload 1 and
    2 send the bare Fee document instead, without the `doc` wrapper and `message`; this
    schema keeps the documented shape.
    """

    doc: Fee
    """The deleted Fee."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
