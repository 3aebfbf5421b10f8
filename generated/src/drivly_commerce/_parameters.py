"""The parameters operations share (the document's ``components/parameters``): each Param
once, named by every endpoint that sends it."""

from ._base import Param

WHERE = Param("where", "query", style="deepObject", explode=True)
LIMIT = Param("limit", "query")
PAGE = Param("page", "query")
SORT = Param("sort", "query", explode=False)
PAGINATION = Param("pagination", "query")
DEPTH = Param("depth", "query")
SELECT = Param("select", "query", style="deepObject", explode=True)
POPULATE = Param("populate", "query", style="deepObject", explode=True)
LOCALE = Param("locale", "query")
FALLBACK_LOCALE = Param("fallback-locale", "query", key="fallback_locale")
DRAFT = Param("draft", "query")
ID = Param("id", "path")
