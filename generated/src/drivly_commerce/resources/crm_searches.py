"""The searches operations: CrmSearches, and AsyncCrmSearches for asyncio."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Any, Unpack

from .._base import (
    NOT_GIVEN,
    AsyncAPIResource,
    AsyncPage,
    Endpoint,
    NotGiven,
    PageSpec,
    Reply,
    RequestOptions,
    SyncAPIResource,
    SyncPage,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._parameters import (
    DEPTH,
    DRAFT,
    FALLBACK_LOCALE,
    ID,
    LIMIT,
    LOCALE,
    PAGE,
    PAGINATION,
    POPULATE,
    SELECT,
    SORT,
    WHERE,
)
from ..models.count import Count
from ..models.customer import Search, SearchParams
from ..models.id import Id
from ..models.populate import Populate
from ..models.search_bulk_response import SearchBulkResponse
from ..models.search_delete_response import SearchDeleteResponse
from ..models.search_doc_response import SearchDocResponse
from ..models.search_page import SearchPage
from ..models.search_sort import SearchSort
from ..models.search_where import SearchWhere
from ..models.select import Select

__all__ = ["AsyncCrmSearches", "CrmSearches"]

_LIST: Endpoint[SearchPage] = Endpoint(
    "GET",
    "/searches",
    params=(
        WHERE,
        LIMIT,
        PAGE,
        SORT,
        PAGINATION,
        DEPTH,
        SELECT,
        POPULATE,
        LOCALE,
        FALLBACK_LOCALE,
        DRAFT,
    ),
    replies=(Reply("200", "json", SearchPage),),
    pagination=PageSpec("docs", "page", "has_next_page", "next_page"),
)
_CREATE: Endpoint[SearchDocResponse] = Endpoint(
    "POST",
    "/searches",
    params=(DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE, DRAFT),
    replies=(Reply("201", "json", SearchDocResponse),),
    body_kind="json",
    content_type="application/json",
)
_DELETE_MANY: Endpoint[SearchBulkResponse] = Endpoint(
    "DELETE",
    "/searches",
    params=(WHERE, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE),
    replies=(Reply("200", "json", SearchBulkResponse),),
)
_UPDATE_MANY: Endpoint[SearchBulkResponse] = Endpoint(
    "PATCH",
    "/searches",
    params=(WHERE, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE),
    replies=(Reply("200", "json", SearchBulkResponse),),
    body_kind="json",
    content_type="application/json",
)
_COUNT: Endpoint[Count] = Endpoint(
    "GET",
    "/searches/count",
    params=(WHERE, LOCALE),
    replies=(Reply("200", "json", Count),),
)
_RETRIEVE: Endpoint[Search] = Endpoint(
    "GET",
    "/searches/{id}",
    params=(ID, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE, DRAFT),
    replies=(Reply("200", "json", Search),),
)
_DELETE: Endpoint[SearchDeleteResponse] = Endpoint(
    "DELETE",
    "/searches/{id}",
    params=(ID, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE),
    replies=(Reply("200", "json", SearchDeleteResponse),),
)
_UPDATE: Endpoint[SearchDocResponse] = Endpoint(
    "PATCH",
    "/searches/{id}",
    params=(ID, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE, DRAFT),
    replies=(Reply("200", "json", SearchDocResponse),),
    body_kind="json",
    content_type="application/json",
)


class CrmSearches(SyncAPIResource):
    """Vehicle searches run for a lead: the wanted year, make, model, options, colours
    and price, and the vehicles found.
    """

    @cached_property
    def with_raw_response(self) -> CrmSearchesWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return CrmSearchesWithRawResponse(self)

    def list(
        self,
        *,
        where: SearchWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: SearchSort | str | Sequence[SearchSort | str] | NotGiven = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Search]:
        """Lists Searches, a page at a time

        Finds the Searches matching `where`, sorted by `sort`, one page of `limit`
        documents at a time. Payload's collection `find` route (GET
        /api/{collection-slug}, https://payloadcms.com/docs/rest-api/overview); the page
        shape is Payload's paginated result
        (https://payloadcms.com/docs/queries/pagination,
        packages/payload/src/collections/endpoints/find.ts and operations/find.ts).

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g.
                `where[updatedAt][greater_than]=2024-01-01` or
                `where[or][0][id][equals]=1`
                (https://payloadcms.com/docs/queries/overview). Omitted, every document
                matches.
            limit: Documents per page; Payload's default is 10, and 0 turns pagination
                off.
            page: Page number to return, from 1 (Payload's default).
            sort: Field to sort by, ascending, or descending with `-` (`-createdAt`);
                several fields go as a list, sent comma-separated as Payload 3 splits
                them (https://payloadcms.com/docs/queries/sort,
                utilities/sanitizeSortParams.ts).
            pagination: `false` returns every matching document on one page.
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document,
                for collections with drafts enabled.
        """
        return self._client.request_page(
            _LIST,
            {
                "where": where,
                "limit": limit,
                "page": page,
                "sort": sort,
                "pagination": pagination,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            **options,
        )

    def create(
        self,
        body: SearchParams,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SearchDocResponse:
        """Creates a Search

        Creates a Search from the fields in the body and returns it with Payload's
        confirmation message, status 201
        (packages/payload/src/collections/endpoints/create.ts; message
        `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
            body: The new Search's fields.
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document,
                for collections with drafts enabled.
        """
        return self._client.call(
            _CREATE,
            {
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            body=body,
            **options,
        )

    def delete_many(
        self,
        *,
        where: SearchWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SearchBulkResponse:
        """Deletes every Search matching a query

        Deletes every Search matching `where` (required: Payload deletes nothing without
        it) and returns the deleted documents and the per-document failures
        (packages/payload/src/collections/endpoints/delete.ts). Status 200 when every
        document was deleted, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket
                syntax (see the `where` of `list`). Payload's bulk routes require it
                (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """
        return self._client.call(
            _DELETE_MANY,
            {
                "where": where,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
            },
            **options,
        )

    def update_many(
        self,
        body: SearchParams,
        *,
        where: SearchWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SearchBulkResponse:
        """Updates every Search matching a query

        Applies the fields in the body to every Search matching `where` (required:
        Payload updates nothing without it) and returns the updated documents and the
        per-document failures (packages/payload/src/collections/endpoints/update.ts).
        Status 200 when every document was updated, 400 with the same body shape when
        some were not.

        Args:
            body: The fields to set on every matching Search.
            where: Payload's query selecting the documents to change, in its bracket
                syntax (see the `where` of `list`). Payload's bulk routes require it
                (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """
        return self._client.call(
            _UPDATE_MANY,
            {
                "where": where,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
            },
            body=body,
            **options,
        )

    def count(
        self,
        *,
        where: SearchWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Searches matching a query

        Counts the Searches matching `where`, all of them without it
        (packages/payload/src/collections/endpoints/count.ts, operations/count.ts).
        Declared before `/searches/{id}` so that routers matching in document order do
        not take `count` for an id.

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g.
                `where[updatedAt][greater_than]=2024-01-01` or
                `where[or][0][id][equals]=1`
                (https://payloadcms.com/docs/queries/overview). Omitted, every document
                matches.
            locale: retrieves document(s) in a specific locale
        """
        return self._client.call(_COUNT, {"where": where, "locale": locale}, **options)

    def retrieve(
        self,
        id: Id,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Search:
        """Retrieves a Search

        Finds the Search with the given id and returns the bare document, without a
        wrapper (packages/payload/src/collections/endpoints/findByID.ts). Its
        relationships are populated to `depth` levels.

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document,
                for collections with drafts enabled.
        """
        return self._client.call(
            _RETRIEVE,
            {
                "id": id,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            **options,
        )

    def delete(
        self,
        id: Id,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SearchDeleteResponse:
        """Deletes an existing Search

        Deletes the Search with the given id and returns the deleted document. The
        relationships of the returned document are populated to `depth` levels.

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """
        return self._client.call(
            _DELETE,
            {
                "id": id,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
            },
            **options,
        )

    def update(
        self,
        id: Id,
        body: SearchParams,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SearchDocResponse:
        """Updates a Search

        Sets the fields in the body on the Search with the given id; fields left out
        keep their values. Returns the updated document and Payload's message, \"Updated
        successfully.\" (packages/payload/src/collections/endpoints/updateByID.ts; with
        `draft=true` Payload sends its draft-saved message instead).

        Args:
            id: id of the document
            body: The fields to change.
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document,
                for collections with drafts enabled.
        """
        return self._client.call(
            _UPDATE,
            {
                "id": id,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            body=body,
            **options,
        )


class CrmSearchesWithRawResponse:
    """Like CrmSearches, each method returning the APIResponse."""

    def __init__(self, resource: CrmSearches) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete_many = to_raw_response_wrapper(resource.delete_many)
        self.update_many = to_raw_response_wrapper(resource.update_many)
        self.count = to_raw_response_wrapper(resource.count)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncCrmSearches(AsyncAPIResource):
    """Vehicle searches run for a lead: the wanted year, make, model, options, colours
    and price, and the vehicles found.
    """

    @cached_property
    def with_raw_response(self) -> AsyncCrmSearchesWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return AsyncCrmSearchesWithRawResponse(self)

    def list(
        self,
        *,
        where: SearchWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: SearchSort | str | Sequence[SearchSort | str] | NotGiven = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Search]:
        """Lists Searches, a page at a time

        Finds the Searches matching `where`, sorted by `sort`, one page of `limit`
        documents at a time. Payload's collection `find` route (GET
        /api/{collection-slug}, https://payloadcms.com/docs/rest-api/overview); the page
        shape is Payload's paginated result
        (https://payloadcms.com/docs/queries/pagination,
        packages/payload/src/collections/endpoints/find.ts and operations/find.ts).

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g.
                `where[updatedAt][greater_than]=2024-01-01` or
                `where[or][0][id][equals]=1`
                (https://payloadcms.com/docs/queries/overview). Omitted, every document
                matches.
            limit: Documents per page; Payload's default is 10, and 0 turns pagination
                off.
            page: Page number to return, from 1 (Payload's default).
            sort: Field to sort by, ascending, or descending with `-` (`-createdAt`);
                several fields go as a list, sent comma-separated as Payload 3 splits
                them (https://payloadcms.com/docs/queries/sort,
                utilities/sanitizeSortParams.ts).
            pagination: `false` returns every matching document on one page.
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document,
                for collections with drafts enabled.
        """
        return self._client.request_page(
            _LIST,
            {
                "where": where,
                "limit": limit,
                "page": page,
                "sort": sort,
                "pagination": pagination,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            **options,
        )

    async def create(
        self,
        body: SearchParams,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SearchDocResponse:
        """Creates a Search

        Creates a Search from the fields in the body and returns it with Payload's
        confirmation message, status 201
        (packages/payload/src/collections/endpoints/create.ts; message
        `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
            body: The new Search's fields.
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document,
                for collections with drafts enabled.
        """
        return await self._client.call(
            _CREATE,
            {
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            body=body,
            **options,
        )

    async def delete_many(
        self,
        *,
        where: SearchWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SearchBulkResponse:
        """Deletes every Search matching a query

        Deletes every Search matching `where` (required: Payload deletes nothing without
        it) and returns the deleted documents and the per-document failures
        (packages/payload/src/collections/endpoints/delete.ts). Status 200 when every
        document was deleted, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket
                syntax (see the `where` of `list`). Payload's bulk routes require it
                (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """
        return await self._client.call(
            _DELETE_MANY,
            {
                "where": where,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
            },
            **options,
        )

    async def update_many(
        self,
        body: SearchParams,
        *,
        where: SearchWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SearchBulkResponse:
        """Updates every Search matching a query

        Applies the fields in the body to every Search matching `where` (required:
        Payload updates nothing without it) and returns the updated documents and the
        per-document failures (packages/payload/src/collections/endpoints/update.ts).
        Status 200 when every document was updated, 400 with the same body shape when
        some were not.

        Args:
            body: The fields to set on every matching Search.
            where: Payload's query selecting the documents to change, in its bracket
                syntax (see the `where` of `list`). Payload's bulk routes require it
                (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """
        return await self._client.call(
            _UPDATE_MANY,
            {
                "where": where,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
            },
            body=body,
            **options,
        )

    async def count(
        self,
        *,
        where: SearchWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Searches matching a query

        Counts the Searches matching `where`, all of them without it
        (packages/payload/src/collections/endpoints/count.ts, operations/count.ts).
        Declared before `/searches/{id}` so that routers matching in document order do
        not take `count` for an id.

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g.
                `where[updatedAt][greater_than]=2024-01-01` or
                `where[or][0][id][equals]=1`
                (https://payloadcms.com/docs/queries/overview). Omitted, every document
                matches.
            locale: retrieves document(s) in a specific locale
        """
        return await self._client.call(
            _COUNT, {"where": where, "locale": locale}, **options
        )

    async def retrieve(
        self,
        id: Id,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Search:
        """Retrieves a Search

        Finds the Search with the given id and returns the bare document, without a
        wrapper (packages/payload/src/collections/endpoints/findByID.ts). Its
        relationships are populated to `depth` levels.

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document,
                for collections with drafts enabled.
        """
        return await self._client.call(
            _RETRIEVE,
            {
                "id": id,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            **options,
        )

    async def delete(
        self,
        id: Id,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SearchDeleteResponse:
        """Deletes an existing Search

        Deletes the Search with the given id and returns the deleted document. The
        relationships of the returned document are populated to `depth` levels.

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """
        return await self._client.call(
            _DELETE,
            {
                "id": id,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
            },
            **options,
        )

    async def update(
        self,
        id: Id,
        body: SearchParams,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SearchDocResponse:
        """Updates a Search

        Sets the fields in the body on the Search with the given id; fields left out
        keep their values. Returns the updated document and Payload's message, \"Updated
        successfully.\" (packages/payload/src/collections/endpoints/updateByID.ts; with
        `draft=true` Payload sends its draft-saved message instead).

        Args:
            id: id of the document
            body: The fields to change.
            depth: number of levels to automatically populate relationships and uploads.
                At 0 relationship fields hold ids; at 1 or more they hold the related
                documents. When omitted the server's configured default applies
                (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields
                set to true (and id), `select[email]=false` every field but those; a
                group's fields nest, `select[group][field]=true`
                (https://payloadcms.com/docs/queries/select).
            populate: Per related collection, the fields of its documents to send when
                `depth` populates them, as `select` takes them:
                `populate[customers][email]=true`
                (https://payloadcms.com/docs/queries/select#populate).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document,
                for collections with drafts enabled.
        """
        return await self._client.call(
            _UPDATE,
            {
                "id": id,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            body=body,
            **options,
        )


class AsyncCrmSearchesWithRawResponse:
    """Like AsyncCrmSearches, each method returning the APIResponse."""

    def __init__(self, resource: AsyncCrmSearches) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete_many = async_to_raw_response_wrapper(resource.delete_many)
        self.update_many = async_to_raw_response_wrapper(resource.update_many)
        self.count = async_to_raw_response_wrapper(resource.count)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
