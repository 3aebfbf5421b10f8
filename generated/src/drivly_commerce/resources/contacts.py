"""The contacts operations: Contacts, and AsyncContacts for asyncio."""

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
from ..models.contact_bulk_response import ContactBulkResponse
from ..models.contact_delete_response import ContactDeleteResponse
from ..models.contact_doc_response import ContactDocResponse
from ..models.contact_page import ContactPage
from ..models.contact_sort import ContactSort
from ..models.contact_where import ContactWhere
from ..models.count import Count
from ..models.customer import Contact, ContactParams
from ..models.id import Id
from ..models.populate import Populate
from ..models.select import Select

__all__ = ["AsyncContacts", "Contacts"]

_LIST: Endpoint[ContactPage] = Endpoint(
    "GET",
    "/contacts",
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
    replies=(Reply("200", "json", ContactPage),),
    pagination=PageSpec("docs", "page", "has_next_page", "next_page"),
)
_CREATE: Endpoint[ContactDocResponse] = Endpoint(
    "POST",
    "/contacts",
    params=(DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE, DRAFT),
    replies=(Reply("201", "json", ContactDocResponse),),
    body_kind="json",
    content_type="application/json",
)
_DELETE_MANY: Endpoint[ContactBulkResponse] = Endpoint(
    "DELETE",
    "/contacts",
    params=(WHERE, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE),
    replies=(Reply("200", "json", ContactBulkResponse),),
)
_UPDATE_MANY: Endpoint[ContactBulkResponse] = Endpoint(
    "PATCH",
    "/contacts",
    params=(WHERE, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE),
    replies=(Reply("200", "json", ContactBulkResponse),),
    body_kind="json",
    content_type="application/json",
)
_COUNT: Endpoint[Count] = Endpoint(
    "GET",
    "/contacts/count",
    params=(WHERE, LOCALE),
    replies=(Reply("200", "json", Count),),
)
_RETRIEVE: Endpoint[Contact] = Endpoint(
    "GET",
    "/contacts/{id}",
    params=(ID, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE, DRAFT),
    replies=(Reply("200", "json", Contact),),
)
_DELETE: Endpoint[ContactDeleteResponse] = Endpoint(
    "DELETE",
    "/contacts/{id}",
    params=(ID, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE),
    replies=(Reply("200", "json", ContactDeleteResponse),),
)
_UPDATE: Endpoint[ContactDocResponse] = Endpoint(
    "PATCH",
    "/contacts/{id}",
    params=(ID, DEPTH, SELECT, POPULATE, LOCALE, FALLBACK_LOCALE, DRAFT),
    replies=(Reply("200", "json", ContactDocResponse),),
    body_kind="json",
    content_type="application/json",
)


class Contacts(SyncAPIResource):
    """Contacts at auctions, mechanics, transporters, dealers and customers, whom
    service orders ship from, ship to and bill.
    """

    @cached_property
    def with_raw_response(self) -> ContactsWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return ContactsWithRawResponse(self)

    def list(
        self,
        *,
        where: ContactWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: ContactSort | str | Sequence[ContactSort | str] | NotGiven = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Contact]:
        """Lists Contacts, a page at a time

        Finds the Contacts matching `where`, sorted by `sort`, one page of `limit`
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
        body: ContactParams,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ContactDocResponse:
        """Creates a Contact

        Creates a Contact from the fields in the body and returns it with Payload's
        confirmation message, status 201
        (packages/payload/src/collections/endpoints/create.ts; message
        `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
            body: The new Contact's fields.
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
        where: ContactWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ContactBulkResponse:
        """Deletes every Contact matching a query

        Deletes every Contact matching `where` (required: Payload deletes nothing
        without it) and returns the deleted documents and the per-document failures
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
        body: ContactParams,
        *,
        where: ContactWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ContactBulkResponse:
        """Updates every Contact matching a query

        Applies the fields in the body to every Contact matching `where` (required:
        Payload updates nothing without it) and returns the updated documents and the
        per-document failures (packages/payload/src/collections/endpoints/update.ts).
        Status 200 when every document was updated, 400 with the same body shape when
        some were not.

        Args:
            body: The fields to set on every matching Contact.
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
        where: ContactWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Contacts matching a query

        Counts the Contacts matching `where`, all of them without it
        (packages/payload/src/collections/endpoints/count.ts, operations/count.ts).
        Declared before `/contacts/{id}` so that routers matching in document order do
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
    ) -> Contact:
        """Retrieves a Contact

        Finds the Contact with the given id and returns the bare document, without a
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
    ) -> ContactDeleteResponse:
        """Deletes an existing Contact

        Deletes the Contact with the given id and returns the deleted document. The
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
        body: ContactParams,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ContactDocResponse:
        """Updates a Contact

        Sets the fields in the body on the Contact with the given id; fields left out
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


class ContactsWithRawResponse:
    """Like Contacts, each method returning the APIResponse."""

    def __init__(self, resource: Contacts) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete_many = to_raw_response_wrapper(resource.delete_many)
        self.update_many = to_raw_response_wrapper(resource.update_many)
        self.count = to_raw_response_wrapper(resource.count)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncContacts(AsyncAPIResource):
    """Contacts at auctions, mechanics, transporters, dealers and customers, whom
    service orders ship from, ship to and bill.
    """

    @cached_property
    def with_raw_response(self) -> AsyncContactsWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return AsyncContactsWithRawResponse(self)

    def list(
        self,
        *,
        where: ContactWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: ContactSort | str | Sequence[ContactSort | str] | NotGiven = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Contact]:
        """Lists Contacts, a page at a time

        Finds the Contacts matching `where`, sorted by `sort`, one page of `limit`
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
        body: ContactParams,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ContactDocResponse:
        """Creates a Contact

        Creates a Contact from the fields in the body and returns it with Payload's
        confirmation message, status 201
        (packages/payload/src/collections/endpoints/create.ts; message
        `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
            body: The new Contact's fields.
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
        where: ContactWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ContactBulkResponse:
        """Deletes every Contact matching a query

        Deletes every Contact matching `where` (required: Payload deletes nothing
        without it) and returns the deleted documents and the per-document failures
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
        body: ContactParams,
        *,
        where: ContactWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ContactBulkResponse:
        """Updates every Contact matching a query

        Applies the fields in the body to every Contact matching `where` (required:
        Payload updates nothing without it) and returns the updated documents and the
        per-document failures (packages/payload/src/collections/endpoints/update.ts).
        Status 200 when every document was updated, 400 with the same body shape when
        some were not.

        Args:
            body: The fields to set on every matching Contact.
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
        where: ContactWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Contacts matching a query

        Counts the Contacts matching `where`, all of them without it
        (packages/payload/src/collections/endpoints/count.ts, operations/count.ts).
        Declared before `/contacts/{id}` so that routers matching in document order do
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
    ) -> Contact:
        """Retrieves a Contact

        Finds the Contact with the given id and returns the bare document, without a
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
    ) -> ContactDeleteResponse:
        """Deletes an existing Contact

        Deletes the Contact with the given id and returns the deleted document. The
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
        body: ContactParams,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ContactDocResponse:
        """Updates a Contact

        Sets the fields in the body on the Contact with the given id; fields left out
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


class AsyncContactsWithRawResponse:
    """Like AsyncContacts, each method returning the APIResponse."""

    def __init__(self, resource: AsyncContacts) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete_many = async_to_raw_response_wrapper(resource.delete_many)
        self.update_many = async_to_raw_response_wrapper(resource.update_many)
        self.count = async_to_raw_response_wrapper(resource.count)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
