"""The clients of the Drivly Commerce API: Commerce (synchronous) and AsyncCommerce
(asynchronous).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal

import httpx

from ._base import (
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    AsyncAPIClient,
    AsyncAPIResource,
    Headers,
    NotGiven,
    Query,
    Scheme,
    SyncAPIClient,
    SyncAPIResource,
    Timeout,
    configure_logging,
)

# Each resource is imported when first used: constructing a client imports none of them.
if TYPE_CHECKING:
    from .resources.addresses import Addresses, AsyncAddresses
    from .resources.attachments import AsyncAttachments, Attachments
    from .resources.brands import AsyncBrands, Brands
    from .resources.contacts import AsyncContacts, Contacts
    from .resources.credit_applications import (
        AsyncCreditApplications,
        CreditApplications,
    )
    from .resources.crm_calls import AsyncCrmCalls, CrmCalls
    from .resources.crm_definitions import AsyncCrmDefinitions, CrmDefinitions
    from .resources.crm_holidays import AsyncCrmHolidays, CrmHolidays
    from .resources.crm_lead_events import AsyncCrmLeadEvents, CrmLeadEvents
    from .resources.crm_leads import AsyncCrmLeads, CrmLeads
    from .resources.crm_meetings import AsyncCrmMeetings, CrmMeetings
    from .resources.crm_messages import AsyncCrmMessages, CrmMessages
    from .resources.crm_quiet_hours import AsyncCrmQuietHours, CrmQuietHours
    from .resources.crm_sales_reps import AsyncCrmSalesReps, CrmSalesReps
    from .resources.crm_searches import AsyncCrmSearches, CrmSearches
    from .resources.crm_templates import AsyncCrmTemplates, CrmTemplates
    from .resources.crm_trades import AsyncCrmTrades, CrmTrades
    from .resources.crm_vdp_emails import AsyncCrmVdpEmails, CrmVdpEmails
    from .resources.crm_vehicles import AsyncCrmVehicles, CrmVehicles
    from .resources.crm_web_events import AsyncCrmWebEvents, CrmWebEvents
    from .resources.customers import AsyncCustomers, Customers
    from .resources.deals import AsyncDeals, Deals
    from .resources.dmv_fees import AsyncDmvFees, DmvFees
    from .resources.documents import AsyncDocuments, Documents
    from .resources.fees import AsyncFees, Fees
    from .resources.insurance_policies import AsyncInsurancePolicies, InsurancePolicies
    from .resources.insurance_quotes import AsyncInsuranceQuotes, InsuranceQuotes
    from .resources.listings import AsyncListings, Listings
    from .resources.locations import AsyncLocations, Locations
    from .resources.pre_approvals import AsyncPreApprovals, PreApprovals
    from .resources.service_orders import AsyncServiceOrders, ServiceOrders
    from .resources.service_quotes import AsyncServiceQuotes, ServiceQuotes
    from .resources.taxes_and_fees import AsyncTaxesAndFees, TaxesAndFees
    from .resources.tenants import AsyncTenants, Tenants
    from .resources.trades import AsyncTrades, Trades
    from .resources.vehicles import AsyncVehicles, Vehicles
    from .resources.webhooks import AsyncWebhooks, Webhooks

__all__ = [
    "AsyncCommerce",
    "Commerce",
]

_SCHEMES: tuple[Scheme, ...] = (
    Scheme(
        key="apiKeyAuth",
        kind="apiKey",
        location="header",
        wire_name="Authorization",
        prefix="users API-Key ",
        param="api_key",
        env_var="DRIVLY_API_KEY",
    ),
)
_SECURITY: tuple[tuple[str, ...], ...] = (("apiKeyAuth",),)
_BASE_URL_ENV = "DRIVLY_BASE_URL"
_USER_AGENT = "drivly-commerce/0.1.0"
_SERVER_URL: str | None = "https://commerce.driv.ly/api"
_SERVER_VARIABLES: dict[str, str] = {}
# The servers the spec names with x-environment, for environment= and DRIVLY_ENV.
_ENVIRONMENTS: dict[str, str] = {
    "production": "https://beta.commerce.driv.ly/api",
    "sandbox": "https://sandbox.commerce.driv.ly/api",
    "alpha": "https://alpha.commerce.driv.ly/api",
}
_ENVIRONMENT_ENV = "DRIVLY_ENV"

# DRIVLY_LOG=debug|info sends the SDK's log lines to stderr.
configure_logging("DRIVLY_LOG")


class Commerce(SyncAPIClient):
    """The client of the Drivly Commerce API.

    Args:
        api_key: the credential of the apiKeyAuth security scheme; defaults to the
            DRIVLY_API_KEY environment variable. Sent as `users API-Key <api_key>`; a
            value that already carries a scheme (holds a space) is sent as it is.
        base_url: defaults to the server of environment, then the DRIVLY_BASE_URL
            environment variable, then the server the DRIVLY_ENV environment variable
            names, then the API's first server.
        environment: a named server: 'production' (https://beta.commerce.driv.ly/api),
            'sandbox' (https://sandbox.commerce.driv.ly/api), 'alpha'
            (https://alpha.commerce.driv.ly/api). base_url wins over it.
        timeout: seconds, or an httpx.Timeout; None waits forever. Defaults to 60 s in
            all, 5 s to connect.
        max_retries: how many times a failed request is retried; defaults to 2.
        default_headers: headers sent with every request.
        default_query: query parameters sent with every request.
        http_client: your own httpx.Client; you close it, the client does not.
        strict: raise APIResponseValidationError when a response does not match the
            spec, instead of parsing it leniently.
    """

    _schemes = _SCHEMES
    _security = _SECURITY
    _base_url_env = _BASE_URL_ENV
    _server_url = _SERVER_URL
    _server_variables = _SERVER_VARIABLES
    _user_agent = _USER_AGENT
    _environments = _ENVIRONMENTS
    _environment_env = _ENVIRONMENT_ENV

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        environment: Literal["production", "sandbox", "alpha"] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        http_client: httpx.Client | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            http_client=http_client,
            credentials={
                "apiKeyAuth": api_key,
            },
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            strict=strict,
        )

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        strict: bool | NotGiven = NOT_GIVEN,
    ) -> Commerce:
        """A copy with some settings replaced, sharing this client's connection pool.

        Headers and query parameters given here are added to the ones already set.
        """
        return self._copy_with(
            {
                "apiKeyAuth": api_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            strict=strict,
        )

    @cached_property
    def addresses(self) -> Addresses:
        """Postal addresses of customers and contacts, and where deals are delivered."""
        from .resources.addresses import Addresses

        return Addresses(self)

    @cached_property
    def attachments(self) -> Attachments:
        """Files attached to service orders."""
        from .resources.attachments import Attachments

        return Attachments(self)

    @cached_property
    def brands(self) -> Brands:
        """Brands of partner companies: logos, colours, legal name and status."""
        from .resources.brands import Brands

        return Brands(self)

    @cached_property
    def contacts(self) -> Contacts:
        """Contacts at auctions, mechanics, transporters, dealers and customers, whom
        service orders ship from, ship to and bill.
        """
        from .resources.contacts import Contacts

        return Contacts(self)

    @cached_property
    def credit_applications(self) -> CreditApplications:
        """Credit applications for a purchase, a refinance or a lease buyout: the
        applicant and co-applicant with their residence and employment history, the
        vehicle and its lien, and the rates offered.
        """
        from .resources.credit_applications import CreditApplications

        return CreditApplications(self)

    @cached_property
    def customers(self) -> Customers:
        """Customers of Drivly Commerce: consumers (buyers and sellers of vehicles, with
        their identity, employment, income and residence details) and companies
        (dealers, brokers, insurers, lenders, transporters and other partners), with
        their relationships to leads, deals, vehicles, quotes and service orders.
        """
        from .resources.customers import Customers

        return Customers(self)

    @cached_property
    def deals(self) -> Deals:
        """Deals: the sale of a vehicle to a customer, with the co-buyer, dealer and
        facilitators, the price and financing, taxes and fees, trades, service quotes
        and documents.
        """
        from .resources.deals import Deals

        return Deals(self)

    @cached_property
    def dmv_fees(self) -> DmvFees:
        """DMV fees of a taxes-and-fees computation, estimated and actual."""
        from .resources.dmv_fees import DmvFees

        return DmvFees(self)

    @cached_property
    def documents(self) -> Documents:
        """Documents, with the email address they belong to, notes and attachments."""
        from .resources.documents import Documents

        return Documents(self)

    @cached_property
    def fees(self) -> Fees:
        """Drivly's fee schedule: a dollar amount for vehicles whose price falls between
        a minimum and a maximum.
        """
        from .resources.fees import Fees

        return Fees(self)

    @cached_property
    def insurance_policies(self) -> InsurancePolicies:
        """Insurance policies of customers, with the insurer and the policy number."""
        from .resources.insurance_policies import InsurancePolicies

        return InsurancePolicies(self)

    @cached_property
    def insurance_quotes(self) -> InsuranceQuotes:
        """Insurance quotes for customers."""
        from .resources.insurance_quotes import InsuranceQuotes

        return InsuranceQuotes(self)

    @cached_property
    def listings(self) -> Listings:
        """Listings of a vehicle for sale: wholesale (buy-now price, bids, condition
        report) and retail (asking price), with its history report and pickup location.
        """
        from .resources.listings import Listings

        return Listings(self)

    @cached_property
    def locations(self) -> Locations:
        """Locations (a name and an address) where listed vehicles can be picked up."""
        from .resources.locations import Locations

        return Locations(self)

    @cached_property
    def pre_approvals(self) -> PreApprovals:
        """Financing pre-approvals of customers, with the applicant's details, the
        credit band and the estimated rate and term.
        """
        from .resources.pre_approvals import PreApprovals

        return PreApprovals(self)

    @cached_property
    def service_orders(self) -> ServiceOrders:
        """Orders of vehicle services placed from a quote, with their status, dates,
        contacts (consignor, bill-to, origin, destination) and attachments.
        """
        from .resources.service_orders import ServiceOrders

        return ServiceOrders(self)

    @cached_property
    def service_quotes(self) -> ServiceQuotes:
        """Quotes for vehicle services (service contracts, maintenance, transport,
        inspections, detailing) from service providers, with price, margin and ETA.
        """
        from .resources.service_quotes import ServiceQuotes

        return ServiceQuotes(self)

    @cached_property
    def taxes_and_fees(self) -> TaxesAndFees:
        """Taxes and fees computed for a deal: sales taxes, title, registration, DMV and
        documentation fees, and shipping.
        """
        from .resources.taxes_and_fees import TaxesAndFees

        return TaxesAndFees(self)

    @cached_property
    def tenants(self) -> Tenants:
        """Tenants: the businesses whose customers, deals, listings and orders Drivly
        Commerce keeps apart.
        """
        from .resources.tenants import Tenants

        return Tenants(self)

    @cached_property
    def trades(self) -> Trades:
        """Trade-ins of a deal or a credit application: the vehicle, its lienholder and
        payoff, and the trade-in allowance.
        """
        from .resources.trades import Trades

        return Trades(self)

    @cached_property
    def vehicles(self) -> Vehicles:
        """Vehicles Drivly buys, sells, inspects or transports, by VIN, with their
        status, deals, listings, trades and service orders.
        """
        from .resources.vehicles import Vehicles

        return Vehicles(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Webhooks: the URLs a tenant's events are sent to."""
        from .resources.webhooks import Webhooks

        return Webhooks(self)

    @cached_property
    def crm(self) -> Crm:
        """The resources under client.crm."""
        return Crm(self)


class AsyncCommerce(AsyncAPIClient):
    """The asynchronous client of the Drivly Commerce API.

    Args:
        api_key: the credential of the apiKeyAuth security scheme; defaults to the
            DRIVLY_API_KEY environment variable. Sent as `users API-Key <api_key>`; a
            value that already carries a scheme (holds a space) is sent as it is.
        base_url: defaults to the server of environment, then the DRIVLY_BASE_URL
            environment variable, then the server the DRIVLY_ENV environment variable
            names, then the API's first server.
        environment: a named server: 'production' (https://beta.commerce.driv.ly/api),
            'sandbox' (https://sandbox.commerce.driv.ly/api), 'alpha'
            (https://alpha.commerce.driv.ly/api). base_url wins over it.
        timeout: seconds, or an httpx.Timeout; None waits forever. Defaults to 60 s in
            all, 5 s to connect.
        max_retries: how many times a failed request is retried; defaults to 2.
        default_headers: headers sent with every request.
        default_query: query parameters sent with every request.
        http_client: your own httpx.AsyncClient; you close it, the client does not.
        strict: raise APIResponseValidationError when a response does not match the
            spec, instead of parsing it leniently.
    """

    _schemes = _SCHEMES
    _security = _SECURITY
    _base_url_env = _BASE_URL_ENV
    _server_url = _SERVER_URL
    _server_variables = _SERVER_VARIABLES
    _user_agent = _USER_AGENT
    _environments = _ENVIRONMENTS
    _environment_env = _ENVIRONMENT_ENV

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        environment: Literal["production", "sandbox", "alpha"] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            http_client=http_client,
            credentials={
                "apiKeyAuth": api_key,
            },
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            strict=strict,
        )

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        strict: bool | NotGiven = NOT_GIVEN,
    ) -> AsyncCommerce:
        """A copy with some settings replaced, sharing this client's connection pool.

        Headers and query parameters given here are added to the ones already set.
        """
        return self._copy_with(
            {
                "apiKeyAuth": api_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            strict=strict,
        )

    @cached_property
    def addresses(self) -> AsyncAddresses:
        """Postal addresses of customers and contacts, and where deals are delivered."""
        from .resources.addresses import AsyncAddresses

        return AsyncAddresses(self)

    @cached_property
    def attachments(self) -> AsyncAttachments:
        """Files attached to service orders."""
        from .resources.attachments import AsyncAttachments

        return AsyncAttachments(self)

    @cached_property
    def brands(self) -> AsyncBrands:
        """Brands of partner companies: logos, colours, legal name and status."""
        from .resources.brands import AsyncBrands

        return AsyncBrands(self)

    @cached_property
    def contacts(self) -> AsyncContacts:
        """Contacts at auctions, mechanics, transporters, dealers and customers, whom
        service orders ship from, ship to and bill.
        """
        from .resources.contacts import AsyncContacts

        return AsyncContacts(self)

    @cached_property
    def credit_applications(self) -> AsyncCreditApplications:
        """Credit applications for a purchase, a refinance or a lease buyout: the
        applicant and co-applicant with their residence and employment history, the
        vehicle and its lien, and the rates offered.
        """
        from .resources.credit_applications import AsyncCreditApplications

        return AsyncCreditApplications(self)

    @cached_property
    def customers(self) -> AsyncCustomers:
        """Customers of Drivly Commerce: consumers (buyers and sellers of vehicles, with
        their identity, employment, income and residence details) and companies
        (dealers, brokers, insurers, lenders, transporters and other partners), with
        their relationships to leads, deals, vehicles, quotes and service orders.
        """
        from .resources.customers import AsyncCustomers

        return AsyncCustomers(self)

    @cached_property
    def deals(self) -> AsyncDeals:
        """Deals: the sale of a vehicle to a customer, with the co-buyer, dealer and
        facilitators, the price and financing, taxes and fees, trades, service quotes
        and documents.
        """
        from .resources.deals import AsyncDeals

        return AsyncDeals(self)

    @cached_property
    def dmv_fees(self) -> AsyncDmvFees:
        """DMV fees of a taxes-and-fees computation, estimated and actual."""
        from .resources.dmv_fees import AsyncDmvFees

        return AsyncDmvFees(self)

    @cached_property
    def documents(self) -> AsyncDocuments:
        """Documents, with the email address they belong to, notes and attachments."""
        from .resources.documents import AsyncDocuments

        return AsyncDocuments(self)

    @cached_property
    def fees(self) -> AsyncFees:
        """Drivly's fee schedule: a dollar amount for vehicles whose price falls between
        a minimum and a maximum.
        """
        from .resources.fees import AsyncFees

        return AsyncFees(self)

    @cached_property
    def insurance_policies(self) -> AsyncInsurancePolicies:
        """Insurance policies of customers, with the insurer and the policy number."""
        from .resources.insurance_policies import AsyncInsurancePolicies

        return AsyncInsurancePolicies(self)

    @cached_property
    def insurance_quotes(self) -> AsyncInsuranceQuotes:
        """Insurance quotes for customers."""
        from .resources.insurance_quotes import AsyncInsuranceQuotes

        return AsyncInsuranceQuotes(self)

    @cached_property
    def listings(self) -> AsyncListings:
        """Listings of a vehicle for sale: wholesale (buy-now price, bids, condition
        report) and retail (asking price), with its history report and pickup location.
        """
        from .resources.listings import AsyncListings

        return AsyncListings(self)

    @cached_property
    def locations(self) -> AsyncLocations:
        """Locations (a name and an address) where listed vehicles can be picked up."""
        from .resources.locations import AsyncLocations

        return AsyncLocations(self)

    @cached_property
    def pre_approvals(self) -> AsyncPreApprovals:
        """Financing pre-approvals of customers, with the applicant's details, the
        credit band and the estimated rate and term.
        """
        from .resources.pre_approvals import AsyncPreApprovals

        return AsyncPreApprovals(self)

    @cached_property
    def service_orders(self) -> AsyncServiceOrders:
        """Orders of vehicle services placed from a quote, with their status, dates,
        contacts (consignor, bill-to, origin, destination) and attachments.
        """
        from .resources.service_orders import AsyncServiceOrders

        return AsyncServiceOrders(self)

    @cached_property
    def service_quotes(self) -> AsyncServiceQuotes:
        """Quotes for vehicle services (service contracts, maintenance, transport,
        inspections, detailing) from service providers, with price, margin and ETA.
        """
        from .resources.service_quotes import AsyncServiceQuotes

        return AsyncServiceQuotes(self)

    @cached_property
    def taxes_and_fees(self) -> AsyncTaxesAndFees:
        """Taxes and fees computed for a deal: sales taxes, title, registration, DMV and
        documentation fees, and shipping.
        """
        from .resources.taxes_and_fees import AsyncTaxesAndFees

        return AsyncTaxesAndFees(self)

    @cached_property
    def tenants(self) -> AsyncTenants:
        """Tenants: the businesses whose customers, deals, listings and orders Drivly
        Commerce keeps apart.
        """
        from .resources.tenants import AsyncTenants

        return AsyncTenants(self)

    @cached_property
    def trades(self) -> AsyncTrades:
        """Trade-ins of a deal or a credit application: the vehicle, its lienholder and
        payoff, and the trade-in allowance.
        """
        from .resources.trades import AsyncTrades

        return AsyncTrades(self)

    @cached_property
    def vehicles(self) -> AsyncVehicles:
        """Vehicles Drivly buys, sells, inspects or transports, by VIN, with their
        status, deals, listings, trades and service orders.
        """
        from .resources.vehicles import AsyncVehicles

        return AsyncVehicles(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """Webhooks: the URLs a tenant's events are sent to."""
        from .resources.webhooks import AsyncWebhooks

        return AsyncWebhooks(self)

    @cached_property
    def crm(self) -> AsyncCrm:
        """The resources under client.crm."""
        return AsyncCrm(self)


class Crm(SyncAPIResource):
    """The resources under client.crm."""

    @cached_property
    def calls(self) -> CrmCalls:
        """Phone calls with leads: recording, transcript, notes, rating and follow-up."""
        from .resources.crm_calls import CrmCalls

        return CrmCalls(self._client)

    @cached_property
    def definitions(self) -> CrmDefinitions:
        """Named definitions and the model or format they are written for (GPT models,
        XState, XML).
        """
        from .resources.crm_definitions import CrmDefinitions

        return CrmDefinitions(self._client)

    @cached_property
    def holidays(self) -> CrmHolidays:
        """Holidays, by name and date."""
        from .resources.crm_holidays import CrmHolidays

        return CrmHolidays(self._client)

    @cached_property
    def lead_events(self) -> CrmLeadEvents:
        """Events in a lead's history (calls, texts, emails, status checks) and the
        status each leads to.
        """
        from .resources.crm_lead_events import CrmLeadEvents

        return CrmLeadEvents(self._client)

    @cached_property
    def leads(self) -> CrmLeads:
        """CRM leads: people looking for a vehicle, with their contact details, what
        they want (budget, body style, features, timing), where they stand, and their
        events, searches, messages, calls and meetings.
        """
        from .resources.crm_leads import CrmLeads

        return CrmLeads(self._client)

    @cached_property
    def meetings(self) -> CrmMeetings:
        """Meetings booked with leads."""
        from .resources.crm_meetings import CrmMeetings

        return CrmMeetings(self._client)

    @cached_property
    def messages(self) -> CrmMessages:
        """Text messages to and from leads, written by hand or from a template."""
        from .resources.crm_messages import CrmMessages

        return CrmMessages(self._client)

    @cached_property
    def quiet_hours(self) -> CrmQuietHours:
        """Quiet-hours switches, with when each was last turned on and off."""
        from .resources.crm_quiet_hours import CrmQuietHours

        return CrmQuietHours(self._client)

    @cached_property
    def sales_reps(self) -> CrmSalesReps:
        """Sales reps: whether they take new leads, the credit bands they handle, their
        leads and templates.
        """
        from .resources.crm_sales_reps import CrmSalesReps

        return CrmSalesReps(self._client)

    @cached_property
    def searches(self) -> CrmSearches:
        """Vehicle searches run for a lead: the wanted year, make, model, options,
        colours and price, and the vehicles found.
        """
        from .resources.crm_searches import CrmSearches

        return CrmSearches(self._client)

    @cached_property
    def templates(self) -> CrmTemplates:
        """Message templates of the sales reps, in lettered variants and sequences."""
        from .resources.crm_templates import CrmTemplates

        return CrmTemplates(self._client)

    @cached_property
    def trades(self) -> CrmTrades:
        """Vehicles a lead wants to trade in (`crmTrades`, distinct from the commerce
        `trades`).
        """
        from .resources.crm_trades import CrmTrades

        return CrmTrades(self._client)

    @cached_property
    def vdp_emails(self) -> CrmVdpEmails:
        """Emails sending a lead the vehicle detail pages (VDPs) of chosen vehicles."""
        from .resources.crm_vdp_emails import CrmVdpEmails

        return CrmVdpEmails(self._client)

    @cached_property
    def vehicles(self) -> CrmVehicles:
        """Vehicles found for leads' searches (`crmVehicles`, distinct from the commerce
        `vehicles`), with their auction, pricing and condition data and the leads'
        reactions.
        """
        from .resources.crm_vehicles import CrmVehicles

        return CrmVehicles(self._client)

    @cached_property
    def web_events(self) -> CrmWebEvents:
        """Web analytics events, by name and anonymous visitor id."""
        from .resources.crm_web_events import CrmWebEvents

        return CrmWebEvents(self._client)


class AsyncCrm(AsyncAPIResource):
    """The resources under client.crm."""

    @cached_property
    def calls(self) -> AsyncCrmCalls:
        """Phone calls with leads: recording, transcript, notes, rating and follow-up."""
        from .resources.crm_calls import AsyncCrmCalls

        return AsyncCrmCalls(self._client)

    @cached_property
    def definitions(self) -> AsyncCrmDefinitions:
        """Named definitions and the model or format they are written for (GPT models,
        XState, XML).
        """
        from .resources.crm_definitions import AsyncCrmDefinitions

        return AsyncCrmDefinitions(self._client)

    @cached_property
    def holidays(self) -> AsyncCrmHolidays:
        """Holidays, by name and date."""
        from .resources.crm_holidays import AsyncCrmHolidays

        return AsyncCrmHolidays(self._client)

    @cached_property
    def lead_events(self) -> AsyncCrmLeadEvents:
        """Events in a lead's history (calls, texts, emails, status checks) and the
        status each leads to.
        """
        from .resources.crm_lead_events import AsyncCrmLeadEvents

        return AsyncCrmLeadEvents(self._client)

    @cached_property
    def leads(self) -> AsyncCrmLeads:
        """CRM leads: people looking for a vehicle, with their contact details, what
        they want (budget, body style, features, timing), where they stand, and their
        events, searches, messages, calls and meetings.
        """
        from .resources.crm_leads import AsyncCrmLeads

        return AsyncCrmLeads(self._client)

    @cached_property
    def meetings(self) -> AsyncCrmMeetings:
        """Meetings booked with leads."""
        from .resources.crm_meetings import AsyncCrmMeetings

        return AsyncCrmMeetings(self._client)

    @cached_property
    def messages(self) -> AsyncCrmMessages:
        """Text messages to and from leads, written by hand or from a template."""
        from .resources.crm_messages import AsyncCrmMessages

        return AsyncCrmMessages(self._client)

    @cached_property
    def quiet_hours(self) -> AsyncCrmQuietHours:
        """Quiet-hours switches, with when each was last turned on and off."""
        from .resources.crm_quiet_hours import AsyncCrmQuietHours

        return AsyncCrmQuietHours(self._client)

    @cached_property
    def sales_reps(self) -> AsyncCrmSalesReps:
        """Sales reps: whether they take new leads, the credit bands they handle, their
        leads and templates.
        """
        from .resources.crm_sales_reps import AsyncCrmSalesReps

        return AsyncCrmSalesReps(self._client)

    @cached_property
    def searches(self) -> AsyncCrmSearches:
        """Vehicle searches run for a lead: the wanted year, make, model, options,
        colours and price, and the vehicles found.
        """
        from .resources.crm_searches import AsyncCrmSearches

        return AsyncCrmSearches(self._client)

    @cached_property
    def templates(self) -> AsyncCrmTemplates:
        """Message templates of the sales reps, in lettered variants and sequences."""
        from .resources.crm_templates import AsyncCrmTemplates

        return AsyncCrmTemplates(self._client)

    @cached_property
    def trades(self) -> AsyncCrmTrades:
        """Vehicles a lead wants to trade in (`crmTrades`, distinct from the commerce
        `trades`).
        """
        from .resources.crm_trades import AsyncCrmTrades

        return AsyncCrmTrades(self._client)

    @cached_property
    def vdp_emails(self) -> AsyncCrmVdpEmails:
        """Emails sending a lead the vehicle detail pages (VDPs) of chosen vehicles."""
        from .resources.crm_vdp_emails import AsyncCrmVdpEmails

        return AsyncCrmVdpEmails(self._client)

    @cached_property
    def vehicles(self) -> AsyncCrmVehicles:
        """Vehicles found for leads' searches (`crmVehicles`, distinct from the commerce
        `vehicles`), with their auction, pricing and condition data and the leads'
        reactions.
        """
        from .resources.crm_vehicles import AsyncCrmVehicles

        return AsyncCrmVehicles(self._client)

    @cached_property
    def web_events(self) -> AsyncCrmWebEvents:
        """Web analytics events, by name and anonymous visitor id."""
        from .resources.crm_web_events import AsyncCrmWebEvents

        return AsyncCrmWebEvents(self._client)
