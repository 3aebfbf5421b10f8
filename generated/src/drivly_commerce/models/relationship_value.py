"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from typing import Any, TypeAlias

RelationshipValue: TypeAlias = int | str | dict[str, Any]
"""A reference to a document of another collection: its id at depth 0 (an integer on the documentation page, a string in the npm SDK's types), or the populated document at depth 1 or more."""
