"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .crm_trade import CrmTrade

__all__ = ["CrmTradeDeleteResponse"]


class CrmTradeDeleteResponse(BaseModel):
    """Result of deleting a CRM Trade: the deleted document and a confirmation message.

    Payload 3 sends this shape with the message \"Deleted successfully.\". Payload 1 and
    2 send the bare CRM Trade document instead, without the `doc` wrapper and `message`;
    this schema keeps the documented shape.
    """

    doc: CrmTrade
    """The deleted CRM Trade."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
