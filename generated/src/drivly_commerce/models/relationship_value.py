"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["RelationshipValue"]

RelationshipValue: TypeAlias = int | str | dict[str, Any]
"""A reference to a document of another collection: its id at depth 0, or the populated document at depth 1 or more. Ids are numbers with Payload's SQL adapters (as the documentation page shows them) and strings with MongoDB or `idType: 'uuid'` (as the npm SDK's types declare them)."""
