"""Resources of the Drivly Commerce API, one per tag."""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .addresses import Addresses, AsyncAddresses
    from .attachments import AsyncAttachments, Attachments
    from .brands import AsyncBrands, Brands
    from .contacts import AsyncContacts, Contacts
    from .credit_applications import AsyncCreditApplications, CreditApplications
    from .crm_calls import AsyncCrmCalls, CrmCalls
    from .crm_definitions import AsyncCrmDefinitions, CrmDefinitions
    from .crm_holidays import AsyncCrmHolidays, CrmHolidays
    from .crm_lead_events import AsyncCrmLeadEvents, CrmLeadEvents
    from .crm_leads import AsyncCrmLeads, CrmLeads
    from .crm_meetings import AsyncCrmMeetings, CrmMeetings
    from .crm_messages import AsyncCrmMessages, CrmMessages
    from .crm_quiet_hours import AsyncCrmQuietHours, CrmQuietHours
    from .crm_sales_reps import AsyncCrmSalesReps, CrmSalesReps
    from .crm_searches import AsyncCrmSearches, CrmSearches
    from .crm_templates import AsyncCrmTemplates, CrmTemplates
    from .crm_trades import AsyncCrmTrades, CrmTrades
    from .crm_vdp_emails import AsyncCrmVdpEmails, CrmVdpEmails
    from .crm_vehicles import AsyncCrmVehicles, CrmVehicles
    from .crm_web_events import AsyncCrmWebEvents, CrmWebEvents
    from .customers import AsyncCustomers, Customers
    from .deals import AsyncDeals, Deals
    from .dmv_fees import AsyncDmvFees, DmvFees
    from .documents import AsyncDocuments, Documents
    from .fees import AsyncFees, Fees
    from .insurance_policies import AsyncInsurancePolicies, InsurancePolicies
    from .insurance_quotes import AsyncInsuranceQuotes, InsuranceQuotes
    from .listings import AsyncListings, Listings
    from .locations import AsyncLocations, Locations
    from .pre_approvals import AsyncPreApprovals, PreApprovals
    from .service_orders import AsyncServiceOrders, ServiceOrders
    from .service_quotes import AsyncServiceQuotes, ServiceQuotes
    from .taxes_and_fees import AsyncTaxesAndFees, TaxesAndFees
    from .tenants import AsyncTenants, Tenants
    from .trades import AsyncTrades, Trades
    from .vehicles import AsyncVehicles, Vehicles
    from .webhooks import AsyncWebhooks, Webhooks

__all__ = [
    "Addresses",
    "AsyncAddresses",
    "AsyncAttachments",
    "AsyncBrands",
    "AsyncContacts",
    "AsyncCreditApplications",
    "AsyncCrmCalls",
    "AsyncCrmDefinitions",
    "AsyncCrmHolidays",
    "AsyncCrmLeadEvents",
    "AsyncCrmLeads",
    "AsyncCrmMeetings",
    "AsyncCrmMessages",
    "AsyncCrmQuietHours",
    "AsyncCrmSalesReps",
    "AsyncCrmSearches",
    "AsyncCrmTemplates",
    "AsyncCrmTrades",
    "AsyncCrmVdpEmails",
    "AsyncCrmVehicles",
    "AsyncCrmWebEvents",
    "AsyncCustomers",
    "AsyncDeals",
    "AsyncDmvFees",
    "AsyncDocuments",
    "AsyncFees",
    "AsyncInsurancePolicies",
    "AsyncInsuranceQuotes",
    "AsyncListings",
    "AsyncLocations",
    "AsyncPreApprovals",
    "AsyncServiceOrders",
    "AsyncServiceQuotes",
    "AsyncTaxesAndFees",
    "AsyncTenants",
    "AsyncTrades",
    "AsyncVehicles",
    "AsyncWebhooks",
    "Attachments",
    "Brands",
    "Contacts",
    "CreditApplications",
    "CrmCalls",
    "CrmDefinitions",
    "CrmHolidays",
    "CrmLeadEvents",
    "CrmLeads",
    "CrmMeetings",
    "CrmMessages",
    "CrmQuietHours",
    "CrmSalesReps",
    "CrmSearches",
    "CrmTemplates",
    "CrmTrades",
    "CrmVdpEmails",
    "CrmVehicles",
    "CrmWebEvents",
    "Customers",
    "Deals",
    "DmvFees",
    "Documents",
    "Fees",
    "InsurancePolicies",
    "InsuranceQuotes",
    "Listings",
    "Locations",
    "PreApprovals",
    "ServiceOrders",
    "ServiceQuotes",
    "TaxesAndFees",
    "Tenants",
    "Trades",
    "Vehicles",
    "Webhooks",
]

