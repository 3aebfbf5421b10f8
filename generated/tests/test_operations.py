"""Every operation against a Prism mock of the spec, and its error mapping, pages,
streams and parameter encoding against httpx.MockTransport, sync and async.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

import httpx
import pytest

import drivly_commerce
from drivly_commerce.models import (
    Address,
    AddressBulkResponse,
    AddressDeleteResponse,
    AddressDocResponse,
    Attachment,
    AttachmentBulkResponse,
    AttachmentDeleteResponse,
    AttachmentDocResponse,
    Brand,
    BrandBulkResponse,
    BrandDeleteResponse,
    BrandDocResponse,
    Call,
    CallBulkResponse,
    CallDeleteResponse,
    CallDocResponse,
    Contact,
    ContactBulkResponse,
    ContactDeleteResponse,
    ContactDocResponse,
    Count,
    CreditApplication,
    CreditApplicationBulkResponse,
    CreditApplicationDeleteResponse,
    CreditApplicationDocResponse,
    CrmTrade,
    CrmTradeBulkResponse,
    CrmTradeDeleteResponse,
    CrmTradeDocResponse,
    CrmVehicle,
    CrmVehicleBulkResponse,
    CrmVehicleDeleteResponse,
    CrmVehicleDocResponse,
    Customer,
    CustomerBulkResponse,
    CustomerDeleteResponse,
    CustomerDocResponse,
    Deal,
    DealBulkResponse,
    DealDeleteResponse,
    DealDocResponse,
    Definition,
    DefinitionBulkResponse,
    DefinitionDeleteResponse,
    DefinitionDocResponse,
    DmvFee,
    DmvFeeBulkResponse,
    DmvFeeDeleteResponse,
    DmvFeeDocResponse,
    Document,
    DocumentBulkResponse,
    DocumentDeleteResponse,
    DocumentDocResponse,
    Fee,
    FeeBulkResponse,
    FeeDeleteResponse,
    FeeDocResponse,
    Holiday,
    HolidayBulkResponse,
    HolidayDeleteResponse,
    HolidayDocResponse,
    InsurancePolicy,
    InsurancePolicyBulkResponse,
    InsurancePolicyDeleteResponse,
    InsurancePolicyDocResponse,
    InsuranceQuote,
    InsuranceQuoteBulkResponse,
    InsuranceQuoteDeleteResponse,
    InsuranceQuoteDocResponse,
    Lead,
    LeadBulkResponse,
    LeadDeleteResponse,
    LeadDocResponse,
    LeadEvent,
    LeadEventBulkResponse,
    LeadEventDeleteResponse,
    LeadEventDocResponse,
    Listing,
    ListingBulkResponse,
    ListingDeleteResponse,
    ListingDocResponse,
    Location,
    LocationBulkResponse,
    LocationDeleteResponse,
    LocationDocResponse,
    Meeting,
    MeetingBulkResponse,
    MeetingDeleteResponse,
    MeetingDocResponse,
    Message,
    MessageBulkResponse,
    MessageDeleteResponse,
    MessageDocResponse,
    PreApproval,
    PreApprovalBulkResponse,
    PreApprovalDeleteResponse,
    PreApprovalDocResponse,
    QuietHour,
    QuietHourBulkResponse,
    QuietHourDeleteResponse,
    QuietHourDocResponse,
    SalesRep,
    SalesRepBulkResponse,
    SalesRepDeleteResponse,
    SalesRepDocResponse,
    Search,
    SearchBulkResponse,
    SearchDeleteResponse,
    SearchDocResponse,
    ServiceOrder,
    ServiceOrderBulkResponse,
    ServiceOrderDeleteResponse,
    ServiceOrderDocResponse,
    ServiceQuote,
    ServiceQuoteBulkResponse,
    ServiceQuoteDeleteResponse,
    ServiceQuoteDocResponse,
    TaxesAndFee,
    TaxesAndFeeBulkResponse,
    TaxesAndFeeDeleteResponse,
    TaxesAndFeeDocResponse,
    Template,
    TemplateBulkResponse,
    TemplateDeleteResponse,
    TemplateDocResponse,
    Tenant,
    TenantBulkResponse,
    TenantDeleteResponse,
    TenantDocResponse,
    Trade,
    TradeBulkResponse,
    TradeDeleteResponse,
    TradeDocResponse,
    VdpEmail,
    VdpEmailBulkResponse,
    VdpEmailDeleteResponse,
    VdpEmailDocResponse,
    Vehicle,
    VehicleBulkResponse,
    VehicleDeleteResponse,
    VehicleDocResponse,
    WebEvent,
    WebEventBulkResponse,
    WebEventDeleteResponse,
    WebEventDocResponse,
    Webhook,
    WebhookBulkResponse,
    WebhookDeleteResponse,
    WebhookDocResponse,
)

NOT_FOUND = {"errors": [{"message": "The requested resource was not found."}]}

# resource, method, positional arguments, keyword arguments, the model it returns (or None)
OPERATIONS = [
    pytest.param("addresses", "list", (), {}, None, id="addresses.list"),
    pytest.param(
        "addresses",
        "create",
        (),
        {"body": {}},
        AddressDocResponse,
        id="addresses.create",
    ),
    pytest.param(
        "addresses",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        AddressBulkResponse,
        id="addresses.delete_many",
    ),
    pytest.param(
        "addresses",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        AddressBulkResponse,
        id="addresses.update_many",
    ),
    pytest.param("addresses", "count", (), {}, Count, id="addresses.count"),
    pytest.param(
        "addresses", "retrieve", (1042,), {}, Address, id="addresses.retrieve"
    ),
    pytest.param(
        "addresses", "delete", (1042,), {}, AddressDeleteResponse, id="addresses.delete"
    ),
    pytest.param(
        "addresses",
        "update",
        (1042,),
        {"body": {}},
        AddressDocResponse,
        id="addresses.update",
    ),
    pytest.param("attachments", "list", (), {}, None, id="attachments.list"),
    pytest.param(
        "attachments", "create", (), {}, AttachmentDocResponse, id="attachments.create"
    ),
    pytest.param(
        "attachments",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        AttachmentBulkResponse,
        id="attachments.delete_many",
    ),
    pytest.param(
        "attachments",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        AttachmentBulkResponse,
        id="attachments.update_many",
    ),
    pytest.param("attachments", "count", (), {}, Count, id="attachments.count"),
    pytest.param(
        "attachments", "retrieve", (1042,), {}, Attachment, id="attachments.retrieve"
    ),
    pytest.param(
        "attachments",
        "delete",
        (1042,),
        {},
        AttachmentDeleteResponse,
        id="attachments.delete",
    ),
    pytest.param(
        "attachments",
        "update",
        (1042,),
        {},
        AttachmentDocResponse,
        id="attachments.update",
    ),
    pytest.param("brands", "list", (), {}, None, id="brands.list"),
    pytest.param("brands", "create", (), {}, BrandDocResponse, id="brands.create"),
    pytest.param(
        "brands",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        BrandBulkResponse,
        id="brands.delete_many",
    ),
    pytest.param(
        "brands",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        BrandBulkResponse,
        id="brands.update_many",
    ),
    pytest.param("brands", "count", (), {}, Count, id="brands.count"),
    pytest.param("brands", "retrieve", (1042,), {}, Brand, id="brands.retrieve"),
    pytest.param(
        "brands", "delete", (1042,), {}, BrandDeleteResponse, id="brands.delete"
    ),
    pytest.param("brands", "update", (1042,), {}, BrandDocResponse, id="brands.update"),
    pytest.param("contacts", "list", (), {}, None, id="contacts.list"),
    pytest.param(
        "contacts", "create", (), {"body": {}}, ContactDocResponse, id="contacts.create"
    ),
    pytest.param(
        "contacts",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        ContactBulkResponse,
        id="contacts.delete_many",
    ),
    pytest.param(
        "contacts",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        ContactBulkResponse,
        id="contacts.update_many",
    ),
    pytest.param("contacts", "count", (), {}, Count, id="contacts.count"),
    pytest.param("contacts", "retrieve", (1042,), {}, Contact, id="contacts.retrieve"),
    pytest.param(
        "contacts", "delete", (1042,), {}, ContactDeleteResponse, id="contacts.delete"
    ),
    pytest.param(
        "contacts",
        "update",
        (1042,),
        {"body": {}},
        ContactDocResponse,
        id="contacts.update",
    ),
    pytest.param(
        "credit_applications", "list", (), {}, None, id="credit_applications.list"
    ),
    pytest.param(
        "credit_applications",
        "create",
        (),
        {"body": {}},
        CreditApplicationDocResponse,
        id="credit_applications.create",
    ),
    pytest.param(
        "credit_applications",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        CreditApplicationBulkResponse,
        id="credit_applications.delete_many",
    ),
    pytest.param(
        "credit_applications",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        CreditApplicationBulkResponse,
        id="credit_applications.update_many",
    ),
    pytest.param(
        "credit_applications", "count", (), {}, Count, id="credit_applications.count"
    ),
    pytest.param(
        "credit_applications",
        "retrieve",
        (1042,),
        {},
        CreditApplication,
        id="credit_applications.retrieve",
    ),
    pytest.param(
        "credit_applications",
        "delete",
        (1042,),
        {},
        CreditApplicationDeleteResponse,
        id="credit_applications.delete",
    ),
    pytest.param(
        "credit_applications",
        "update",
        (1042,),
        {"body": {}},
        CreditApplicationDocResponse,
        id="credit_applications.update",
    ),
    pytest.param("crm.calls", "list", (), {}, None, id="crm.calls.list"),
    pytest.param(
        "crm.calls", "create", (), {"body": {}}, CallDocResponse, id="crm.calls.create"
    ),
    pytest.param(
        "crm.calls",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        CallBulkResponse,
        id="crm.calls.delete_many",
    ),
    pytest.param(
        "crm.calls",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        CallBulkResponse,
        id="crm.calls.update_many",
    ),
    pytest.param("crm.calls", "count", (), {}, Count, id="crm.calls.count"),
    pytest.param("crm.calls", "retrieve", (1042,), {}, Call, id="crm.calls.retrieve"),
    pytest.param(
        "crm.calls", "delete", (1042,), {}, CallDeleteResponse, id="crm.calls.delete"
    ),
    pytest.param(
        "crm.calls",
        "update",
        (1042,),
        {"body": {}},
        CallDocResponse,
        id="crm.calls.update",
    ),
    pytest.param("crm.definitions", "list", (), {}, None, id="crm.definitions.list"),
    pytest.param(
        "crm.definitions",
        "create",
        (),
        {},
        DefinitionDocResponse,
        id="crm.definitions.create",
    ),
    pytest.param(
        "crm.definitions",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        DefinitionBulkResponse,
        id="crm.definitions.delete_many",
    ),
    pytest.param(
        "crm.definitions",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        DefinitionBulkResponse,
        id="crm.definitions.update_many",
    ),
    pytest.param("crm.definitions", "count", (), {}, Count, id="crm.definitions.count"),
    pytest.param(
        "crm.definitions",
        "retrieve",
        (1042,),
        {},
        Definition,
        id="crm.definitions.retrieve",
    ),
    pytest.param(
        "crm.definitions",
        "delete",
        (1042,),
        {},
        DefinitionDeleteResponse,
        id="crm.definitions.delete",
    ),
    pytest.param(
        "crm.definitions",
        "update",
        (1042,),
        {},
        DefinitionDocResponse,
        id="crm.definitions.update",
    ),
    pytest.param("crm.holidays", "list", (), {}, None, id="crm.holidays.list"),
    pytest.param(
        "crm.holidays", "create", (), {}, HolidayDocResponse, id="crm.holidays.create"
    ),
    pytest.param(
        "crm.holidays",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        HolidayBulkResponse,
        id="crm.holidays.delete_many",
    ),
    pytest.param(
        "crm.holidays",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        HolidayBulkResponse,
        id="crm.holidays.update_many",
    ),
    pytest.param("crm.holidays", "count", (), {}, Count, id="crm.holidays.count"),
    pytest.param(
        "crm.holidays", "retrieve", (1042,), {}, Holiday, id="crm.holidays.retrieve"
    ),
    pytest.param(
        "crm.holidays",
        "delete",
        (1042,),
        {},
        HolidayDeleteResponse,
        id="crm.holidays.delete",
    ),
    pytest.param(
        "crm.holidays",
        "update",
        (1042,),
        {},
        HolidayDocResponse,
        id="crm.holidays.update",
    ),
    pytest.param("crm.lead_events", "list", (), {}, None, id="crm.lead_events.list"),
    pytest.param(
        "crm.lead_events",
        "create",
        (),
        {},
        LeadEventDocResponse,
        id="crm.lead_events.create",
    ),
    pytest.param(
        "crm.lead_events",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        LeadEventBulkResponse,
        id="crm.lead_events.delete_many",
    ),
    pytest.param(
        "crm.lead_events",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        LeadEventBulkResponse,
        id="crm.lead_events.update_many",
    ),
    pytest.param("crm.lead_events", "count", (), {}, Count, id="crm.lead_events.count"),
    pytest.param(
        "crm.lead_events",
        "retrieve",
        (1042,),
        {},
        LeadEvent,
        id="crm.lead_events.retrieve",
    ),
    pytest.param(
        "crm.lead_events",
        "delete",
        (1042,),
        {},
        LeadEventDeleteResponse,
        id="crm.lead_events.delete",
    ),
    pytest.param(
        "crm.lead_events",
        "update",
        (1042,),
        {},
        LeadEventDocResponse,
        id="crm.lead_events.update",
    ),
    pytest.param("crm.leads", "list", (), {}, None, id="crm.leads.list"),
    pytest.param(
        "crm.leads", "create", (), {"body": {}}, LeadDocResponse, id="crm.leads.create"
    ),
    pytest.param(
        "crm.leads",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        LeadBulkResponse,
        id="crm.leads.delete_many",
    ),
    pytest.param(
        "crm.leads",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        LeadBulkResponse,
        id="crm.leads.update_many",
    ),
    pytest.param("crm.leads", "count", (), {}, Count, id="crm.leads.count"),
    pytest.param("crm.leads", "retrieve", (1042,), {}, Lead, id="crm.leads.retrieve"),
    pytest.param(
        "crm.leads", "delete", (1042,), {}, LeadDeleteResponse, id="crm.leads.delete"
    ),
    pytest.param(
        "crm.leads",
        "update",
        (1042,),
        {"body": {}},
        LeadDocResponse,
        id="crm.leads.update",
    ),
    pytest.param("crm.meetings", "list", (), {}, None, id="crm.meetings.list"),
    pytest.param(
        "crm.meetings", "create", (), {}, MeetingDocResponse, id="crm.meetings.create"
    ),
    pytest.param(
        "crm.meetings",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        MeetingBulkResponse,
        id="crm.meetings.delete_many",
    ),
    pytest.param(
        "crm.meetings",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        MeetingBulkResponse,
        id="crm.meetings.update_many",
    ),
    pytest.param("crm.meetings", "count", (), {}, Count, id="crm.meetings.count"),
    pytest.param(
        "crm.meetings", "retrieve", (1042,), {}, Meeting, id="crm.meetings.retrieve"
    ),
    pytest.param(
        "crm.meetings",
        "delete",
        (1042,),
        {},
        MeetingDeleteResponse,
        id="crm.meetings.delete",
    ),
    pytest.param(
        "crm.meetings",
        "update",
        (1042,),
        {},
        MeetingDocResponse,
        id="crm.meetings.update",
    ),
    pytest.param("crm.messages", "list", (), {}, None, id="crm.messages.list"),
    pytest.param(
        "crm.messages",
        "create",
        (),
        {"body": {}},
        MessageDocResponse,
        id="crm.messages.create",
    ),
    pytest.param(
        "crm.messages",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        MessageBulkResponse,
        id="crm.messages.delete_many",
    ),
    pytest.param(
        "crm.messages",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        MessageBulkResponse,
        id="crm.messages.update_many",
    ),
    pytest.param("crm.messages", "count", (), {}, Count, id="crm.messages.count"),
    pytest.param(
        "crm.messages", "retrieve", (1042,), {}, Message, id="crm.messages.retrieve"
    ),
    pytest.param(
        "crm.messages",
        "delete",
        (1042,),
        {},
        MessageDeleteResponse,
        id="crm.messages.delete",
    ),
    pytest.param(
        "crm.messages",
        "update",
        (1042,),
        {"body": {}},
        MessageDocResponse,
        id="crm.messages.update",
    ),
    pytest.param("crm.quiet_hours", "list", (), {}, None, id="crm.quiet_hours.list"),
    pytest.param(
        "crm.quiet_hours",
        "create",
        (),
        {},
        QuietHourDocResponse,
        id="crm.quiet_hours.create",
    ),
    pytest.param(
        "crm.quiet_hours",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        QuietHourBulkResponse,
        id="crm.quiet_hours.delete_many",
    ),
    pytest.param(
        "crm.quiet_hours",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        QuietHourBulkResponse,
        id="crm.quiet_hours.update_many",
    ),
    pytest.param("crm.quiet_hours", "count", (), {}, Count, id="crm.quiet_hours.count"),
    pytest.param(
        "crm.quiet_hours",
        "retrieve",
        (1042,),
        {},
        QuietHour,
        id="crm.quiet_hours.retrieve",
    ),
    pytest.param(
        "crm.quiet_hours",
        "delete",
        (1042,),
        {},
        QuietHourDeleteResponse,
        id="crm.quiet_hours.delete",
    ),
    pytest.param(
        "crm.quiet_hours",
        "update",
        (1042,),
        {},
        QuietHourDocResponse,
        id="crm.quiet_hours.update",
    ),
    pytest.param("crm.sales_reps", "list", (), {}, None, id="crm.sales_reps.list"),
    pytest.param(
        "crm.sales_reps",
        "create",
        (),
        {"body": {}},
        SalesRepDocResponse,
        id="crm.sales_reps.create",
    ),
    pytest.param(
        "crm.sales_reps",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        SalesRepBulkResponse,
        id="crm.sales_reps.delete_many",
    ),
    pytest.param(
        "crm.sales_reps",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        SalesRepBulkResponse,
        id="crm.sales_reps.update_many",
    ),
    pytest.param("crm.sales_reps", "count", (), {}, Count, id="crm.sales_reps.count"),
    pytest.param(
        "crm.sales_reps",
        "retrieve",
        (1042,),
        {},
        SalesRep,
        id="crm.sales_reps.retrieve",
    ),
    pytest.param(
        "crm.sales_reps",
        "delete",
        (1042,),
        {},
        SalesRepDeleteResponse,
        id="crm.sales_reps.delete",
    ),
    pytest.param(
        "crm.sales_reps",
        "update",
        (1042,),
        {"body": {}},
        SalesRepDocResponse,
        id="crm.sales_reps.update",
    ),
    pytest.param("crm.searches", "list", (), {}, None, id="crm.searches.list"),
    pytest.param(
        "crm.searches",
        "create",
        (),
        {"body": {}},
        SearchDocResponse,
        id="crm.searches.create",
    ),
    pytest.param(
        "crm.searches",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        SearchBulkResponse,
        id="crm.searches.delete_many",
    ),
    pytest.param(
        "crm.searches",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        SearchBulkResponse,
        id="crm.searches.update_many",
    ),
    pytest.param("crm.searches", "count", (), {}, Count, id="crm.searches.count"),
    pytest.param(
        "crm.searches", "retrieve", (1042,), {}, Search, id="crm.searches.retrieve"
    ),
    pytest.param(
        "crm.searches",
        "delete",
        (1042,),
        {},
        SearchDeleteResponse,
        id="crm.searches.delete",
    ),
    pytest.param(
        "crm.searches",
        "update",
        (1042,),
        {"body": {}},
        SearchDocResponse,
        id="crm.searches.update",
    ),
    pytest.param("crm.templates", "list", (), {}, None, id="crm.templates.list"),
    pytest.param(
        "crm.templates",
        "create",
        (),
        {},
        TemplateDocResponse,
        id="crm.templates.create",
    ),
    pytest.param(
        "crm.templates",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        TemplateBulkResponse,
        id="crm.templates.delete_many",
    ),
    pytest.param(
        "crm.templates",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        TemplateBulkResponse,
        id="crm.templates.update_many",
    ),
    pytest.param("crm.templates", "count", (), {}, Count, id="crm.templates.count"),
    pytest.param(
        "crm.templates", "retrieve", (1042,), {}, Template, id="crm.templates.retrieve"
    ),
    pytest.param(
        "crm.templates",
        "delete",
        (1042,),
        {},
        TemplateDeleteResponse,
        id="crm.templates.delete",
    ),
    pytest.param(
        "crm.templates",
        "update",
        (1042,),
        {},
        TemplateDocResponse,
        id="crm.templates.update",
    ),
    pytest.param("crm.trades", "list", (), {}, None, id="crm.trades.list"),
    pytest.param(
        "crm.trades", "create", (), {}, CrmTradeDocResponse, id="crm.trades.create"
    ),
    pytest.param(
        "crm.trades",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        CrmTradeBulkResponse,
        id="crm.trades.delete_many",
    ),
    pytest.param(
        "crm.trades",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        CrmTradeBulkResponse,
        id="crm.trades.update_many",
    ),
    pytest.param("crm.trades", "count", (), {}, Count, id="crm.trades.count"),
    pytest.param(
        "crm.trades", "retrieve", (1042,), {}, CrmTrade, id="crm.trades.retrieve"
    ),
    pytest.param(
        "crm.trades",
        "delete",
        (1042,),
        {},
        CrmTradeDeleteResponse,
        id="crm.trades.delete",
    ),
    pytest.param(
        "crm.trades", "update", (1042,), {}, CrmTradeDocResponse, id="crm.trades.update"
    ),
    pytest.param("crm.vdp_emails", "list", (), {}, None, id="crm.vdp_emails.list"),
    pytest.param(
        "crm.vdp_emails",
        "create",
        (),
        {},
        VdpEmailDocResponse,
        id="crm.vdp_emails.create",
    ),
    pytest.param(
        "crm.vdp_emails",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        VdpEmailBulkResponse,
        id="crm.vdp_emails.delete_many",
    ),
    pytest.param(
        "crm.vdp_emails",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        VdpEmailBulkResponse,
        id="crm.vdp_emails.update_many",
    ),
    pytest.param("crm.vdp_emails", "count", (), {}, Count, id="crm.vdp_emails.count"),
    pytest.param(
        "crm.vdp_emails",
        "retrieve",
        (1042,),
        {},
        VdpEmail,
        id="crm.vdp_emails.retrieve",
    ),
    pytest.param(
        "crm.vdp_emails",
        "delete",
        (1042,),
        {},
        VdpEmailDeleteResponse,
        id="crm.vdp_emails.delete",
    ),
    pytest.param(
        "crm.vdp_emails",
        "update",
        (1042,),
        {},
        VdpEmailDocResponse,
        id="crm.vdp_emails.update",
    ),
    pytest.param("crm.vehicles", "list", (), {}, None, id="crm.vehicles.list"),
    pytest.param(
        "crm.vehicles",
        "create",
        (),
        {"body": {}},
        CrmVehicleDocResponse,
        id="crm.vehicles.create",
    ),
    pytest.param(
        "crm.vehicles",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        CrmVehicleBulkResponse,
        id="crm.vehicles.delete_many",
    ),
    pytest.param(
        "crm.vehicles",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        CrmVehicleBulkResponse,
        id="crm.vehicles.update_many",
    ),
    pytest.param("crm.vehicles", "count", (), {}, Count, id="crm.vehicles.count"),
    pytest.param(
        "crm.vehicles", "retrieve", (1042,), {}, CrmVehicle, id="crm.vehicles.retrieve"
    ),
    pytest.param(
        "crm.vehicles",
        "delete",
        (1042,),
        {},
        CrmVehicleDeleteResponse,
        id="crm.vehicles.delete",
    ),
    pytest.param(
        "crm.vehicles",
        "update",
        (1042,),
        {"body": {}},
        CrmVehicleDocResponse,
        id="crm.vehicles.update",
    ),
    pytest.param("crm.web_events", "list", (), {}, None, id="crm.web_events.list"),
    pytest.param(
        "crm.web_events",
        "create",
        (),
        {},
        WebEventDocResponse,
        id="crm.web_events.create",
    ),
    pytest.param(
        "crm.web_events",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        WebEventBulkResponse,
        id="crm.web_events.delete_many",
    ),
    pytest.param(
        "crm.web_events",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        WebEventBulkResponse,
        id="crm.web_events.update_many",
    ),
    pytest.param("crm.web_events", "count", (), {}, Count, id="crm.web_events.count"),
    pytest.param(
        "crm.web_events",
        "retrieve",
        (1042,),
        {},
        WebEvent,
        id="crm.web_events.retrieve",
    ),
    pytest.param(
        "crm.web_events",
        "delete",
        (1042,),
        {},
        WebEventDeleteResponse,
        id="crm.web_events.delete",
    ),
    pytest.param(
        "crm.web_events",
        "update",
        (1042,),
        {},
        WebEventDocResponse,
        id="crm.web_events.update",
    ),
    pytest.param("customers", "list", (), {}, None, id="customers.list"),
    pytest.param(
        "customers",
        "create",
        (),
        {
            "body": {
                "email": "jane.doe@example.com",
                "phone": "+1 512 555 0143",
                "tenants": [1],
                "consumerStatus": "Working",
                "consumerFirstName": "Jane",
                "consumerLastName": "Doe",
                "consumerIncome": 85000,
                "consumerIncomeInterval": "Yearly",
                "consumerLeadSource": ["Driv.ly Website"],
            }
        },
        CustomerDocResponse,
        id="customers.create",
    ),
    pytest.param(
        "customers",
        "delete_many",
        (),
        {"where": {"email": {"equals": "jane.doe@example.com"}}},
        CustomerBulkResponse,
        id="customers.delete_many",
    ),
    pytest.param(
        "customers",
        "update_many",
        (),
        {
            "where": {"email": {"equals": "jane.doe@example.com"}},
            "body": {"consumerStatus": "SOLD"},
        },
        CustomerBulkResponse,
        id="customers.update_many",
    ),
    pytest.param("customers", "count", (), {}, Count, id="customers.count"),
    pytest.param(
        "customers", "retrieve", (1042,), {}, Customer, id="customers.retrieve"
    ),
    pytest.param(
        "customers",
        "delete",
        (1042,),
        {},
        CustomerDeleteResponse,
        id="customers.delete",
    ),
    pytest.param(
        "customers",
        "update",
        (1042,),
        {"body": {"phone": "+1 512 555 0150", "consumerStatus": "SOLD"}},
        CustomerDocResponse,
        id="customers.update",
    ),
    pytest.param("deals", "list", (), {}, None, id="deals.list"),
    pytest.param(
        "deals", "create", (), {"body": {}}, DealDocResponse, id="deals.create"
    ),
    pytest.param(
        "deals",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        DealBulkResponse,
        id="deals.delete_many",
    ),
    pytest.param(
        "deals",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        DealBulkResponse,
        id="deals.update_many",
    ),
    pytest.param("deals", "count", (), {}, Count, id="deals.count"),
    pytest.param("deals", "retrieve", (1042,), {}, Deal, id="deals.retrieve"),
    pytest.param("deals", "delete", (1042,), {}, DealDeleteResponse, id="deals.delete"),
    pytest.param(
        "deals", "update", (1042,), {"body": {}}, DealDocResponse, id="deals.update"
    ),
    pytest.param("dmv_fees", "list", (), {}, None, id="dmv_fees.list"),
    pytest.param("dmv_fees", "create", (), {}, DmvFeeDocResponse, id="dmv_fees.create"),
    pytest.param(
        "dmv_fees",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        DmvFeeBulkResponse,
        id="dmv_fees.delete_many",
    ),
    pytest.param(
        "dmv_fees",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        DmvFeeBulkResponse,
        id="dmv_fees.update_many",
    ),
    pytest.param("dmv_fees", "count", (), {}, Count, id="dmv_fees.count"),
    pytest.param("dmv_fees", "retrieve", (1042,), {}, DmvFee, id="dmv_fees.retrieve"),
    pytest.param(
        "dmv_fees", "delete", (1042,), {}, DmvFeeDeleteResponse, id="dmv_fees.delete"
    ),
    pytest.param(
        "dmv_fees", "update", (1042,), {}, DmvFeeDocResponse, id="dmv_fees.update"
    ),
    pytest.param("documents", "list", (), {}, None, id="documents.list"),
    pytest.param(
        "documents", "create", (), {}, DocumentDocResponse, id="documents.create"
    ),
    pytest.param(
        "documents",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        DocumentBulkResponse,
        id="documents.delete_many",
    ),
    pytest.param(
        "documents",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        DocumentBulkResponse,
        id="documents.update_many",
    ),
    pytest.param("documents", "count", (), {}, Count, id="documents.count"),
    pytest.param(
        "documents", "retrieve", (1042,), {}, Document, id="documents.retrieve"
    ),
    pytest.param(
        "documents",
        "delete",
        (1042,),
        {},
        DocumentDeleteResponse,
        id="documents.delete",
    ),
    pytest.param(
        "documents", "update", (1042,), {}, DocumentDocResponse, id="documents.update"
    ),
    pytest.param("fees", "list", (), {}, None, id="fees.list"),
    pytest.param("fees", "create", (), {"id": 1}, FeeDocResponse, id="fees.create"),
    pytest.param(
        "fees",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        FeeBulkResponse,
        id="fees.delete_many",
    ),
    pytest.param(
        "fees",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        FeeBulkResponse,
        id="fees.update_many",
    ),
    pytest.param("fees", "count", (), {}, Count, id="fees.count"),
    pytest.param("fees", "retrieve", (1042,), {}, Fee, id="fees.retrieve"),
    pytest.param("fees", "delete", (1042,), {}, FeeDeleteResponse, id="fees.delete"),
    pytest.param("fees", "update", (1042,), {}, FeeDocResponse, id="fees.update"),
    pytest.param(
        "insurance_policies", "list", (), {}, None, id="insurance_policies.list"
    ),
    pytest.param(
        "insurance_policies",
        "create",
        (),
        {},
        InsurancePolicyDocResponse,
        id="insurance_policies.create",
    ),
    pytest.param(
        "insurance_policies",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        InsurancePolicyBulkResponse,
        id="insurance_policies.delete_many",
    ),
    pytest.param(
        "insurance_policies",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        InsurancePolicyBulkResponse,
        id="insurance_policies.update_many",
    ),
    pytest.param(
        "insurance_policies", "count", (), {}, Count, id="insurance_policies.count"
    ),
    pytest.param(
        "insurance_policies",
        "retrieve",
        (1042,),
        {},
        InsurancePolicy,
        id="insurance_policies.retrieve",
    ),
    pytest.param(
        "insurance_policies",
        "delete",
        (1042,),
        {},
        InsurancePolicyDeleteResponse,
        id="insurance_policies.delete",
    ),
    pytest.param(
        "insurance_policies",
        "update",
        (1042,),
        {},
        InsurancePolicyDocResponse,
        id="insurance_policies.update",
    ),
    pytest.param("insurance_quotes", "list", (), {}, None, id="insurance_quotes.list"),
    pytest.param(
        "insurance_quotes",
        "create",
        (),
        {},
        InsuranceQuoteDocResponse,
        id="insurance_quotes.create",
    ),
    pytest.param(
        "insurance_quotes",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        InsuranceQuoteBulkResponse,
        id="insurance_quotes.delete_many",
    ),
    pytest.param(
        "insurance_quotes",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        InsuranceQuoteBulkResponse,
        id="insurance_quotes.update_many",
    ),
    pytest.param(
        "insurance_quotes", "count", (), {}, Count, id="insurance_quotes.count"
    ),
    pytest.param(
        "insurance_quotes",
        "retrieve",
        (1042,),
        {},
        InsuranceQuote,
        id="insurance_quotes.retrieve",
    ),
    pytest.param(
        "insurance_quotes",
        "delete",
        (1042,),
        {},
        InsuranceQuoteDeleteResponse,
        id="insurance_quotes.delete",
    ),
    pytest.param(
        "insurance_quotes",
        "update",
        (1042,),
        {},
        InsuranceQuoteDocResponse,
        id="insurance_quotes.update",
    ),
    pytest.param("listings", "list", (), {}, None, id="listings.list"),
    pytest.param(
        "listings", "create", (), {"body": {}}, ListingDocResponse, id="listings.create"
    ),
    pytest.param(
        "listings",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        ListingBulkResponse,
        id="listings.delete_many",
    ),
    pytest.param(
        "listings",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        ListingBulkResponse,
        id="listings.update_many",
    ),
    pytest.param("listings", "count", (), {}, Count, id="listings.count"),
    pytest.param("listings", "retrieve", (1042,), {}, Listing, id="listings.retrieve"),
    pytest.param(
        "listings", "delete", (1042,), {}, ListingDeleteResponse, id="listings.delete"
    ),
    pytest.param(
        "listings",
        "update",
        (1042,),
        {"body": {}},
        ListingDocResponse,
        id="listings.update",
    ),
    pytest.param("locations", "list", (), {}, None, id="locations.list"),
    pytest.param(
        "locations", "create", (), {}, LocationDocResponse, id="locations.create"
    ),
    pytest.param(
        "locations",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        LocationBulkResponse,
        id="locations.delete_many",
    ),
    pytest.param(
        "locations",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        LocationBulkResponse,
        id="locations.update_many",
    ),
    pytest.param("locations", "count", (), {}, Count, id="locations.count"),
    pytest.param(
        "locations", "retrieve", (1042,), {}, Location, id="locations.retrieve"
    ),
    pytest.param(
        "locations",
        "delete",
        (1042,),
        {},
        LocationDeleteResponse,
        id="locations.delete",
    ),
    pytest.param(
        "locations", "update", (1042,), {}, LocationDocResponse, id="locations.update"
    ),
    pytest.param("pre_approvals", "list", (), {}, None, id="pre_approvals.list"),
    pytest.param(
        "pre_approvals",
        "create",
        (),
        {"body": {}},
        PreApprovalDocResponse,
        id="pre_approvals.create",
    ),
    pytest.param(
        "pre_approvals",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        PreApprovalBulkResponse,
        id="pre_approvals.delete_many",
    ),
    pytest.param(
        "pre_approvals",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        PreApprovalBulkResponse,
        id="pre_approvals.update_many",
    ),
    pytest.param("pre_approvals", "count", (), {}, Count, id="pre_approvals.count"),
    pytest.param(
        "pre_approvals",
        "retrieve",
        (1042,),
        {},
        PreApproval,
        id="pre_approvals.retrieve",
    ),
    pytest.param(
        "pre_approvals",
        "delete",
        (1042,),
        {},
        PreApprovalDeleteResponse,
        id="pre_approvals.delete",
    ),
    pytest.param(
        "pre_approvals",
        "update",
        (1042,),
        {"body": {}},
        PreApprovalDocResponse,
        id="pre_approvals.update",
    ),
    pytest.param("service_orders", "list", (), {}, None, id="service_orders.list"),
    pytest.param(
        "service_orders",
        "create",
        (),
        {"body": {}},
        ServiceOrderDocResponse,
        id="service_orders.create",
    ),
    pytest.param(
        "service_orders",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        ServiceOrderBulkResponse,
        id="service_orders.delete_many",
    ),
    pytest.param(
        "service_orders",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        ServiceOrderBulkResponse,
        id="service_orders.update_many",
    ),
    pytest.param("service_orders", "count", (), {}, Count, id="service_orders.count"),
    pytest.param(
        "service_orders",
        "retrieve",
        (1042,),
        {},
        ServiceOrder,
        id="service_orders.retrieve",
    ),
    pytest.param(
        "service_orders",
        "delete",
        (1042,),
        {},
        ServiceOrderDeleteResponse,
        id="service_orders.delete",
    ),
    pytest.param(
        "service_orders",
        "update",
        (1042,),
        {"body": {}},
        ServiceOrderDocResponse,
        id="service_orders.update",
    ),
    pytest.param("service_quotes", "list", (), {}, None, id="service_quotes.list"),
    pytest.param(
        "service_quotes",
        "create",
        (),
        {"body": {}},
        ServiceQuoteDocResponse,
        id="service_quotes.create",
    ),
    pytest.param(
        "service_quotes",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        ServiceQuoteBulkResponse,
        id="service_quotes.delete_many",
    ),
    pytest.param(
        "service_quotes",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        ServiceQuoteBulkResponse,
        id="service_quotes.update_many",
    ),
    pytest.param("service_quotes", "count", (), {}, Count, id="service_quotes.count"),
    pytest.param(
        "service_quotes",
        "retrieve",
        (1042,),
        {},
        ServiceQuote,
        id="service_quotes.retrieve",
    ),
    pytest.param(
        "service_quotes",
        "delete",
        (1042,),
        {},
        ServiceQuoteDeleteResponse,
        id="service_quotes.delete",
    ),
    pytest.param(
        "service_quotes",
        "update",
        (1042,),
        {"body": {}},
        ServiceQuoteDocResponse,
        id="service_quotes.update",
    ),
    pytest.param("taxes_and_fees", "list", (), {}, None, id="taxes_and_fees.list"),
    pytest.param(
        "taxes_and_fees",
        "create",
        (),
        {"body": {}},
        TaxesAndFeeDocResponse,
        id="taxes_and_fees.create",
    ),
    pytest.param(
        "taxes_and_fees",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        TaxesAndFeeBulkResponse,
        id="taxes_and_fees.delete_many",
    ),
    pytest.param(
        "taxes_and_fees",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        TaxesAndFeeBulkResponse,
        id="taxes_and_fees.update_many",
    ),
    pytest.param("taxes_and_fees", "count", (), {}, Count, id="taxes_and_fees.count"),
    pytest.param(
        "taxes_and_fees",
        "retrieve",
        (1042,),
        {},
        TaxesAndFee,
        id="taxes_and_fees.retrieve",
    ),
    pytest.param(
        "taxes_and_fees",
        "delete",
        (1042,),
        {},
        TaxesAndFeeDeleteResponse,
        id="taxes_and_fees.delete",
    ),
    pytest.param(
        "taxes_and_fees",
        "update",
        (1042,),
        {"body": {}},
        TaxesAndFeeDocResponse,
        id="taxes_and_fees.update",
    ),
    pytest.param("tenants", "list", (), {}, None, id="tenants.list"),
    pytest.param(
        "tenants", "create", (), {"body": {}}, TenantDocResponse, id="tenants.create"
    ),
    pytest.param(
        "tenants",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        TenantBulkResponse,
        id="tenants.delete_many",
    ),
    pytest.param(
        "tenants",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        TenantBulkResponse,
        id="tenants.update_many",
    ),
    pytest.param("tenants", "count", (), {}, Count, id="tenants.count"),
    pytest.param("tenants", "retrieve", (1042,), {}, Tenant, id="tenants.retrieve"),
    pytest.param(
        "tenants", "delete", (1042,), {}, TenantDeleteResponse, id="tenants.delete"
    ),
    pytest.param(
        "tenants",
        "update",
        (1042,),
        {"body": {}},
        TenantDocResponse,
        id="tenants.update",
    ),
    pytest.param("trades", "list", (), {}, None, id="trades.list"),
    pytest.param(
        "trades", "create", (), {"body": {}}, TradeDocResponse, id="trades.create"
    ),
    pytest.param(
        "trades",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        TradeBulkResponse,
        id="trades.delete_many",
    ),
    pytest.param(
        "trades",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        TradeBulkResponse,
        id="trades.update_many",
    ),
    pytest.param("trades", "count", (), {}, Count, id="trades.count"),
    pytest.param("trades", "retrieve", (1042,), {}, Trade, id="trades.retrieve"),
    pytest.param(
        "trades", "delete", (1042,), {}, TradeDeleteResponse, id="trades.delete"
    ),
    pytest.param(
        "trades", "update", (1042,), {"body": {}}, TradeDocResponse, id="trades.update"
    ),
    pytest.param("vehicles", "list", (), {}, None, id="vehicles.list"),
    pytest.param(
        "vehicles", "create", (), {"body": {}}, VehicleDocResponse, id="vehicles.create"
    ),
    pytest.param(
        "vehicles",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        VehicleBulkResponse,
        id="vehicles.delete_many",
    ),
    pytest.param(
        "vehicles",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}, "body": {}},
        VehicleBulkResponse,
        id="vehicles.update_many",
    ),
    pytest.param("vehicles", "count", (), {}, Count, id="vehicles.count"),
    pytest.param("vehicles", "retrieve", (1042,), {}, Vehicle, id="vehicles.retrieve"),
    pytest.param(
        "vehicles", "delete", (1042,), {}, VehicleDeleteResponse, id="vehicles.delete"
    ),
    pytest.param(
        "vehicles",
        "update",
        (1042,),
        {"body": {}},
        VehicleDocResponse,
        id="vehicles.update",
    ),
    pytest.param("webhooks", "list", (), {}, None, id="webhooks.list"),
    pytest.param(
        "webhooks", "create", (), {}, WebhookDocResponse, id="webhooks.create"
    ),
    pytest.param(
        "webhooks",
        "delete_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        WebhookBulkResponse,
        id="webhooks.delete_many",
    ),
    pytest.param(
        "webhooks",
        "update_many",
        (),
        {"where": {"id": {"equals": 1042}}},
        WebhookBulkResponse,
        id="webhooks.update_many",
    ),
    pytest.param("webhooks", "count", (), {}, Count, id="webhooks.count"),
    pytest.param("webhooks", "retrieve", (1042,), {}, Webhook, id="webhooks.retrieve"),
    pytest.param(
        "webhooks", "delete", (1042,), {}, WebhookDeleteResponse, id="webhooks.delete"
    ),
    pytest.param(
        "webhooks", "update", (1042,), {}, WebhookDocResponse, id="webhooks.update"
    ),
]
SIGNATURE = ("resource", "method", "args", "kwargs", "returns")
# Operations Prism 5.16 cannot serve as the spec says (each with the reason): their mock
# tests are expected to fail, strictly, so that a Prism that serves them shows up.
PRISM_REFUSES: dict[str, str] = {}
MOCK_OPERATIONS = [
    (
        pytest.param(
            *param.values,
            id=param.id,
            marks=pytest.mark.xfail(reason=PRISM_REFUSES[param.id], strict=True),
        )
        if param.id in PRISM_REFUSES
        else param
    )
    for param in OPERATIONS
]
# Operations whose only documented answers are redirects (or other 3XX): their mock tests
# expect one of those, not a 2XX; the SDK does not follow redirects.
DOCUMENTED_3XX: dict[str, tuple[int, ...]] = {}


def not_found(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json=NOT_FOUND, headers={"x-request-id": "req_test"})


def assert_documented(resource: str, method: str, response: Any) -> None:
    statuses = DOCUMENTED_3XX.get(f"{resource}.{method}")
    if statuses is None:
        assert 200 <= response.status_code < 300, response.http_response.text
    else:
        assert response.status_code in statuses, response.http_response.text


@pytest.mark.parametrize(SIGNATURE, MOCK_OPERATIONS)
def test_against_mock(
    client: drivly_commerce.Commerce,
    resource: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    returns: type | None,
) -> None:
    response = getattr(attrgetter(resource)(client).with_raw_response, method)(
        *args, **kwargs
    )
    assert_documented(resource, method, response)
    parsed = response.parse()
    if returns is not None:
        assert isinstance(parsed, returns)


@pytest.mark.anyio
@pytest.mark.parametrize(SIGNATURE, MOCK_OPERATIONS)
async def test_against_mock_async(
    async_client: drivly_commerce.AsyncCommerce,
    resource: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    returns: type | None,
) -> None:
    call = attrgetter(f"{resource}.with_raw_response.{method}")(async_client)
    response = await call(*args, **kwargs)
    assert_documented(resource, method, response)
    parsed = response.parse()
    if returns is not None:
        assert isinstance(parsed, returns)


@pytest.mark.parametrize(SIGNATURE, OPERATIONS)
def test_not_found_raises(
    resource: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    returns: type | None,
) -> None:
    http_client = httpx.Client(transport=httpx.MockTransport(not_found))
    client = drivly_commerce.Commerce(
        api_key="test-credential",
        base_url="http://api.test",
        max_retries=0,
        http_client=http_client,
    )
    with client, pytest.raises(drivly_commerce.NotFoundError) as raised:
        getattr(attrgetter(resource)(client).with_raw_response, method)(*args, **kwargs)
    assert raised.value.status_code == 404
    assert raised.value.request_id == "req_test"
    assert "The requested resource was not found." in str(raised.value)


@pytest.mark.anyio
@pytest.mark.parametrize(SIGNATURE, OPERATIONS)
async def test_not_found_raises_async(
    resource: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    returns: type | None,
) -> None:
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(not_found))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential",
        base_url="http://api.test",
        max_retries=0,
        http_client=http_client,
    )
    async with client:
        with pytest.raises(drivly_commerce.NotFoundError) as raised:
            await getattr(attrgetter(resource)(client).with_raw_response, method)(
                *args, **kwargs
            )
    assert raised.value.status_code == 404
    assert "The requested resource was not found." in str(raised.value)


ADDRESSES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def addresses_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **ADDRESSES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_addresses_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=addresses_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.addresses.list())
    assert len(items) == 3 * len(ADDRESSES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_addresses_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=addresses_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.addresses.list()]
    assert len(items) == 3 * len(ADDRESSES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


ATTACHMENTS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def attachments_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **ATTACHMENTS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_attachments_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=attachments_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.attachments.list())
    assert len(items) == 3 * len(ATTACHMENTS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_attachments_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=attachments_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.attachments.list()]
    assert len(items) == 3 * len(ATTACHMENTS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


BRANDS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def brands_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **BRANDS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_brands_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=brands_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.brands.list())
    assert len(items) == 3 * len(BRANDS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_brands_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=brands_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.brands.list()]
    assert len(items) == 3 * len(BRANDS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CONTACTS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def contacts_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CONTACTS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_contacts_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=contacts_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.contacts.list())
    assert len(items) == 3 * len(CONTACTS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_contacts_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=contacts_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.contacts.list()]
    assert len(items) == 3 * len(CONTACTS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CREDIT_APPLICATIONS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def credit_applications_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CREDIT_APPLICATIONS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_credit_applications_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=credit_applications_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.credit_applications.list())
    assert len(items) == 3 * len(CREDIT_APPLICATIONS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_credit_applications_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=credit_applications_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.credit_applications.list()]
    assert len(items) == 3 * len(CREDIT_APPLICATIONS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_CALLS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_calls_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_CALLS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_calls_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_calls_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.calls.list())
    assert len(items) == 3 * len(CRM_CALLS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_calls_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_calls_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.calls.list()]
    assert len(items) == 3 * len(CRM_CALLS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_DEFINITIONS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_definitions_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_DEFINITIONS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_definitions_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_definitions_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.definitions.list())
    assert len(items) == 3 * len(CRM_DEFINITIONS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_definitions_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_definitions_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.definitions.list()]
    assert len(items) == 3 * len(CRM_DEFINITIONS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_HOLIDAYS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_holidays_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_HOLIDAYS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_holidays_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_holidays_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.holidays.list())
    assert len(items) == 3 * len(CRM_HOLIDAYS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_holidays_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_holidays_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.holidays.list()]
    assert len(items) == 3 * len(CRM_HOLIDAYS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_LEAD_EVENTS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_lead_events_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_LEAD_EVENTS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_lead_events_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_lead_events_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.lead_events.list())
    assert len(items) == 3 * len(CRM_LEAD_EVENTS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_lead_events_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_lead_events_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.lead_events.list()]
    assert len(items) == 3 * len(CRM_LEAD_EVENTS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_LEADS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_leads_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_LEADS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_leads_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_leads_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.leads.list())
    assert len(items) == 3 * len(CRM_LEADS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_leads_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_leads_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.leads.list()]
    assert len(items) == 3 * len(CRM_LEADS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_MEETINGS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_meetings_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_MEETINGS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_meetings_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_meetings_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.meetings.list())
    assert len(items) == 3 * len(CRM_MEETINGS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_meetings_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_meetings_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.meetings.list()]
    assert len(items) == 3 * len(CRM_MEETINGS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_MESSAGES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_messages_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_MESSAGES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_messages_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_messages_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.messages.list())
    assert len(items) == 3 * len(CRM_MESSAGES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_messages_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_messages_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.messages.list()]
    assert len(items) == 3 * len(CRM_MESSAGES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_QUIET_HOURS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_quiet_hours_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_QUIET_HOURS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_quiet_hours_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_quiet_hours_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.quiet_hours.list())
    assert len(items) == 3 * len(CRM_QUIET_HOURS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_quiet_hours_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_quiet_hours_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.quiet_hours.list()]
    assert len(items) == 3 * len(CRM_QUIET_HOURS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_SALES_REPS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_sales_reps_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_SALES_REPS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_sales_reps_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_sales_reps_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.sales_reps.list())
    assert len(items) == 3 * len(CRM_SALES_REPS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_sales_reps_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_sales_reps_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.sales_reps.list()]
    assert len(items) == 3 * len(CRM_SALES_REPS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_SEARCHES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_searches_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_SEARCHES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_searches_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_searches_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.searches.list())
    assert len(items) == 3 * len(CRM_SEARCHES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_searches_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_searches_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.searches.list()]
    assert len(items) == 3 * len(CRM_SEARCHES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_TEMPLATES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_templates_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_TEMPLATES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_templates_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_templates_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.templates.list())
    assert len(items) == 3 * len(CRM_TEMPLATES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_templates_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_templates_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.templates.list()]
    assert len(items) == 3 * len(CRM_TEMPLATES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_TRADES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_trades_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_TRADES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_trades_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_trades_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.trades.list())
    assert len(items) == 3 * len(CRM_TRADES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_trades_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_trades_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.trades.list()]
    assert len(items) == 3 * len(CRM_TRADES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_VDP_EMAILS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_vdp_emails_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_VDP_EMAILS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_vdp_emails_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_vdp_emails_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.vdp_emails.list())
    assert len(items) == 3 * len(CRM_VDP_EMAILS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_vdp_emails_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_vdp_emails_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.vdp_emails.list()]
    assert len(items) == 3 * len(CRM_VDP_EMAILS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_VEHICLES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_vehicles_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_VEHICLES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_vehicles_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_vehicles_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.vehicles.list())
    assert len(items) == 3 * len(CRM_VEHICLES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_vehicles_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_vehicles_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.vehicles.list()]
    assert len(items) == 3 * len(CRM_VEHICLES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CRM_WEB_EVENTS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def crm_web_events_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CRM_WEB_EVENTS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_crm_web_events_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=crm_web_events_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.crm.web_events.list())
    assert len(items) == 3 * len(CRM_WEB_EVENTS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_crm_web_events_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=crm_web_events_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.crm.web_events.list()]
    assert len(items) == 3 * len(CRM_WEB_EVENTS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


CUSTOMERS_LIST_PAGE: dict[str, Any] = {
    "docs": [
        {
            "id": 1042,
            "updatedAt": "2024-05-20T11:15:42.903Z",
            "createdAt": "2024-03-02T09:41:27.115Z",
            "customerId": "CUS-1042",
            "leads": [311, 318],
            "address": 87,
            "shippingContact": 54,
            "deals": [205],
            "createdBy": 3,
            "lastModifiedBy": 7,
            "email": "jane.doe@example.com",
            "phone": "+1 512 555 0143",
            "insurancePolicies": [19],
            "tenants": [1],
            "consumerStatus": "SOLD",
            "consumerFirstName": "Jane",
            "consumerMiddleName": "Marie",
            "consumerLastName": "Doe",
            "consumerSuffix": "Jr.",
            "consumerDateOfBirth": "1988-07-21T00:00:00.000Z",
            "consumerEducationLevel": "Bachelor's degree",
            "consumerVehicles": [642],
            "consumerPhoneType": "Mobile",
            "consumerDriversLicense": "D1234567",
            "consumerDriversLicenseState": "TX",
            "consumerDriversLicenseNumber": "D1234567",
            "consumerDriversLicenseExp": "2027-07-21T00:00:00.000Z",
            "consumerDriversLicenseExpiration": "2027-07-21T00:00:00.000Z",
            "consumerPreApprovals": [48],
            "consumerGetPreApproved": "Completed",
            "consumerProvideProofOfInsurance": "Pending",
            "consumerLoginToBank": "Not started",
            "consumerConnectCar": "Not started",
            "consumerProvideProofOfIncome": "Pending",
            "consumerConsumerId": "CON-88213",
            "consumerCreditApplicationId": "CA-55031",
            "deals2": [],
            "consumerSocialSecurity": "***-**-6789",
            "consumerDriversLicenceState": "TX",
            "consumerIncome": 85000,
            "consumerIncomeInterval": "Yearly",
            "consumerEmploymentStatusCode": "Full-time",
            "consumerEmploymentDuration": 36,
            "consumerEmployerName": "Acme Logistics",
            "consumerEmployerPhone": "+1 512 555 0199",
            "consumerEmploymentTitle": "Operations Manager",
            "consumerPreviousEmployerName": "Lone Star Freight",
            "consumerPreviousEmployerPhone": "+1 512 555 0177",
            "consumerPreviousEmploymentTitle": "Dispatcher",
            "consumerPreviousEmploymentDuration": 24,
            "consumerPreviousEmploymentincome": 52000,
            "consumerTimeAtResidence": 48,
            "consumerPreviousAddressLine1": "1200 Barton Springs Rd",
            "consumerPreviousAddressLine2": "Apt 4B",
            "consumerPreviousAddressCity": "Austin",
            "consumerPreviousAddressState": "TX",
            "consumerPreviousZip": "78704",
            "consumerPreviousAddressDuration": 30,
            "consumerResidenceType": "Rent",
            "consumerRentMortgage": 1850,
            "consumerOtherIncomeDescription": "Freelance consulting",
            "consumerOtherIncomeAmount": 6000,
            "consumerLeadSource": ["Driv.ly Website"],
            "companyName": None,
            "companyDealerDeals": [],
            "companyDealsFacilitated": [],
            "companyInsuranceQuotes": [],
            "companyType": [],
            "companyWebsite": None,
            "companyStripeConnectLink": None,
            "companyCustomerPortalLink": None,
            "companyServiceQuotes": [],
            "companyServiceOrders": None,
            "companyServiceQuotesPartners": [],
            "companyVisibility": None,
            "companyTenants2": [],
            "companyCustomer": [],
            "companyTrades": [],
            "companyTenants3": [],
            "companyPartnerBrand": None,
            "companyDeals3": [],
            "companyRouteOneDealer": None,
            "companyTransportServiceOrders": [],
        },
        {
            "id": 1043,
            "updatedAt": "2024-05-20T11:15:42.903Z",
            "createdAt": "2024-03-05T14:22:09.731Z",
            "customerId": "CUS-1043",
            "leads": [],
            "address": 88,
            "shippingContact": None,
            "deals": [209],
            "createdBy": 3,
            "lastModifiedBy": 7,
            "email": "sales@hillcountrymotors.example.com",
            "phone": "+1 512 555 0100",
            "insurancePolicies": [],
            "tenants": [1],
            "consumerStatus": "SOLD",
            "consumerFirstName": None,
            "consumerMiddleName": None,
            "consumerLastName": None,
            "consumerSuffix": None,
            "consumerDateOfBirth": None,
            "consumerEducationLevel": None,
            "consumerVehicles": [],
            "consumerPhoneType": None,
            "consumerDriversLicense": None,
            "consumerDriversLicenseState": None,
            "consumerDriversLicenseNumber": None,
            "consumerDriversLicenseExp": None,
            "consumerDriversLicenseExpiration": None,
            "consumerPreApprovals": [],
            "consumerGetPreApproved": None,
            "consumerProvideProofOfInsurance": None,
            "consumerLoginToBank": None,
            "consumerConnectCar": None,
            "consumerProvideProofOfIncome": None,
            "consumerConsumerId": None,
            "consumerCreditApplicationId": None,
            "deals2": [],
            "consumerSocialSecurity": None,
            "consumerDriversLicenceState": None,
            "consumerIncome": None,
            "consumerIncomeInterval": None,
            "consumerEmploymentStatusCode": None,
            "consumerEmploymentDuration": None,
            "consumerEmployerName": None,
            "consumerEmployerPhone": None,
            "consumerEmploymentTitle": None,
            "consumerPreviousEmployerName": None,
            "consumerPreviousEmployerPhone": None,
            "consumerPreviousEmploymentTitle": None,
            "consumerPreviousEmploymentDuration": None,
            "consumerPreviousEmploymentincome": None,
            "consumerTimeAtResidence": None,
            "consumerPreviousAddressLine1": None,
            "consumerPreviousAddressLine2": None,
            "consumerPreviousAddressCity": None,
            "consumerPreviousAddressState": None,
            "consumerPreviousZip": None,
            "consumerPreviousAddressDuration": None,
            "consumerResidenceType": None,
            "consumerRentMortgage": None,
            "consumerOtherIncomeDescription": None,
            "consumerOtherIncomeAmount": None,
            "consumerLeadSource": [],
            "companyName": "Hill Country Motors",
            "companyDealerDeals": [207],
            "companyDealsFacilitated": [],
            "companyInsuranceQuotes": [],
            "companyType": ["Dealer"],
            "companyWebsite": "https://hillcountrymotors.example.com",
            "companyStripeConnectLink": None,
            "companyCustomerPortalLink": None,
            "companyServiceQuotes": [],
            "companyServiceOrders": None,
            "companyServiceQuotesPartners": [],
            "companyVisibility": "Public",
            "companyTenants2": [],
            "companyCustomer": [],
            "companyTrades": [],
            "companyTenants3": [],
            "companyPartnerBrand": 9,
            "companyDeals3": [],
            "companyRouteOneDealer": "RO-44871",
            "companyTransportServiceOrders": [],
        },
    ],
    "totalDocs": 5,
    "limit": 2,
    "totalPages": 3,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": False,
    "hasNextPage": True,
    "prevPage": None,
    "nextPage": 2,
}


def customers_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CUSTOMERS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_customers_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=customers_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.customers.list())
    assert len(items) == 3 * len(CUSTOMERS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_customers_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=customers_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.customers.list()]
    assert len(items) == 3 * len(CUSTOMERS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


DEALS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def deals_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **DEALS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_deals_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=deals_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.deals.list())
    assert len(items) == 3 * len(DEALS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_deals_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=deals_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.deals.list()]
    assert len(items) == 3 * len(DEALS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


DMV_FEES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def dmv_fees_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **DMV_FEES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_dmv_fees_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=dmv_fees_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.dmv_fees.list())
    assert len(items) == 3 * len(DMV_FEES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_dmv_fees_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=dmv_fees_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.dmv_fees.list()]
    assert len(items) == 3 * len(DMV_FEES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


DOCUMENTS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def documents_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **DOCUMENTS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_documents_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=documents_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.documents.list())
    assert len(items) == 3 * len(DOCUMENTS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_documents_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=documents_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.documents.list()]
    assert len(items) == 3 * len(DOCUMENTS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


FEES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def fees_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **FEES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_fees_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=fees_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.fees.list())
    assert len(items) == 3 * len(FEES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_fees_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=fees_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.fees.list()]
    assert len(items) == 3 * len(FEES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


INSURANCE_POLICIES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def insurance_policies_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **INSURANCE_POLICIES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_insurance_policies_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=insurance_policies_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.insurance_policies.list())
    assert len(items) == 3 * len(INSURANCE_POLICIES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_insurance_policies_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=insurance_policies_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.insurance_policies.list()]
    assert len(items) == 3 * len(INSURANCE_POLICIES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


INSURANCE_QUOTES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def insurance_quotes_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **INSURANCE_QUOTES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_insurance_quotes_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=insurance_quotes_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.insurance_quotes.list())
    assert len(items) == 3 * len(INSURANCE_QUOTES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_insurance_quotes_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=insurance_quotes_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.insurance_quotes.list()]
    assert len(items) == 3 * len(INSURANCE_QUOTES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


LISTINGS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def listings_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **LISTINGS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_listings_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=listings_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.listings.list())
    assert len(items) == 3 * len(LISTINGS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_listings_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=listings_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.listings.list()]
    assert len(items) == 3 * len(LISTINGS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


LOCATIONS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def locations_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **LOCATIONS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_locations_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=locations_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.locations.list())
    assert len(items) == 3 * len(LOCATIONS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_locations_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=locations_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.locations.list()]
    assert len(items) == 3 * len(LOCATIONS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


PRE_APPROVALS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def pre_approvals_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **PRE_APPROVALS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_pre_approvals_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=pre_approvals_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.pre_approvals.list())
    assert len(items) == 3 * len(PRE_APPROVALS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_pre_approvals_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=pre_approvals_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.pre_approvals.list()]
    assert len(items) == 3 * len(PRE_APPROVALS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


SERVICE_ORDERS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def service_orders_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **SERVICE_ORDERS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_service_orders_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=service_orders_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.service_orders.list())
    assert len(items) == 3 * len(SERVICE_ORDERS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_service_orders_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=service_orders_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.service_orders.list()]
    assert len(items) == 3 * len(SERVICE_ORDERS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


SERVICE_QUOTES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def service_quotes_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **SERVICE_QUOTES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_service_quotes_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=service_quotes_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.service_quotes.list())
    assert len(items) == 3 * len(SERVICE_QUOTES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_service_quotes_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=service_quotes_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.service_quotes.list()]
    assert len(items) == 3 * len(SERVICE_QUOTES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


TAXES_AND_FEES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def taxes_and_fees_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **TAXES_AND_FEES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_taxes_and_fees_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=taxes_and_fees_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.taxes_and_fees.list())
    assert len(items) == 3 * len(TAXES_AND_FEES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_taxes_and_fees_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=taxes_and_fees_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.taxes_and_fees.list()]
    assert len(items) == 3 * len(TAXES_AND_FEES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


TENANTS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def tenants_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **TENANTS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_tenants_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=tenants_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.tenants.list())
    assert len(items) == 3 * len(TENANTS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_tenants_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=tenants_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.tenants.list()]
    assert len(items) == 3 * len(TENANTS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


TRADES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def trades_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **TRADES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_trades_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=trades_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.trades.list())
    assert len(items) == 3 * len(TRADES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_trades_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=trades_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.trades.list()]
    assert len(items) == 3 * len(TRADES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


VEHICLES_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def vehicles_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **VEHICLES_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_vehicles_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=vehicles_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.vehicles.list())
    assert len(items) == 3 * len(VEHICLES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_vehicles_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=vehicles_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.vehicles.list()]
    assert len(items) == 3 * len(VEHICLES_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


WEBHOOKS_LIST_PAGE: dict[str, Any] = {
    "docs": [{"id": 1}],
    "totalDocs": 1,
    "limit": 1,
    "totalPages": 1,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": True,
    "hasNextPage": True,
    "prevPage": 1,
    "nextPage": 1,
}


def webhooks_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **WEBHOOKS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_webhooks_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=webhooks_list_pages(requested))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.webhooks.list())
    assert len(items) == 3 * len(WEBHOOKS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_webhooks_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=webhooks_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.webhooks.list()]
    assert len(items) == 3 * len(WEBHOOKS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


def test_addresses_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_addresses_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.addresses.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_attachments_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.attachments.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_brands_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.brands.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_contacts_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.contacts.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_credit_applications_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.credit_applications.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_calls_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.calls.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_definitions_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.definitions.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_holidays_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.holidays.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_lead_events_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.lead_events.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_leads_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.leads.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_meetings_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.meetings.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_messages_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.messages.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_quiet_hours_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.quiet_hours.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_sales_reps_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.sales_reps.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_searches_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.searches.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_templates_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.templates.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_trades_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.trades.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vdp_emails_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vdp_emails.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_vehicles_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.vehicles.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_crm_web_events_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.crm.web_events.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {
        "body": {
            "email": "jane.doe@example.com",
            "phone": "+1 512 555 0143",
            "tenants": [1],
            "consumerStatus": "Working",
            "consumerFirstName": "Jane",
            "consumerLastName": "Doe",
            "consumerIncome": 85000,
            "consumerIncomeInterval": "Yearly",
            "consumerLeadSource": ["Driv.ly Website"],
        }
    }
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {
        "body": {
            "email": "jane.doe@example.com",
            "phone": "+1 512 555 0143",
            "tenants": [1],
            "consumerStatus": "Working",
            "consumerFirstName": "Jane",
            "consumerLastName": "Doe",
            "consumerIncome": 85000,
            "consumerIncomeInterval": "Yearly",
            "consumerLeadSource": ["Driv.ly Website"],
        }
    }
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"email": {"equals": "jane.doe@example.com"}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"email": {"equals": "jane.doe@example.com"}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"email": {"equals": "jane.doe@example.com"}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {
        "where": {"email": {"equals": "jane.doe@example.com"}},
        "body": {"consumerStatus": "SOLD"},
    }
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {
        "where": {"email": {"equals": "jane.doe@example.com"}},
        "body": {"consumerStatus": "SOLD"},
    }
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {
        "where": {"email": {"equals": "jane.doe@example.com"}},
        "body": {"consumerStatus": "SOLD"},
    }
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {
        "body": {"phone": "+1 512 555 0150", "consumerStatus": "SOLD"}
    }
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {
        "body": {"phone": "+1 512 555 0150", "consumerStatus": "SOLD"}
    }
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_deals_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.deals.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_dmv_fees_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.dmv_fees.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_documents_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.documents.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"id": 1}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"id": 1}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_fees_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.fees.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_policies_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_policies.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_insurance_quotes_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.insurance_quotes.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_listings_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.listings.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_locations_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.locations.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_pre_approvals_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.pre_approvals.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_orders_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_orders.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_service_quotes_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.service_quotes.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_taxes_and_fees_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.taxes_and_fees.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_tenants_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.tenants.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_trades_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.trades.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}, "body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_vehicles_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"body": {}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.vehicles.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_list_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.list(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_list_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.list(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_create_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.create(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_create_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.create(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_delete_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.delete_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_delete_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.delete_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_update_many_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.update_many(**arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_update_many_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"id": {"equals": 1042}}}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.update_many(**arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_retrieve_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.retrieve(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_retrieve_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.retrieve(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_delete_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.delete(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_delete_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.delete(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_update_sends_select_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["select"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.update(1042, **arguments)
    prefix = "select" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "select%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "select%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "select%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_webhooks_update_sends_populate_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        api_key="test-credential", base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["populate"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.webhooks.with_raw_response.update(1042, **arguments)
    prefix = "populate" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "populate%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "populate%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "populate%5Bage%5D%5Bgreater_than%5D=18"
    )
