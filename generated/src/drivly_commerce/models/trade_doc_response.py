"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Trade

__all__ = ["TradeDocResponse"]


class TradeDocResponse(BaseModel):
    """A created or updated Trade with Payload's confirmation message: \"Trade
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Trade
    """The created or updated Trade."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
