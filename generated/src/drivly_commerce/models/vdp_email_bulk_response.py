"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .bulk_error import BulkError
from .customer import VdpEmail

__all__ = ["VdpEmailBulkResponse"]


class VdpEmailBulkResponse(BaseModel):
    """Result of a bulk update or delete: the documents changed, the ones that failed,
    and a message such as \"Updated 2 VDP Emails successfully.\" (Payload's
    BulkOperationResult in packages/payload/src/collections/config/types.ts, with the
    message added by endpoints/update.ts and delete.ts).
    """

    docs: list[VdpEmail]
    """The VDP Emails updated or deleted."""
    errors: list[BulkError]
    """One entry per matching VDP Email that could not be changed; empty on success."""
    message: str
    """Payload's summary message, translated to the request's language."""
