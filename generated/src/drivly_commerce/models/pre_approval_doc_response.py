"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import PreApproval

__all__ = ["PreApprovalDocResponse"]


class PreApprovalDocResponse(BaseModel):
    """A created or updated Pre-Approval with Payload's confirmation message:
    \"Pre-Approval successfully created.\" on create (status 201), \"Updated
    successfully.\" on update (packages/payload/src/collections/endpoints/create.ts,
    updateByID.ts).
    """

    doc: PreApproval
    """The created or updated Pre-Approval."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
