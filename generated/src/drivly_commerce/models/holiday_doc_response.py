"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .holiday import Holiday

__all__ = ["HolidayDocResponse"]


class HolidayDocResponse(BaseModel):
    """A created or updated Holiday with Payload's confirmation message: \"Holiday
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Holiday
    """The created or updated Holiday."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
