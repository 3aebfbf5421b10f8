"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Address

__all__ = ["AddressDocResponse"]


class AddressDocResponse(BaseModel):
    """A created or updated Address with Payload's confirmation message: \"Address
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Address
    """The created or updated Address."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
