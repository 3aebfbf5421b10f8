"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .id import Id
from .id_list import IdList

__all__ = ["RelationshipQuery"]


class RelationshipQuery(BaseModel):
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """

    equals: Id | None = None
    """The id must be exactly equal."""
    not_equals: Id | None = None
    """The id must not be equal."""
    in_: IdList | None = Field(None, alias="in")
    """The id must be one of these."""
    not_in: IdList | None = None
    """The id must be none of these."""
    all: IdList | None = None
    """A hasMany relationship must hold all of these ids."""
    exists: bool | None = None
    """`true` for documents where the field has a value, `false` where it has none."""
