"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import VdpEmail

__all__ = ["VdpEmailDocResponse"]


class VdpEmailDocResponse(BaseModel):
    """A created or updated VDP Email with Payload's confirmation message: \"VDP Email
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: VdpEmail
    """The created or updated VDP Email."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
