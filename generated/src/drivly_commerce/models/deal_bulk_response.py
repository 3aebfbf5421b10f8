"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .bulk_error import BulkError
from .customer import Deal

__all__ = ["DealBulkResponse"]


class DealBulkResponse(BaseModel):
    """Result of a bulk update or delete: the documents changed, the ones that failed,
    and a message such as \"Updated 2 Deals successfully.\" (Payload's
    BulkOperationResult in packages/payload/src/collections/config/types.ts, with the
    message added by endpoints/update.ts and delete.ts).
    """

    docs: list[Deal]
    """The Deals updated or deleted."""
    errors: list[BulkError]
    """One entry per matching Deal that could not be changed; empty on success."""
    message: str
    """Payload's summary message, translated to the request's language."""
