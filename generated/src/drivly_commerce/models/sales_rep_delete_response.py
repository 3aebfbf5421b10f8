"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import SalesRep

__all__ = ["SalesRepDeleteResponse"]


class SalesRepDeleteResponse(BaseModel):
    """Result of deleting a Sales Rep: the deleted document and a confirmation message.

    Payload 3 sends this shape with the message \"Deleted successfully.\". Payload 1 and
    2 send the bare Sales Rep document instead, without the `doc` wrapper and `message`;
    this schema keeps the documented shape.
    """

    doc: SalesRep
    """The deleted Sales Rep."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
