"""The brands operations: Brands, and AsyncBrands for asyncio."""

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
from ..models.brand_bulk_response import BrandBulkResponse
from ..models.brand_delete_response import BrandDeleteResponse
from ..models.brand_doc_response import BrandDocResponse
from ..models.brand_page import BrandPage
from ..models.brand_sort import BrandSort
from ..models.brand_status import BrandStatus
from ..models.brand_where import BrandWhere
from ..models.count import Count
from ..models.customer import Brand, Customer
from ..models.id import Id
from ..models.populate import Populate
from ..models.select import Select

__all__ = ["AsyncBrands", "Brands"]

_LIST: Endpoint[BrandPage] = Endpoint(
    "GET",
    "/brands",
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
    replies=(Reply("200", "json", BrandPage),),
    pagination=PageSpec("docs", "page", "has_next_page", "next_page"),
)
_CREATE: Endpoint[BrandDocResponse] = Endpoint(
    "POST",
    "/brands",
    params=(DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE, DRAFT),
    replies=(Reply("201", "json", BrandDocResponse),),
    body_kind="json",
    content_type="application/json",
)
_DELETE_MANY: Endpoint[BrandBulkResponse] = Endpoint(
    "DELETE",
    "/brands",
    params=(WHERE, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE),
    replies=(Reply("200", "json", BrandBulkResponse),),
)
_UPDATE_MANY: Endpoint[BrandBulkResponse] = Endpoint(
    "PATCH",
    "/brands",
    params=(WHERE, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE),
    replies=(Reply("200", "json", BrandBulkResponse),),
    body_kind="json",
    content_type="application/json",
)
_COUNT: Endpoint[Count] = Endpoint(
    "GET",
    "/brands/count",
    params=(WHERE, LOCALE),
    replies=(Reply("200", "json", Count),),
)
_RETRIEVE: Endpoint[Brand] = Endpoint(
    "GET",
    "/brands/{id}",
    params=(ID, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE, DRAFT),
    replies=(Reply("200", "json", Brand),),
)
_DELETE: Endpoint[BrandDeleteResponse] = Endpoint(
    "DELETE",
    "/brands/{id}",
    params=(ID, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE),
    replies=(Reply("200", "json", BrandDeleteResponse),),
)
_UPDATE: Endpoint[BrandDocResponse] = Endpoint(
    "PATCH",
    "/brands/{id}",
    params=(ID, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE, DRAFT),
    replies=(Reply("200", "json", BrandDocResponse),),
    body_kind="json",
    content_type="application/json",
)


