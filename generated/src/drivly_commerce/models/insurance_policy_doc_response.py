"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import InsurancePolicy

__all__ = ["InsurancePolicyDocResponse"]


class InsurancePolicyDocResponse(BaseModel):
    """A created or updated Insurance Policy with Payload's confirmation message:
    \"Insurance Policy successfully created.\" on create (status 201), \"Updated
    successfully.\" on update (packages/payload/src/collections/endpoints/create.ts,
    updateByID.ts).
    """

    doc: InsurancePolicy
    """The created or updated Insurance Policy."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
