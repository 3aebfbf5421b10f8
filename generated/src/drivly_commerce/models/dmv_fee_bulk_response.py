"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .bulk_error import BulkError
from .customer import DmvFee

__all__ = ["DmvFeeBulkResponse"]


class DmvFeeBulkResponse(BaseModel):
    """Result of a bulk update or delete: the documents changed, the ones that failed,
    and a message such as \"Updated 2 DMV Fees successfully.\" (Payload's
    BulkOperationResult in packages/payload/src/collections/config/types.ts, with the
    message added by endpoints/update.ts and delete.ts).
    """

    docs: list[DmvFee]
    """The DMV Fees updated or deleted."""
    errors: list[BulkError]
    """One entry per matching DMV Fee that could not be changed; empty on success."""
    message: str
    """Payload's summary message, translated to the request's language."""
