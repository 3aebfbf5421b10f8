"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Tenant

__all__ = ["TenantDocResponse"]


class TenantDocResponse(BaseModel):
    """A created or updated Tenant with Payload's confirmation message: \"Tenant
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Tenant
    """The created or updated Tenant."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
