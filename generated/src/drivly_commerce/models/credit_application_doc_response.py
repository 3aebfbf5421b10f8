"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import CreditApplication

__all__ = ["CreditApplicationDocResponse"]


class CreditApplicationDocResponse(BaseModel):
    """A created or updated Credit Application with Payload's confirmation message:
    \"Credit Application successfully created.\" on create (status 201), \"Updated
    successfully.\" on update (packages/payload/src/collections/endpoints/create.ts,
    updateByID.ts).
    """

    doc: CreditApplication
    """The created or updated Credit Application."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
