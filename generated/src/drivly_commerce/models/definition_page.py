"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .definition import Definition

__all__ = ["DefinitionPage"]


class DefinitionPage(BaseModel):
    """One page of Definitions with Payload's pagination metadata
    (https://payloadcms.com/docs/queries/pagination). `prevPage` and `nextPage` are null
    at the ends.
    """

    docs: list[Definition]
    """The Definitions on this page."""
    total_docs: int = Field(alias="totalDocs")
    """Number of matching Definitions on all pages."""
    limit: int
    """Page size used, the `limit` sent or Payload's default 10."""
    total_pages: int = Field(alias="totalPages")
    """Number of pages at this page size."""
    page: int
    """Number of this page, from 1."""
    paging_counter: int = Field(alias="pagingCounter")
    """Position, from 1, of this page's first document among all matches."""
    has_prev_page: bool = Field(alias="hasPrevPage")
    """Whether a page precedes this one."""
    has_next_page: bool = Field(alias="hasNextPage")
    """Whether a page follows this one."""
    prev_page: int | None = Field(alias="prevPage")
    """Number of the previous page, null on the first."""
    next_page: int | None = Field(alias="nextPage")
    """Number of the next page, null on the last."""
