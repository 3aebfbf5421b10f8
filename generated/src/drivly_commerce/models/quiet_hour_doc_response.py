"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .quiet_hour import QuietHour

__all__ = ["QuietHourDocResponse"]


class QuietHourDocResponse(BaseModel):
    """A created or updated Quiet Hours setting with Payload's confirmation message:
    \"Quiet Hours setting successfully created.\" on create (status 201), \"Updated
    successfully.\" on update (packages/payload/src/collections/endpoints/create.ts,
    updateByID.ts).
    """

    doc: QuietHour
    """The created or updated Quiet Hours setting."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
