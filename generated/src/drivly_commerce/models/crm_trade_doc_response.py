"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .crm_trade import CrmTrade

__all__ = ["CrmTradeDocResponse"]


class CrmTradeDocResponse(BaseModel):
    """A created or updated CRM Trade with Payload's confirmation message: \"CRM Trade
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: CrmTrade
    """The created or updated CRM Trade."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
