"""Deals: the sale of a vehicle to a customer, with the co-buyer, dealer and facilitators, the price and financing, taxes and fees, trades, service quotes and documents."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any, Unpack

from .._base import (
    NOT_GIVEN,
    AsyncAPIResource,
    AsyncPage,
    Endpoint,
    NotGiven,
    PageSpec,
    Param,
    Reply,
    RequestOptions,
    SyncAPIResource,
    SyncPage,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from ..models.count import Count
from ..models.customer import (
    Address,
    CreditApplication,
    Customer,
    Deal,
    ServiceOrder,
    ServiceQuote,
    TaxesAndFee,
    Tenant,
    Trade,
    Vehicle,
)
from ..models.deal_bulk_response import DealBulkResponse
from ..models.deal_delete_response import DealDeleteResponse
from ..models.deal_doc_response import DealDocResponse
from ..models.deal_page import DealPage
from ..models.deal_sort import DealSort
from ..models.deal_type import DealType
from ..models.deal_where import DealWhere
from ..models.id import Id
from ..models.populate import Populate
from ..models.select import Select

__all__ = ["AsyncDeals", "Deals"]

_LIST: Endpoint[DealPage] = Endpoint(
    "GET",
    "/deals",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("limit", "limit", "query", "form", True),
        Param("page", "page", "query", "form", True),
        Param("sort", "sort", "query", "form", False),
        Param("pagination", "pagination", "query", "form", True),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("200", "json", DealPage),),
    pagination=PageSpec("docs", "page", "has_next_page", "next_page"),
)
_CREATE: Endpoint[DealDocResponse] = Endpoint(
    "POST",
    "/deals",
    params=(
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("201", "json", DealDocResponse),),
    body_kind="json",
    content_type="application/json",
)
_DELETE_MANY: Endpoint[DealBulkResponse] = Endpoint(
    "DELETE",
    "/deals",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", DealBulkResponse),),
)
_UPDATE_MANY: Endpoint[DealBulkResponse] = Endpoint(
    "PATCH",
    "/deals",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", DealBulkResponse),),
    body_kind="json",
    content_type="application/json",
)
_COUNT: Endpoint[Count] = Endpoint(
    "GET",
    "/deals/count",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", Count),),
)
_RETRIEVE: Endpoint[Deal] = Endpoint(
    "GET",
    "/deals/{id}",
    params=(
        Param("id", "id", "path", "simple", False),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("200", "json", Deal),),
)
_DELETE: Endpoint[DealDeleteResponse] = Endpoint(
    "DELETE",
    "/deals/{id}",
    params=(
        Param("id", "id", "path", "simple", False),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", DealDeleteResponse),),
)
_UPDATE: Endpoint[DealDocResponse] = Endpoint(
    "PATCH",
    "/deals/{id}",
    params=(
        Param("id", "id", "path", "simple", False),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("200", "json", DealDocResponse),),
    body_kind="json",
    content_type="application/json",
)


class Deals(SyncAPIResource):
    """Deals: the sale of a vehicle to a customer, with the co-buyer, dealer and facilitators, the price and financing, taxes and fees, trades, service quotes and documents."""

    @cached_property
    def with_raw_response(self) -> DealsWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return DealsWithRawResponse(self)

    def list(
        self,
        *,
        where: DealWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: DealSort | str | builtins.list[DealSort | str] | NotGiven = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Deal]:
        """Lists Deals, a page at a time

        Finds the Deals matching `where`, sorted by `sort`, one page of `limit` documents at a time. Payload's collection `find` route (GET /api/{collection-slug}, https://payloadcms.com/docs/rest-api/overview); the page shape is Payload's paginated result (https://payloadcms.com/docs/queries/pagination, packages/payload/src/collections/endpoints/find.ts and operations/find.ts).

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g. `where[updatedAt][greater_than]=2024-01-01` or `where[or][0][id][equals]=1` (https://payloadcms.com/docs/queries/overview). Omitted, every document matches.
            limit: Documents per page; Payload's default is 10, and 0 turns pagination off (`limit ?? (usePagination ? 10 : 0)` in packages/payload/src/collections/operations/find.ts).
            page: Page number to return, from 1 (Payload's default).
            sort: Field to sort by, ascending, or descending with `-` (`-createdAt`); several fields go as a list, sent comma-separated as Payload 3 splits them (https://payloadcms.com/docs/queries/sort, utilities/sanitizeSortParams.ts).
            pagination: `false` returns every matching document on one page (Payload 3 reads `pagination === 'false'`, packages/payload/src/collections/endpoints/find.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
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
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        vehicle: Id | Vehicle | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        deal_id: str | None | NotGiven = NOT_GIVEN,
        customer_relationship: str | None | NotGiven = NOT_GIVEN,
        co_customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        company_consumer_customer: (
            Id | Customer | dict[str, Any] | None | NotGiven
        ) = NOT_GIVEN,
        lien_holder: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        dealer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        facilitator: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        type: builtins.list[DealType | str] | None | NotGiven = NOT_GIVEN,
        sales_price: str | None | NotGiven = NOT_GIVEN,
        margin: str | None | NotGiven = NOT_GIVEN,
        down_payment: str | None | NotGiven = NOT_GIVEN,
        financed_amount: str | None | NotGiven = NOT_GIVEN,
        taxes_and_fees: Id | TaxesAndFee | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        dependencies: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        unsigned_documents: str | None | NotGiven = NOT_GIVEN,
        signed_documents: str | None | NotGiven = NOT_GIVEN,
        delivery_address: (
            builtins.list[Id | Address | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        payment_link: str | None | NotGiven = NOT_GIVEN,
        get_trade_offer: str | None | NotGiven = NOT_GIVEN,
        notarize_power_of_attorney: str | None | NotGiven = NOT_GIVEN,
        service_quotes: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        tenant: Id | Tenant | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        trades: (
            builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        credit_applications: (
            builtins.list[Id | CreditApplication | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        latest_error: str | None | NotGiven = NOT_GIVEN,
        vsc_provider: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        vsc: str | None | NotGiven = NOT_GIVEN,
        gap_provider: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        gap: str | None | NotGiven = NOT_GIVEN,
        status: str | None | NotGiven = NOT_GIVEN,
        transport_service_orders: (
            builtins.list[Id | ServiceOrder | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        mileage: float | None | NotGiven = NOT_GIVEN,
        development: bool | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealDocResponse:
        """Creates a Deal

        Creates a Deal from the fields in the body and returns it with Payload's confirmation message, status 201 (packages/payload/src/collections/endpoints/create.ts; message `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            vehicle: A Vehicle related, as an id at depth 0 or the document at depth 1 or more.
            deal_id: dealId
            customer_relationship: customerRelationship
            co_customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            company_consumer_customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            lien_holder: Customers related, as ids at depth 0 and documents at depth 1 or more.
            dealer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            facilitator: Customers related, as ids at depth 0 and documents at depth 1 or more.
            type: type
            sales_price: salesPrice
            margin: margin
            down_payment: downPayment
            financed_amount: financedAmount
            taxes_and_fees: A Taxes and Fees record related, as an id at depth 0 or the document at depth 1 or more.
            dependencies: Deals related, as ids at depth 0 and documents at depth 1 or more.
            unsigned_documents: unsignedDocuments
            signed_documents: signedDocuments
            delivery_address: Addresses related, as ids at depth 0 and documents at depth 1 or more.
            payment_link: paymentLink
            get_trade_offer: getTradeOffer
            notarize_power_of_attorney: notarizePowerOfAttorney
            service_quotes: Service Quotes related, as ids at depth 0 and documents at depth 1 or more.
            tenant: A Tenant related, as an id at depth 0 or the document at depth 1 or more.
            trades: Trades related, as ids at depth 0 and documents at depth 1 or more.
            credit_applications: Credit Applications related, as ids at depth 0 and documents at depth 1 or more.
            latest_error: latestError
            vsc_provider: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            vsc: vsc
            gap_provider: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            gap: gap
            status: status
            transport_service_orders: Service Orders related, as ids at depth 0 and documents at depth 1 or more.
            mileage: mileage
            development: development
        """

        return self._client.request(
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
                "customer": customer,
                "vehicle": vehicle,
                "dealId": deal_id,
                "customerRelationship": customer_relationship,
                "coCustomer": co_customer,
                "companyConsumerCustomer": company_consumer_customer,
                "lienHolder": lien_holder,
                "dealer": dealer,
                "facilitator": facilitator,
                "type": type,
                "salesPrice": sales_price,
                "margin": margin,
                "downPayment": down_payment,
                "financedAmount": financed_amount,
                "taxesAndFees": taxes_and_fees,
                "dependencies": dependencies,
                "unsignedDocuments": unsigned_documents,
                "signedDocuments": signed_documents,
                "deliveryAddress": delivery_address,
                "paymentLink": payment_link,
                "getTradeOffer": get_trade_offer,
                "notarizePowerOfAttorney": notarize_power_of_attorney,
                "serviceQuotes": service_quotes,
                "tenant": tenant,
                "trades": trades,
                "creditApplications": credit_applications,
                "latestError": latest_error,
                "vscProvider": vsc_provider,
                "vsc": vsc,
                "gapProvider": gap_provider,
                "gap": gap,
                "status": status,
                "transportServiceOrders": transport_service_orders,
                "mileage": mileage,
                "development": development,
            },
            **options,
        ).parse()

    def delete_many(
        self,
        *,
        where: DealWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealBulkResponse:
        """Deletes every Deal matching a query

        Deletes every Deal matching `where` (required: Payload deletes nothing without it) and returns the deleted documents and the per-document failures (packages/payload/src/collections/endpoints/delete.ts). Status 200 when every document was deleted, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket syntax (see the `where` of `list`). Payload's bulk routes require it (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """

        return self._client.request(
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
        ).parse()

    def update_many(
        self,
        *,
        where: DealWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        vehicle: Id | Vehicle | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        deal_id: str | None | NotGiven = NOT_GIVEN,
        customer_relationship: str | None | NotGiven = NOT_GIVEN,
        co_customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        company_consumer_customer: (
            Id | Customer | dict[str, Any] | None | NotGiven
        ) = NOT_GIVEN,
        lien_holder: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        dealer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        facilitator: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        type: builtins.list[DealType | str] | None | NotGiven = NOT_GIVEN,
        sales_price: str | None | NotGiven = NOT_GIVEN,
        margin: str | None | NotGiven = NOT_GIVEN,
        down_payment: str | None | NotGiven = NOT_GIVEN,
        financed_amount: str | None | NotGiven = NOT_GIVEN,
        taxes_and_fees: Id | TaxesAndFee | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        dependencies: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        unsigned_documents: str | None | NotGiven = NOT_GIVEN,
        signed_documents: str | None | NotGiven = NOT_GIVEN,
        delivery_address: (
            builtins.list[Id | Address | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        payment_link: str | None | NotGiven = NOT_GIVEN,
        get_trade_offer: str | None | NotGiven = NOT_GIVEN,
        notarize_power_of_attorney: str | None | NotGiven = NOT_GIVEN,
        service_quotes: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        tenant: Id | Tenant | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        trades: (
            builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        credit_applications: (
            builtins.list[Id | CreditApplication | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        latest_error: str | None | NotGiven = NOT_GIVEN,
        vsc_provider: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        vsc: str | None | NotGiven = NOT_GIVEN,
        gap_provider: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        gap: str | None | NotGiven = NOT_GIVEN,
        status: str | None | NotGiven = NOT_GIVEN,
        transport_service_orders: (
            builtins.list[Id | ServiceOrder | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        mileage: float | None | NotGiven = NOT_GIVEN,
        development: bool | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealBulkResponse:
        """Updates every Deal matching a query

        Applies the fields in the body to every Deal matching `where` (required: Payload updates nothing without it) and returns the updated documents and the per-document failures (packages/payload/src/collections/endpoints/update.ts). Status 200 when every document was updated, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket syntax (see the `where` of `list`). Payload's bulk routes require it (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            vehicle: A Vehicle related, as an id at depth 0 or the document at depth 1 or more.
            deal_id: dealId
            customer_relationship: customerRelationship
            co_customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            company_consumer_customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            lien_holder: Customers related, as ids at depth 0 and documents at depth 1 or more.
            dealer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            facilitator: Customers related, as ids at depth 0 and documents at depth 1 or more.
            type: type
            sales_price: salesPrice
            margin: margin
            down_payment: downPayment
            financed_amount: financedAmount
            taxes_and_fees: A Taxes and Fees record related, as an id at depth 0 or the document at depth 1 or more.
            dependencies: Deals related, as ids at depth 0 and documents at depth 1 or more.
            unsigned_documents: unsignedDocuments
            signed_documents: signedDocuments
            delivery_address: Addresses related, as ids at depth 0 and documents at depth 1 or more.
            payment_link: paymentLink
            get_trade_offer: getTradeOffer
            notarize_power_of_attorney: notarizePowerOfAttorney
            service_quotes: Service Quotes related, as ids at depth 0 and documents at depth 1 or more.
            tenant: A Tenant related, as an id at depth 0 or the document at depth 1 or more.
            trades: Trades related, as ids at depth 0 and documents at depth 1 or more.
            credit_applications: Credit Applications related, as ids at depth 0 and documents at depth 1 or more.
            latest_error: latestError
            vsc_provider: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            vsc: vsc
            gap_provider: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            gap: gap
            status: status
            transport_service_orders: Service Orders related, as ids at depth 0 and documents at depth 1 or more.
            mileage: mileage
            development: development
        """

        return self._client.request(
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
                "customer": customer,
                "vehicle": vehicle,
                "dealId": deal_id,
                "customerRelationship": customer_relationship,
                "coCustomer": co_customer,
                "companyConsumerCustomer": company_consumer_customer,
                "lienHolder": lien_holder,
                "dealer": dealer,
                "facilitator": facilitator,
                "type": type,
                "salesPrice": sales_price,
                "margin": margin,
                "downPayment": down_payment,
                "financedAmount": financed_amount,
                "taxesAndFees": taxes_and_fees,
                "dependencies": dependencies,
                "unsignedDocuments": unsigned_documents,
                "signedDocuments": signed_documents,
                "deliveryAddress": delivery_address,
                "paymentLink": payment_link,
                "getTradeOffer": get_trade_offer,
                "notarizePowerOfAttorney": notarize_power_of_attorney,
                "serviceQuotes": service_quotes,
                "tenant": tenant,
                "trades": trades,
                "creditApplications": credit_applications,
                "latestError": latest_error,
                "vscProvider": vsc_provider,
                "vsc": vsc,
                "gapProvider": gap_provider,
                "gap": gap,
                "status": status,
                "transportServiceOrders": transport_service_orders,
                "mileage": mileage,
                "development": development,
            },
            **options,
        ).parse()

    def count(
        self,
        *,
        where: DealWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Deals matching a query

        Counts the Deals matching `where`, all of them without it (packages/payload/src/collections/endpoints/count.ts, operations/count.ts). Declared before `/deals/{id}` so that routers matching in document order do not take `count` for an id.

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g. `where[updatedAt][greater_than]=2024-01-01` or `where[or][0][id][equals]=1` (https://payloadcms.com/docs/queries/overview). Omitted, every document matches.
            locale: retrieves document(s) in a specific locale
        """

        return self._client.request(
            _COUNT,
            {
                "where": where,
                "locale": locale,
            },
            **options,
        ).parse()

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
    ) -> Deal:
        """Retrieves a Deal

        Finds the Deal with the given id and returns the bare document, without a wrapper (packages/payload/src/collections/endpoints/findByID.ts). Its relationships are populated to `depth` levels.

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
        """

        return self._client.request(
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
        ).parse()

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
    ) -> DealDeleteResponse:
        """Deletes an existing Deal

        Deletes the Deal with the given id and returns the deleted document. The relationships of the returned document are populated to `depth` levels.

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """

        return self._client.request(
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
        ).parse()

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
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        vehicle: Id | Vehicle | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        deal_id: str | None | NotGiven = NOT_GIVEN,
        customer_relationship: str | None | NotGiven = NOT_GIVEN,
        co_customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        company_consumer_customer: (
            Id | Customer | dict[str, Any] | None | NotGiven
        ) = NOT_GIVEN,
        lien_holder: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        dealer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        facilitator: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        type: builtins.list[DealType | str] | None | NotGiven = NOT_GIVEN,
        sales_price: str | None | NotGiven = NOT_GIVEN,
        margin: str | None | NotGiven = NOT_GIVEN,
        down_payment: str | None | NotGiven = NOT_GIVEN,
        financed_amount: str | None | NotGiven = NOT_GIVEN,
        taxes_and_fees: Id | TaxesAndFee | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        dependencies: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        unsigned_documents: str | None | NotGiven = NOT_GIVEN,
        signed_documents: str | None | NotGiven = NOT_GIVEN,
        delivery_address: (
            builtins.list[Id | Address | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        payment_link: str | None | NotGiven = NOT_GIVEN,
        get_trade_offer: str | None | NotGiven = NOT_GIVEN,
        notarize_power_of_attorney: str | None | NotGiven = NOT_GIVEN,
        service_quotes: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        tenant: Id | Tenant | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        trades: (
            builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        credit_applications: (
            builtins.list[Id | CreditApplication | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        latest_error: str | None | NotGiven = NOT_GIVEN,
        vsc_provider: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        vsc: str | None | NotGiven = NOT_GIVEN,
        gap_provider: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        gap: str | None | NotGiven = NOT_GIVEN,
        status: str | None | NotGiven = NOT_GIVEN,
        transport_service_orders: (
            builtins.list[Id | ServiceOrder | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        mileage: float | None | NotGiven = NOT_GIVEN,
        development: bool | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealDocResponse:
        """Updates a Deal

        Sets the fields in the body on the Deal with the given id; fields left out keep their values. Returns the updated document and Payload's message, \"Updated successfully.\" (packages/payload/src/collections/endpoints/updateByID.ts; with `draft=true` Payload sends its draft-saved message instead).

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            vehicle: A Vehicle related, as an id at depth 0 or the document at depth 1 or more.
            deal_id: dealId
            customer_relationship: customerRelationship
            co_customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            company_consumer_customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            lien_holder: Customers related, as ids at depth 0 and documents at depth 1 or more.
            dealer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            facilitator: Customers related, as ids at depth 0 and documents at depth 1 or more.
            type: type
            sales_price: salesPrice
            margin: margin
            down_payment: downPayment
            financed_amount: financedAmount
            taxes_and_fees: A Taxes and Fees record related, as an id at depth 0 or the document at depth 1 or more.
            dependencies: Deals related, as ids at depth 0 and documents at depth 1 or more.
            unsigned_documents: unsignedDocuments
            signed_documents: signedDocuments
            delivery_address: Addresses related, as ids at depth 0 and documents at depth 1 or more.
            payment_link: paymentLink
            get_trade_offer: getTradeOffer
            notarize_power_of_attorney: notarizePowerOfAttorney
            service_quotes: Service Quotes related, as ids at depth 0 and documents at depth 1 or more.
            tenant: A Tenant related, as an id at depth 0 or the document at depth 1 or more.
            trades: Trades related, as ids at depth 0 and documents at depth 1 or more.
            credit_applications: Credit Applications related, as ids at depth 0 and documents at depth 1 or more.
            latest_error: latestError
            vsc_provider: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            vsc: vsc
            gap_provider: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            gap: gap
            status: status
            transport_service_orders: Service Orders related, as ids at depth 0 and documents at depth 1 or more.
            mileage: mileage
            development: development
        """

        return self._client.request(
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
                "customer": customer,
                "vehicle": vehicle,
                "dealId": deal_id,
                "customerRelationship": customer_relationship,
                "coCustomer": co_customer,
                "companyConsumerCustomer": company_consumer_customer,
                "lienHolder": lien_holder,
                "dealer": dealer,
                "facilitator": facilitator,
                "type": type,
                "salesPrice": sales_price,
                "margin": margin,
                "downPayment": down_payment,
                "financedAmount": financed_amount,
                "taxesAndFees": taxes_and_fees,
                "dependencies": dependencies,
                "unsignedDocuments": unsigned_documents,
                "signedDocuments": signed_documents,
                "deliveryAddress": delivery_address,
                "paymentLink": payment_link,
                "getTradeOffer": get_trade_offer,
                "notarizePowerOfAttorney": notarize_power_of_attorney,
                "serviceQuotes": service_quotes,
                "tenant": tenant,
                "trades": trades,
                "creditApplications": credit_applications,
                "latestError": latest_error,
                "vscProvider": vsc_provider,
                "vsc": vsc,
                "gapProvider": gap_provider,
                "gap": gap,
                "status": status,
                "transportServiceOrders": transport_service_orders,
                "mileage": mileage,
                "development": development,
            },
            **options,
        ).parse()


class DealsWithRawResponse:
    """Like Deals, each method returning the APIResponse."""

    def __init__(self, resource: Deals) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete_many = to_raw_response_wrapper(resource.delete_many)
        self.update_many = to_raw_response_wrapper(resource.update_many)
        self.count = to_raw_response_wrapper(resource.count)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncDeals(AsyncAPIResource):
    """Deals: the sale of a vehicle to a customer, with the co-buyer, dealer and facilitators, the price and financing, taxes and fees, trades, service quotes and documents."""

    @cached_property
    def with_raw_response(self) -> AsyncDealsWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return AsyncDealsWithRawResponse(self)

    def list(
        self,
        *,
        where: DealWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: DealSort | str | builtins.list[DealSort | str] | NotGiven = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Deal]:
        """Lists Deals, a page at a time

        Finds the Deals matching `where`, sorted by `sort`, one page of `limit` documents at a time. Payload's collection `find` route (GET /api/{collection-slug}, https://payloadcms.com/docs/rest-api/overview); the page shape is Payload's paginated result (https://payloadcms.com/docs/queries/pagination, packages/payload/src/collections/endpoints/find.ts and operations/find.ts).

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g. `where[updatedAt][greater_than]=2024-01-01` or `where[or][0][id][equals]=1` (https://payloadcms.com/docs/queries/overview). Omitted, every document matches.
            limit: Documents per page; Payload's default is 10, and 0 turns pagination off (`limit ?? (usePagination ? 10 : 0)` in packages/payload/src/collections/operations/find.ts).
            page: Page number to return, from 1 (Payload's default).
            sort: Field to sort by, ascending, or descending with `-` (`-createdAt`); several fields go as a list, sent comma-separated as Payload 3 splits them (https://payloadcms.com/docs/queries/sort, utilities/sanitizeSortParams.ts).
            pagination: `false` returns every matching document on one page (Payload 3 reads `pagination === 'false'`, packages/payload/src/collections/endpoints/find.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
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
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        vehicle: Id | Vehicle | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        deal_id: str | None | NotGiven = NOT_GIVEN,
        customer_relationship: str | None | NotGiven = NOT_GIVEN,
        co_customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        company_consumer_customer: (
            Id | Customer | dict[str, Any] | None | NotGiven
        ) = NOT_GIVEN,
        lien_holder: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        dealer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        facilitator: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        type: builtins.list[DealType | str] | None | NotGiven = NOT_GIVEN,
        sales_price: str | None | NotGiven = NOT_GIVEN,
        margin: str | None | NotGiven = NOT_GIVEN,
        down_payment: str | None | NotGiven = NOT_GIVEN,
        financed_amount: str | None | NotGiven = NOT_GIVEN,
        taxes_and_fees: Id | TaxesAndFee | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        dependencies: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        unsigned_documents: str | None | NotGiven = NOT_GIVEN,
        signed_documents: str | None | NotGiven = NOT_GIVEN,
        delivery_address: (
            builtins.list[Id | Address | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        payment_link: str | None | NotGiven = NOT_GIVEN,
        get_trade_offer: str | None | NotGiven = NOT_GIVEN,
        notarize_power_of_attorney: str | None | NotGiven = NOT_GIVEN,
        service_quotes: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        tenant: Id | Tenant | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        trades: (
            builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        credit_applications: (
            builtins.list[Id | CreditApplication | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        latest_error: str | None | NotGiven = NOT_GIVEN,
        vsc_provider: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        vsc: str | None | NotGiven = NOT_GIVEN,
        gap_provider: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        gap: str | None | NotGiven = NOT_GIVEN,
        status: str | None | NotGiven = NOT_GIVEN,
        transport_service_orders: (
            builtins.list[Id | ServiceOrder | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        mileage: float | None | NotGiven = NOT_GIVEN,
        development: bool | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealDocResponse:
        """Creates a Deal

        Creates a Deal from the fields in the body and returns it with Payload's confirmation message, status 201 (packages/payload/src/collections/endpoints/create.ts; message `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            vehicle: A Vehicle related, as an id at depth 0 or the document at depth 1 or more.
            deal_id: dealId
            customer_relationship: customerRelationship
            co_customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            company_consumer_customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            lien_holder: Customers related, as ids at depth 0 and documents at depth 1 or more.
            dealer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            facilitator: Customers related, as ids at depth 0 and documents at depth 1 or more.
            type: type
            sales_price: salesPrice
            margin: margin
            down_payment: downPayment
            financed_amount: financedAmount
            taxes_and_fees: A Taxes and Fees record related, as an id at depth 0 or the document at depth 1 or more.
            dependencies: Deals related, as ids at depth 0 and documents at depth 1 or more.
            unsigned_documents: unsignedDocuments
            signed_documents: signedDocuments
            delivery_address: Addresses related, as ids at depth 0 and documents at depth 1 or more.
            payment_link: paymentLink
            get_trade_offer: getTradeOffer
            notarize_power_of_attorney: notarizePowerOfAttorney
            service_quotes: Service Quotes related, as ids at depth 0 and documents at depth 1 or more.
            tenant: A Tenant related, as an id at depth 0 or the document at depth 1 or more.
            trades: Trades related, as ids at depth 0 and documents at depth 1 or more.
            credit_applications: Credit Applications related, as ids at depth 0 and documents at depth 1 or more.
            latest_error: latestError
            vsc_provider: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            vsc: vsc
            gap_provider: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            gap: gap
            status: status
            transport_service_orders: Service Orders related, as ids at depth 0 and documents at depth 1 or more.
            mileage: mileage
            development: development
        """

        return (
            await self._client.request(
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
                    "customer": customer,
                    "vehicle": vehicle,
                    "dealId": deal_id,
                    "customerRelationship": customer_relationship,
                    "coCustomer": co_customer,
                    "companyConsumerCustomer": company_consumer_customer,
                    "lienHolder": lien_holder,
                    "dealer": dealer,
                    "facilitator": facilitator,
                    "type": type,
                    "salesPrice": sales_price,
                    "margin": margin,
                    "downPayment": down_payment,
                    "financedAmount": financed_amount,
                    "taxesAndFees": taxes_and_fees,
                    "dependencies": dependencies,
                    "unsignedDocuments": unsigned_documents,
                    "signedDocuments": signed_documents,
                    "deliveryAddress": delivery_address,
                    "paymentLink": payment_link,
                    "getTradeOffer": get_trade_offer,
                    "notarizePowerOfAttorney": notarize_power_of_attorney,
                    "serviceQuotes": service_quotes,
                    "tenant": tenant,
                    "trades": trades,
                    "creditApplications": credit_applications,
                    "latestError": latest_error,
                    "vscProvider": vsc_provider,
                    "vsc": vsc,
                    "gapProvider": gap_provider,
                    "gap": gap,
                    "status": status,
                    "transportServiceOrders": transport_service_orders,
                    "mileage": mileage,
                    "development": development,
                },
                **options,
            )
        ).parse()

    async def delete_many(
        self,
        *,
        where: DealWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealBulkResponse:
        """Deletes every Deal matching a query

        Deletes every Deal matching `where` (required: Payload deletes nothing without it) and returns the deleted documents and the per-document failures (packages/payload/src/collections/endpoints/delete.ts). Status 200 when every document was deleted, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket syntax (see the `where` of `list`). Payload's bulk routes require it (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """

        return (
            await self._client.request(
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
        ).parse()

    async def update_many(
        self,
        *,
        where: DealWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        vehicle: Id | Vehicle | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        deal_id: str | None | NotGiven = NOT_GIVEN,
        customer_relationship: str | None | NotGiven = NOT_GIVEN,
        co_customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        company_consumer_customer: (
            Id | Customer | dict[str, Any] | None | NotGiven
        ) = NOT_GIVEN,
        lien_holder: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        dealer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        facilitator: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        type: builtins.list[DealType | str] | None | NotGiven = NOT_GIVEN,
        sales_price: str | None | NotGiven = NOT_GIVEN,
        margin: str | None | NotGiven = NOT_GIVEN,
        down_payment: str | None | NotGiven = NOT_GIVEN,
        financed_amount: str | None | NotGiven = NOT_GIVEN,
        taxes_and_fees: Id | TaxesAndFee | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        dependencies: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        unsigned_documents: str | None | NotGiven = NOT_GIVEN,
        signed_documents: str | None | NotGiven = NOT_GIVEN,
        delivery_address: (
            builtins.list[Id | Address | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        payment_link: str | None | NotGiven = NOT_GIVEN,
        get_trade_offer: str | None | NotGiven = NOT_GIVEN,
        notarize_power_of_attorney: str | None | NotGiven = NOT_GIVEN,
        service_quotes: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        tenant: Id | Tenant | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        trades: (
            builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        credit_applications: (
            builtins.list[Id | CreditApplication | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        latest_error: str | None | NotGiven = NOT_GIVEN,
        vsc_provider: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        vsc: str | None | NotGiven = NOT_GIVEN,
        gap_provider: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        gap: str | None | NotGiven = NOT_GIVEN,
        status: str | None | NotGiven = NOT_GIVEN,
        transport_service_orders: (
            builtins.list[Id | ServiceOrder | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        mileage: float | None | NotGiven = NOT_GIVEN,
        development: bool | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealBulkResponse:
        """Updates every Deal matching a query

        Applies the fields in the body to every Deal matching `where` (required: Payload updates nothing without it) and returns the updated documents and the per-document failures (packages/payload/src/collections/endpoints/update.ts). Status 200 when every document was updated, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket syntax (see the `where` of `list`). Payload's bulk routes require it (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            vehicle: A Vehicle related, as an id at depth 0 or the document at depth 1 or more.
            deal_id: dealId
            customer_relationship: customerRelationship
            co_customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            company_consumer_customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            lien_holder: Customers related, as ids at depth 0 and documents at depth 1 or more.
            dealer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            facilitator: Customers related, as ids at depth 0 and documents at depth 1 or more.
            type: type
            sales_price: salesPrice
            margin: margin
            down_payment: downPayment
            financed_amount: financedAmount
            taxes_and_fees: A Taxes and Fees record related, as an id at depth 0 or the document at depth 1 or more.
            dependencies: Deals related, as ids at depth 0 and documents at depth 1 or more.
            unsigned_documents: unsignedDocuments
            signed_documents: signedDocuments
            delivery_address: Addresses related, as ids at depth 0 and documents at depth 1 or more.
            payment_link: paymentLink
            get_trade_offer: getTradeOffer
            notarize_power_of_attorney: notarizePowerOfAttorney
            service_quotes: Service Quotes related, as ids at depth 0 and documents at depth 1 or more.
            tenant: A Tenant related, as an id at depth 0 or the document at depth 1 or more.
            trades: Trades related, as ids at depth 0 and documents at depth 1 or more.
            credit_applications: Credit Applications related, as ids at depth 0 and documents at depth 1 or more.
            latest_error: latestError
            vsc_provider: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            vsc: vsc
            gap_provider: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            gap: gap
            status: status
            transport_service_orders: Service Orders related, as ids at depth 0 and documents at depth 1 or more.
            mileage: mileage
            development: development
        """

        return (
            await self._client.request(
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
                    "customer": customer,
                    "vehicle": vehicle,
                    "dealId": deal_id,
                    "customerRelationship": customer_relationship,
                    "coCustomer": co_customer,
                    "companyConsumerCustomer": company_consumer_customer,
                    "lienHolder": lien_holder,
                    "dealer": dealer,
                    "facilitator": facilitator,
                    "type": type,
                    "salesPrice": sales_price,
                    "margin": margin,
                    "downPayment": down_payment,
                    "financedAmount": financed_amount,
                    "taxesAndFees": taxes_and_fees,
                    "dependencies": dependencies,
                    "unsignedDocuments": unsigned_documents,
                    "signedDocuments": signed_documents,
                    "deliveryAddress": delivery_address,
                    "paymentLink": payment_link,
                    "getTradeOffer": get_trade_offer,
                    "notarizePowerOfAttorney": notarize_power_of_attorney,
                    "serviceQuotes": service_quotes,
                    "tenant": tenant,
                    "trades": trades,
                    "creditApplications": credit_applications,
                    "latestError": latest_error,
                    "vscProvider": vsc_provider,
                    "vsc": vsc,
                    "gapProvider": gap_provider,
                    "gap": gap,
                    "status": status,
                    "transportServiceOrders": transport_service_orders,
                    "mileage": mileage,
                    "development": development,
                },
                **options,
            )
        ).parse()

    async def count(
        self,
        *,
        where: DealWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Deals matching a query

        Counts the Deals matching `where`, all of them without it (packages/payload/src/collections/endpoints/count.ts, operations/count.ts). Declared before `/deals/{id}` so that routers matching in document order do not take `count` for an id.

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g. `where[updatedAt][greater_than]=2024-01-01` or `where[or][0][id][equals]=1` (https://payloadcms.com/docs/queries/overview). Omitted, every document matches.
            locale: retrieves document(s) in a specific locale
        """

        return (
            await self._client.request(
                _COUNT,
                {
                    "where": where,
                    "locale": locale,
                },
                **options,
            )
        ).parse()

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
    ) -> Deal:
        """Retrieves a Deal

        Finds the Deal with the given id and returns the bare document, without a wrapper (packages/payload/src/collections/endpoints/findByID.ts). Its relationships are populated to `depth` levels.

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
        """

        return (
            await self._client.request(
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
        ).parse()

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
    ) -> DealDeleteResponse:
        """Deletes an existing Deal

        Deletes the Deal with the given id and returns the deleted document. The relationships of the returned document are populated to `depth` levels.

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """

        return (
            await self._client.request(
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
        ).parse()

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
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        vehicle: Id | Vehicle | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        deal_id: str | None | NotGiven = NOT_GIVEN,
        customer_relationship: str | None | NotGiven = NOT_GIVEN,
        co_customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        company_consumer_customer: (
            Id | Customer | dict[str, Any] | None | NotGiven
        ) = NOT_GIVEN,
        lien_holder: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        dealer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        facilitator: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        type: builtins.list[DealType | str] | None | NotGiven = NOT_GIVEN,
        sales_price: str | None | NotGiven = NOT_GIVEN,
        margin: str | None | NotGiven = NOT_GIVEN,
        down_payment: str | None | NotGiven = NOT_GIVEN,
        financed_amount: str | None | NotGiven = NOT_GIVEN,
        taxes_and_fees: Id | TaxesAndFee | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        dependencies: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        unsigned_documents: str | None | NotGiven = NOT_GIVEN,
        signed_documents: str | None | NotGiven = NOT_GIVEN,
        delivery_address: (
            builtins.list[Id | Address | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        payment_link: str | None | NotGiven = NOT_GIVEN,
        get_trade_offer: str | None | NotGiven = NOT_GIVEN,
        notarize_power_of_attorney: str | None | NotGiven = NOT_GIVEN,
        service_quotes: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        tenant: Id | Tenant | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        trades: (
            builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        credit_applications: (
            builtins.list[Id | CreditApplication | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        latest_error: str | None | NotGiven = NOT_GIVEN,
        vsc_provider: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        vsc: str | None | NotGiven = NOT_GIVEN,
        gap_provider: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        gap: str | None | NotGiven = NOT_GIVEN,
        status: str | None | NotGiven = NOT_GIVEN,
        transport_service_orders: (
            builtins.list[Id | ServiceOrder | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        mileage: float | None | NotGiven = NOT_GIVEN,
        development: bool | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DealDocResponse:
        """Updates a Deal

        Sets the fields in the body on the Deal with the given id; fields left out keep their values. Returns the updated document and Payload's message, \"Updated successfully.\" (packages/payload/src/collections/endpoints/updateByID.ts; with `draft=true` Payload sends its draft-saved message instead).

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            vehicle: A Vehicle related, as an id at depth 0 or the document at depth 1 or more.
            deal_id: dealId
            customer_relationship: customerRelationship
            co_customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            company_consumer_customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            lien_holder: Customers related, as ids at depth 0 and documents at depth 1 or more.
            dealer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            facilitator: Customers related, as ids at depth 0 and documents at depth 1 or more.
            type: type
            sales_price: salesPrice
            margin: margin
            down_payment: downPayment
            financed_amount: financedAmount
            taxes_and_fees: A Taxes and Fees record related, as an id at depth 0 or the document at depth 1 or more.
            dependencies: Deals related, as ids at depth 0 and documents at depth 1 or more.
            unsigned_documents: unsignedDocuments
            signed_documents: signedDocuments
            delivery_address: Addresses related, as ids at depth 0 and documents at depth 1 or more.
            payment_link: paymentLink
            get_trade_offer: getTradeOffer
            notarize_power_of_attorney: notarizePowerOfAttorney
            service_quotes: Service Quotes related, as ids at depth 0 and documents at depth 1 or more.
            tenant: A Tenant related, as an id at depth 0 or the document at depth 1 or more.
            trades: Trades related, as ids at depth 0 and documents at depth 1 or more.
            credit_applications: Credit Applications related, as ids at depth 0 and documents at depth 1 or more.
            latest_error: latestError
            vsc_provider: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            vsc: vsc
            gap_provider: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            gap: gap
            status: status
            transport_service_orders: Service Orders related, as ids at depth 0 and documents at depth 1 or more.
            mileage: mileage
            development: development
        """

        return (
            await self._client.request(
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
                    "customer": customer,
                    "vehicle": vehicle,
                    "dealId": deal_id,
                    "customerRelationship": customer_relationship,
                    "coCustomer": co_customer,
                    "companyConsumerCustomer": company_consumer_customer,
                    "lienHolder": lien_holder,
                    "dealer": dealer,
                    "facilitator": facilitator,
                    "type": type,
                    "salesPrice": sales_price,
                    "margin": margin,
                    "downPayment": down_payment,
                    "financedAmount": financed_amount,
                    "taxesAndFees": taxes_and_fees,
                    "dependencies": dependencies,
                    "unsignedDocuments": unsigned_documents,
                    "signedDocuments": signed_documents,
                    "deliveryAddress": delivery_address,
                    "paymentLink": payment_link,
                    "getTradeOffer": get_trade_offer,
                    "notarizePowerOfAttorney": notarize_power_of_attorney,
                    "serviceQuotes": service_quotes,
                    "tenant": tenant,
                    "trades": trades,
                    "creditApplications": credit_applications,
                    "latestError": latest_error,
                    "vscProvider": vsc_provider,
                    "vsc": vsc,
                    "gapProvider": gap_provider,
                    "gap": gap,
                    "status": status,
                    "transportServiceOrders": transport_service_orders,
                    "mileage": mileage,
                    "development": development,
                },
                **options,
            )
        ).parse()


class AsyncDealsWithRawResponse:
    """Like AsyncDeals, each method returning the APIResponse."""

    def __init__(self, resource: AsyncDeals) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete_many = async_to_raw_response_wrapper(resource.delete_many)
        self.update_many = async_to_raw_response_wrapper(resource.update_many)
        self.count = async_to_raw_response_wrapper(resource.count)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
