"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import CrmVehicle

__all__ = ["CrmVehicleDocResponse"]


class CrmVehicleDocResponse(BaseModel):
    """A created or updated CRM Vehicle with Payload's confirmation message: \"CRM
    Vehicle successfully created.\" on create (status 201), \"Updated successfully.\" on
    update (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: CrmVehicle
    """The created or updated CRM Vehicle."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