# The module of every name, imported on first use: importing the SDK imports none of them.
_MODULES = {
    "Addresses": ".addresses",
    "AsyncAddresses": ".addresses",
    "AsyncAttachments": ".attachments",
    "Attachments": ".attachments",
    "AsyncBrands": ".brands",
    "Brands": ".brands",
    "AsyncContacts": ".contacts",
    "Contacts": ".contacts",
    "AsyncCreditApplications": ".credit_applications",
    "CreditApplications": ".credit_applications",
    "AsyncCrmCalls": ".crm_calls",
    "CrmCalls": ".crm_calls",
    "AsyncCrmDefinitions": ".crm_definitions",
    "CrmDefinitions": ".crm_definitions",
    "AsyncCrmHolidays": ".crm_holidays",
    "CrmHolidays": ".crm_holidays",
    "AsyncCrmLeadEvents": ".crm_lead_events",
    "CrmLeadEvents": ".crm_lead_events",
    "AsyncCrmLeads": ".crm_leads",
    "CrmLeads": ".crm_leads",
    "AsyncCrmMeetings": ".crm_meetings",
    "CrmMeetings": ".crm_meetings",
    "AsyncCrmMessages": ".crm_messages",
    "CrmMessages": ".crm_messages",
    "AsyncCrmQuietHours": ".crm_quiet_hours",
    "CrmQuietHours": ".crm_quiet_hours",
    "AsyncCrmSalesReps": ".crm_sales_reps",
    "CrmSalesReps": ".crm_sales_reps",
    "AsyncCrmSearches": ".crm_searches",
    "CrmSearches": ".crm_searches",
    "AsyncCrmTemplates": ".crm_templates",
    "CrmTemplates": ".crm_templates",
    "AsyncCrmTrades": ".crm_trades",
    "CrmTrades": ".crm_trades",
    "AsyncCrmVdpEmails": ".crm_vdp_emails",
    "CrmVdpEmails": ".crm_vdp_emails",
    "AsyncCrmVehicles": ".crm_vehicles",
    "CrmVehicles": ".crm_vehicles",
    "AsyncCrmWebEvents": ".crm_web_events",
    "CrmWebEvents": ".crm_web_events",
    "AsyncCustomers": ".customers",
    "Customers": ".customers",
    "AsyncDeals": ".deals",
    "Deals": ".deals",
    "AsyncDmvFees": ".dmv_fees",
    "DmvFees": ".dmv_fees",
    "AsyncDocuments": ".documents",
    "Documents": ".documents",
    "AsyncFees": ".fees",
    "Fees": ".fees",
    "AsyncInsurancePolicies": ".insurance_policies",
    "InsurancePolicies": ".insurance_policies",
    "AsyncInsuranceQuotes": ".insurance_quotes",
    "InsuranceQuotes": ".insurance_quotes",
    "AsyncListings": ".listings",
    "Listings": ".listings",
    "AsyncLocations": ".locations",
    "Locations": ".locations",
    "AsyncPreApprovals": ".pre_approvals",
    "PreApprovals": ".pre_approvals",
    "AsyncServiceOrders": ".service_orders",
    "ServiceOrders": ".service_orders",
    "AsyncServiceQuotes": ".service_quotes",
    "ServiceQuotes": ".service_quotes",
    "AsyncTaxesAndFees": ".taxes_and_fees",
    "TaxesAndFees": ".taxes_and_fees",
    "AsyncTenants": ".tenants",
    "Tenants": ".tenants",
    "AsyncTrades": ".trades",
    "Trades": ".trades",
    "AsyncVehicles": ".vehicles",
    "Vehicles": ".vehicles",
    "AsyncWebhooks": ".webhooks",
    "Webhooks": ".webhooks",
}
# Hidden from type checkers, which read the imports above: a misspelt name stays an error.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, _MODULES)
