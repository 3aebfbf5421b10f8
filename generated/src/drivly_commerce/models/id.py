"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["Id"]

Id: TypeAlias = int | str
"""A document id, as the server gives it: a number with Payload's SQL adapters
(Postgres, SQLite) and their default `idType`, e.g. `27` (seen on Payload 3.90.2 with
@payloadcms/db-sqlite), a string with MongoDB (an ObjectId) or `idType: 'uuid'`. The
`@drivly/commerce` npm SDK types every id as a string. A relationship field holds ids at
depth 0 and the related documents at depth 1 or more: `depth` decides.
"""
