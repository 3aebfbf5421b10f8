"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["Where"]


class Where(BaseModel):
    """A Payload query (https://payloadcms.com/docs/queries/overview): each key is a field name (or a dotted path into a relationship or group) mapped to operator conditions that must all hold, plus optional `and` / `or` lists of nested queries."""

    and_: list[Where] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[Where] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
