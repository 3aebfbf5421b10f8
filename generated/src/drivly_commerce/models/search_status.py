"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["SearchStatus"]


class SearchStatus(str, Enum):
    ON_HOLD = "On Hold"
    SEARCHING = "Searching"
    RESULTS_FOUND = "Results Found"
    SEARCH_CANCELLED = "Search Cancelled"
