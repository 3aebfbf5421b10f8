"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import DmvFee

__all__ = ["DmvFeeDocResponse"]


class DmvFeeDocResponse(BaseModel):
    """A created or updated DMV Fee with Payload's confirmation message: \"DMV Fee
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: DmvFee
    """The created or updated DMV Fee."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
