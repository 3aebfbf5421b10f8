"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Vehicle

__all__ = ["VehicleDocResponse"]


class VehicleDocResponse(BaseModel):
    """A created or updated Vehicle with Payload's confirmation message: \"Vehicle
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Vehicle
    """The created or updated Vehicle."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