class Brands(SyncAPIResource):
    """Brands of partner companies: logos, colours, legal name and status."""

    @cached_property
    def with_raw_response(self) -> BrandsWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return BrandsWithRawResponse(self)

    def list(
        self,
        *,
        where: BrandWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: BrandSort | str | Sequence[BrandSort | str] | NotGiven = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Brand]:
        """Lists Brands, a page at a time

        Finds the Brands matching `where`, sorted by `sort`, one page of `limit`
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
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        logo_svg: str | None | NotGiven = NOT_GIVEN,
        logo_png: str | None | NotGiven = NOT_GIVEN,
        primary_color: str | None | NotGiven = NOT_GIVEN,
        hover_color: str | None | NotGiven = NOT_GIVEN,
        secondary_color: str | None | NotGiven = NOT_GIVEN,
        legal_name: str | None | NotGiven = NOT_GIVEN,
        status: BrandStatus | str | None | NotGiven = NOT_GIVEN,
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> BrandDocResponse:
        """Creates a Brand

        Creates a Brand from the fields in the body and returns it with Payload's
        confirmation message, status 201
        (packages/payload/src/collections/endpoints/create.ts; message
        `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
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
            logo_svg: logoSvg
            logo_png: logoPng
            primary_color: primaryColor
            hover_color: hoverColor
            secondary_color: secondaryColor
            legal_name: legalName
            status: status
            customer: A Customer related, as an id at depth 0 or the document at depth 1
                or more.
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
            body={
                "logoSvg": logo_svg,
                "logoPng": logo_png,
                "primaryColor": primary_color,
                "hoverColor": hover_color,
                "secondaryColor": secondary_color,
                "legalName": legal_name,
                "status": status,
                "customer": customer,
            },
            **options,
        )

    def delete_many(
        self,
        *,
        where: BrandWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> BrandBulkResponse:
        """Deletes every Brand matching a query

        Deletes every Brand matching `where` (required: Payload deletes nothing without
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
        *,
        where: BrandWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        logo_svg: str | None | NotGiven = NOT_GIVEN,
        logo_png: str | None | NotGiven = NOT_GIVEN,
        primary_color: str | None | NotGiven = NOT_GIVEN,
        hover_color: str | None | NotGiven = NOT_GIVEN,
        secondary_color: str | None | NotGiven = NOT_GIVEN,
        legal_name: str | None | NotGiven = NOT_GIVEN,
        status: BrandStatus | str | None | NotGiven = NOT_GIVEN,
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> BrandBulkResponse:
        """Updates every Brand matching a query

        Applies the fields in the body to every Brand matching `where` (required:
        Payload updates nothing without it) and returns the updated documents and the
        per-document failures (packages/payload/src/collections/endpoints/update.ts).
        Status 200 when every document was updated, 400 with the same body shape when
        some were not.

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
            logo_svg: logoSvg
            logo_png: logoPng
            primary_color: primaryColor
            hover_color: hoverColor
            secondary_color: secondaryColor
            legal_name: legalName
            status: status
            customer: A Customer related, as an id at depth 0 or the document at depth 1
                or more.
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
            body={
                "logoSvg": logo_svg,
                "logoPng": logo_png,
                "primaryColor": primary_color,
                "hoverColor": hover_color,
                "secondaryColor": secondary_color,
                "legalName": legal_name,
                "status": status,
                "customer": customer,
            },
            **options,
        )

    def count(
        self,
        *,
        where: BrandWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Brands matching a query

        Counts the Brands matching `where`, all of them without it
        (packages/payload/src/collections/endpoints/count.ts, operations/count.ts).
        Declared before `/brands/{id}` so that routers matching in document order do not
        take `count` for an id.

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
    ) -> Brand:
        """Retrieves a Brand

        Finds the Brand with the given id and returns the bare document, without a
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
    ) -> BrandDeleteResponse:
        """Deletes an existing Brand

        Deletes the Brand with the given id and returns the deleted document. The
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
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        logo_svg: str | None | NotGiven = NOT_GIVEN,
        logo_png: str | None | NotGiven = NOT_GIVEN,
        primary_color: str | None | NotGiven = NOT_GIVEN,
        hover_color: str | None | NotGiven = NOT_GIVEN,
        secondary_color: str | None | NotGiven = NOT_GIVEN,
        legal_name: str | None | NotGiven = NOT_GIVEN,
        status: BrandStatus | str | None | NotGiven = NOT_GIVEN,
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> BrandDocResponse:
        """Updates a Brand

        Sets the fields in the body on the Brand with the given id; fields left out keep
        their values. Returns the updated document and Payload's message, \"Updated
        successfully.\" (packages/payload/src/collections/endpoints/updateByID.ts; with
        `draft=true` Payload sends its draft-saved message instead).

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
            logo_svg: logoSvg
            logo_png: logoPng
            primary_color: primaryColor
            hover_color: hoverColor
            secondary_color: secondaryColor
            legal_name: legalName
            status: status
            customer: A Customer related, as an id at depth 0 or the document at depth 1
                or more.
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
            body={
                "logoSvg": logo_svg,
                "logoPng": logo_png,
                "primaryColor": primary_color,
                "hoverColor": hover_color,
                "secondaryColor": secondary_color,
                "legalName": legal_name,
                "status": status,
                "customer": customer,
            },
            **options,
        )


class BrandsWithRawResponse:
    """Like Brands, each method returning the APIResponse."""

    def __init__(self, resource: Brands) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete_many = to_raw_response_wrapper(resource.delete_many)
        self.update_many = to_raw_response_wrapper(resource.update_many)
        self.count = to_raw_response_wrapper(resource.count)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncBrands(AsyncAPIResource):
    """Brands of partner companies: logos, colours, legal name and status."""

    @cached_property
    def with_raw_response(self) -> AsyncBrandsWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return AsyncBrandsWithRawResponse(self)

    def list(
        self,
        *,
        where: BrandWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: BrandSort | str | Sequence[BrandSort | str] | NotGiven = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Brand]:
        """Lists Brands, a page at a time

        Finds the Brands matching `where`, sorted by `sort`, one page of `limit`
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
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        logo_svg: str | None | NotGiven = NOT_GIVEN,
        logo_png: str | None | NotGiven = NOT_GIVEN,
        primary_color: str | None | NotGiven = NOT_GIVEN,
        hover_color: str | None | NotGiven = NOT_GIVEN,
        secondary_color: str | None | NotGiven = NOT_GIVEN,
        legal_name: str | None | NotGiven = NOT_GIVEN,
        status: BrandStatus | str | None | NotGiven = NOT_GIVEN,
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> BrandDocResponse:
        """Creates a Brand

        Creates a Brand from the fields in the body and returns it with Payload's
        confirmation message, status 201
        (packages/payload/src/collections/endpoints/create.ts; message
        `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
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
            logo_svg: logoSvg
            logo_png: logoPng
            primary_color: primaryColor
            hover_color: hoverColor
            secondary_color: secondaryColor
            legal_name: legalName
            status: status
            customer: A Customer related, as an id at depth 0 or the document at depth 1
                or more.
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
            body={
                "logoSvg": logo_svg,
                "logoPng": logo_png,
                "primaryColor": primary_color,
                "hoverColor": hover_color,
                "secondaryColor": secondary_color,
                "legalName": legal_name,
                "status": status,
                "customer": customer,
            },
            **options,
        )

    async def delete_many(
        self,
        *,
        where: BrandWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> BrandBulkResponse:
        """Deletes every Brand matching a query

        Deletes every Brand matching `where` (required: Payload deletes nothing without
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
        *,
        where: BrandWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        logo_svg: str | None | NotGiven = NOT_GIVEN,
        logo_png: str | None | NotGiven = NOT_GIVEN,
        primary_color: str | None | NotGiven = NOT_GIVEN,
        hover_color: str | None | NotGiven = NOT_GIVEN,
        secondary_color: str | None | NotGiven = NOT_GIVEN,
        legal_name: str | None | NotGiven = NOT_GIVEN,
        status: BrandStatus | str | None | NotGiven = NOT_GIVEN,
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> BrandBulkResponse:
        """Updates every Brand matching a query

        Applies the fields in the body to every Brand matching `where` (required:
        Payload updates nothing without it) and returns the updated documents and the
        per-document failures (packages/payload/src/collections/endpoints/update.ts).
        Status 200 when every document was updated, 400 with the same body shape when
        some were not.

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
            logo_svg: logoSvg
            logo_png: logoPng
            primary_color: primaryColor
            hover_color: hoverColor
            secondary_color: secondaryColor
            legal_name: legalName
            status: status
            customer: A Customer related, as an id at depth 0 or the document at depth 1
                or more.
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
            body={
                "logoSvg": logo_svg,
                "logoPng": logo_png,
                "primaryColor": primary_color,
                "hoverColor": hover_color,
                "secondaryColor": secondary_color,
                "legalName": legal_name,
                "status": status,
                "customer": customer,
            },
            **options,
        )

    async def count(
        self,
        *,
        where: BrandWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Brands matching a query

        Counts the Brands matching `where`, all of them without it
        (packages/payload/src/collections/endpoints/count.ts, operations/count.ts).
        Declared before `/brands/{id}` so that routers matching in document order do not
        take `count` for an id.

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
    ) -> Brand:
        """Retrieves a Brand

        Finds the Brand with the given id and returns the bare document, without a
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
    ) -> BrandDeleteResponse:
        """Deletes an existing Brand

        Deletes the Brand with the given id and returns the deleted document. The
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
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        logo_svg: str | None | NotGiven = NOT_GIVEN,
        logo_png: str | None | NotGiven = NOT_GIVEN,
        primary_color: str | None | NotGiven = NOT_GIVEN,
        hover_color: str | None | NotGiven = NOT_GIVEN,
        secondary_color: str | None | NotGiven = NOT_GIVEN,
        legal_name: str | None | NotGiven = NOT_GIVEN,
        status: BrandStatus | str | None | NotGiven = NOT_GIVEN,
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> BrandDocResponse:
        """Updates a Brand

        Sets the fields in the body on the Brand with the given id; fields left out keep
        their values. Returns the updated document and Payload's message, \"Updated
        successfully.\" (packages/payload/src/collections/endpoints/updateByID.ts; with
        `draft=true` Payload sends its draft-saved message instead).

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
            logo_svg: logoSvg
            logo_png: logoPng
            primary_color: primaryColor
            hover_color: hoverColor
            secondary_color: secondaryColor
            legal_name: legalName
            status: status
            customer: A Customer related, as an id at depth 0 or the document at depth 1
                or more.
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
            body={
                "logoSvg": logo_svg,
                "logoPng": logo_png,
                "primaryColor": primary_color,
                "hoverColor": hover_color,
                "secondaryColor": secondary_color,
                "legalName": legal_name,
                "status": status,
                "customer": customer,
            },
            **options,
        )


class AsyncBrandsWithRawResponse:
    """Like AsyncBrands, each method returning the APIResponse."""

    def __init__(self, resource: AsyncBrands) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete_many = async_to_raw_response_wrapper(resource.delete_many)
        self.update_many = async_to_raw_response_wrapper(resource.update_many)
        self.count = async_to_raw_response_wrapper(resource.count)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
