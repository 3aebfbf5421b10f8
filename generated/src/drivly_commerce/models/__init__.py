"""Models of the Drivly Commerce API."""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .address_bulk_response import AddressBulkResponse
    from .address_delete_response import AddressDeleteResponse
    from .address_doc_response import AddressDocResponse
    from .address_page import AddressPage
    from .address_sort import AddressSort
    from .address_where import AddressWhere
    from .attachment_bulk_response import AttachmentBulkResponse
    from .attachment_delete_response import AttachmentDeleteResponse
    from .attachment_doc_response import AttachmentDocResponse
    from .attachment_page import AttachmentPage
    from .attachment_sort import AttachmentSort
    from .attachment_status import AttachmentStatus
    from .attachment_where import AttachmentWhere
    from .boolean_query import BooleanQuery
    from .brand_bulk_response import BrandBulkResponse
    from .brand_delete_response import BrandDeleteResponse
    from .brand_doc_response import BrandDocResponse
    from .brand_page import BrandPage
    from .brand_sort import BrandSort
    from .brand_status import BrandStatus
    from .brand_where import BrandWhere
    from .bulk_error import BulkError
    from .call_bulk_response import CallBulkResponse
    from .call_delete_response import CallDeleteResponse
    from .call_doc_response import CallDocResponse
    from .call_page import CallPage
    from .call_sort import CallSort
    from .call_where import CallWhere
    from .contact_bulk_response import ContactBulkResponse
    from .contact_delete_response import ContactDeleteResponse
    from .contact_doc_response import ContactDocResponse
    from .contact_page import ContactPage
    from .contact_sort import ContactSort
    from .contact_status import ContactStatus
    from .contact_type import ContactType
    from .contact_where import ContactWhere
    from .count import Count
    from .credit_application_address import CreditApplicationAddress
    from .credit_application_address_state import CreditApplicationAddressState
    from .credit_application_applicant_additional_income_frequency import (
        CreditApplicationApplicantAdditionalIncomeFrequency,
    )
    from .credit_application_applicant_relationship_type import (
        CreditApplicationApplicantRelationshipType,
    )
    from .credit_application_application_type import CreditApplicationApplicationType
    from .credit_application_bulk_response import CreditApplicationBulkResponse
    from .credit_application_delete_response import CreditApplicationDeleteResponse
    from .credit_application_doc_response import CreditApplicationDocResponse
    from .credit_application_employment import CreditApplicationEmployment
    from .credit_application_employment_employment_type import (
        CreditApplicationEmploymentEmploymentType,
    )
    from .credit_application_environment import CreditApplicationEnvironment
    from .credit_application_lien import CreditApplicationLien
    from .credit_application_log import CreditApplicationLog
    from .credit_application_page import CreditApplicationPage
    from .credit_application_rate import CreditApplicationRate
    from .credit_application_required_fields import CreditApplicationRequiredFields
    from .credit_application_residence import CreditApplicationResidence
    from .credit_application_residence_ownership_status import (
        CreditApplicationResidenceOwnershipStatus,
    )
    from .credit_application_sort import CreditApplicationSort
    from .credit_application_state import CreditApplicationState
    from .credit_application_terms import CreditApplicationTerms
    from .credit_application_vehicle import CreditApplicationVehicle
    from .credit_application_where import CreditApplicationWhere
    from .crm_trade import CrmTrade
    from .crm_trade_bulk_response import CrmTradeBulkResponse
    from .crm_trade_delete_response import CrmTradeDeleteResponse
    from .crm_trade_doc_response import CrmTradeDocResponse
    from .crm_trade_page import CrmTradePage
    from .crm_trade_sort import CrmTradeSort
    from .crm_trade_where import CrmTradeWhere
    from .crm_vehicle_bulk_response import CrmVehicleBulkResponse
    from .crm_vehicle_delete_response import CrmVehicleDeleteResponse
    from .crm_vehicle_doc_response import CrmVehicleDocResponse
    from .crm_vehicle_page import CrmVehiclePage
    from .crm_vehicle_reason import CrmVehicleReason
    from .crm_vehicle_sort import CrmVehicleSort
    from .crm_vehicle_status import CrmVehicleStatus
    from .crm_vehicle_where import CrmVehicleWhere
    from .customer import (
        Address,
        AddressParams,
        Attachment,
        Brand,
        Call,
        CallParams,
        Contact,
        ContactParams,
        CreditApplication,
        CreditApplicationApplicant,
        CreditApplicationParams,
        CrmVehicle,
        CrmVehicleParams,
        Customer,
        CustomerParams,
        Deal,
        DealParams,
        DmvFee,
        InsurancePolicy,
        InsuranceQuote,
        Lead,
        LeadEvent,
        LeadParams,
        Listing,
        ListingParams,
        Location,
        Meeting,
        Message,
        MessageParams,
        PreApproval,
        PreApprovalParams,
        SalesRep,
        SalesRepParams,
        Search,
        SearchParams,
        ServiceOrder,
        ServiceOrderParams,
        ServiceQuote,
        ServiceQuoteParams,
        TaxesAndFee,
        TaxesAndFeeParams,
        Template,
        Tenant,
        TenantParams,
        Trade,
        TradeParams,
        VdpEmail,
        Vehicle,
        VehicleParams,
        Webhook,
    )
    from .customer_bulk_response import CustomerBulkResponse
    from .customer_company_type import CustomerCompanyType
    from .customer_consumer_lead_source import CustomerConsumerLeadSource
    from .customer_consumer_status import CustomerConsumerStatus
    from .customer_delete_response import CustomerDeleteResponse
    from .customer_doc_response import CustomerDocResponse
    from .customer_page import CustomerPage
    from .customer_sort import CustomerSort
    from .customer_where import CustomerWhere
    from .date_query import DateQuery
    from .deal_bulk_response import DealBulkResponse
    from .deal_delete_response import DealDeleteResponse
    from .deal_doc_response import DealDocResponse
    from .deal_page import DealPage
    from .deal_sort import DealSort
    from .deal_type import DealType
    from .deal_where import DealWhere
    from .definition import Definition
    from .definition_bulk_response import DefinitionBulkResponse
    from .definition_delete_response import DefinitionDeleteResponse
    from .definition_doc_response import DefinitionDocResponse
    from .definition_model import DefinitionModel
    from .definition_page import DefinitionPage
    from .definition_sort import DefinitionSort
    from .definition_where import DefinitionWhere
    from .dmv_fee_bulk_response import DmvFeeBulkResponse
    from .dmv_fee_delete_response import DmvFeeDeleteResponse
    from .dmv_fee_doc_response import DmvFeeDocResponse
    from .dmv_fee_page import DmvFeePage
    from .dmv_fee_sort import DmvFeeSort
    from .dmv_fee_where import DmvFeeWhere
    from .document import Document
    from .document_bulk_response import DocumentBulkResponse
    from .document_delete_response import DocumentDeleteResponse
    from .document_doc_response import DocumentDocResponse
    from .document_page import DocumentPage
    from .document_sort import DocumentSort
    from .document_where import DocumentWhere
    from .error import Error
    from .error_item import ErrorItem
    from .fee import Fee
    from .fee_bulk_response import FeeBulkResponse
    from .fee_delete_response import FeeDeleteResponse
    from .fee_doc_response import FeeDocResponse
    from .fee_page import FeePage
    from .fee_sort import FeeSort
    from .fee_update import FeeUpdate
    from .fee_where import FeeWhere
    from .field_query import FieldQuery
    from .holiday import Holiday
    from .holiday_bulk_response import HolidayBulkResponse
    from .holiday_delete_response import HolidayDeleteResponse
    from .holiday_doc_response import HolidayDocResponse
    from .holiday_page import HolidayPage
    from .holiday_sort import HolidaySort
    from .holiday_where import HolidayWhere
    from .id import Id
    from .id_list import IdList
    from .insurance_policy_bulk_response import InsurancePolicyBulkResponse
    from .insurance_policy_delete_response import InsurancePolicyDeleteResponse
    from .insurance_policy_doc_response import InsurancePolicyDocResponse
    from .insurance_policy_page import InsurancePolicyPage
    from .insurance_policy_sort import InsurancePolicySort
    from .insurance_policy_where import InsurancePolicyWhere
    from .insurance_quote_bulk_response import InsuranceQuoteBulkResponse
    from .insurance_quote_delete_response import InsuranceQuoteDeleteResponse
    from .insurance_quote_doc_response import InsuranceQuoteDocResponse
    from .insurance_quote_page import InsuranceQuotePage
    from .insurance_quote_sort import InsuranceQuoteSort
    from .insurance_quote_where import InsuranceQuoteWhere
    from .json_query import JsonQuery
    from .lead_body_style import LeadBodyStyle
    from .lead_bulk_response import LeadBulkResponse
    from .lead_car_style import LeadCarStyle
    from .lead_comfort import LeadComfort
    from .lead_delete_response import LeadDeleteResponse
    from .lead_doc_response import LeadDocResponse
    from .lead_drivetrain import LeadDrivetrain
    from .lead_entertainment import LeadEntertainment
    from .lead_event_bulk_response import LeadEventBulkResponse
    from .lead_event_delete_response import LeadEventDeleteResponse
    from .lead_event_doc_response import LeadEventDocResponse
    from .lead_event_page import LeadEventPage
    from .lead_event_sort import LeadEventSort
    from .lead_event_status import LeadEventStatus
    from .lead_event_type import LeadEventType
    from .lead_event_where import LeadEventWhere
    from .lead_exterior import LeadExterior
    from .lead_fuel_type import LeadFuelType
    from .lead_interior import LeadInterior
    from .lead_page import LeadPage
    from .lead_process_statuses import LeadProcessStatuses
    from .lead_reason import LeadReason
    from .lead_safety import LeadSafety
    from .lead_sort import LeadSort
    from .lead_suv_style import LeadSuvStyle
    from .lead_time_to_purchase import LeadTimeToPurchase
    from .lead_transmission import LeadTransmission
    from .lead_truck_style import LeadTruckStyle
    from .lead_utility import LeadUtility
    from .lead_van_style import LeadVanStyle
    from .lead_where import LeadWhere
    from .listing_bulk_response import ListingBulkResponse
    from .listing_delete_response import ListingDeleteResponse
    from .listing_doc_response import ListingDocResponse
    from .listing_page import ListingPage
    from .listing_sort import ListingSort
    from .listing_where import ListingWhere
    from .location_bulk_response import LocationBulkResponse
    from .location_delete_response import LocationDeleteResponse
    from .location_doc_response import LocationDocResponse
    from .location_page import LocationPage
    from .location_sort import LocationSort
    from .location_where import LocationWhere
    from .meeting_bulk_response import MeetingBulkResponse
    from .meeting_delete_response import MeetingDeleteResponse
    from .meeting_doc_response import MeetingDocResponse
    from .meeting_page import MeetingPage
    from .meeting_sort import MeetingSort
    from .meeting_where import MeetingWhere
    from .message_bulk_response import MessageBulkResponse
    from .message_delete_response import MessageDeleteResponse
    from .message_doc_response import MessageDocResponse
    from .message_page import MessagePage
    from .message_sort import MessageSort
    from .message_status import MessageStatus
    from .message_where import MessageWhere
    from .number_list import NumberList
    from .number_query import NumberQuery
    from .populate import Populate
    from .pre_approval_bulk_response import PreApprovalBulkResponse
    from .pre_approval_delete_response import PreApprovalDeleteResponse
    from .pre_approval_doc_response import PreApprovalDocResponse
    from .pre_approval_page import PreApprovalPage
    from .pre_approval_segmentation_band import PreApprovalSegmentationBand
    from .pre_approval_sort import PreApprovalSort
    from .pre_approval_state import PreApprovalState
    from .pre_approval_status import PreApprovalStatus
    from .pre_approval_suffix import PreApprovalSuffix
    from .pre_approval_where import PreApprovalWhere
    from .quiet_hour import QuietHour
    from .quiet_hour_bulk_response import QuietHourBulkResponse
    from .quiet_hour_delete_response import QuietHourDeleteResponse
    from .quiet_hour_doc_response import QuietHourDocResponse
    from .quiet_hour_page import QuietHourPage
    from .quiet_hour_sort import QuietHourSort
    from .quiet_hour_where import QuietHourWhere
    from .relationship_query import RelationshipQuery
    from .sales_rep_bulk_response import SalesRepBulkResponse
    from .sales_rep_credit_bands import SalesRepCreditBands
    from .sales_rep_delete_response import SalesRepDeleteResponse
    from .sales_rep_doc_response import SalesRepDocResponse
    from .sales_rep_page import SalesRepPage
    from .sales_rep_sort import SalesRepSort
    from .sales_rep_where import SalesRepWhere
    from .search_acceptable_colors import SearchAcceptableColors
    from .search_acceptable_interior import SearchAcceptableInterior
    from .search_body_style import SearchBodyStyle
    from .search_bulk_response import SearchBulkResponse
    from .search_delete_response import SearchDeleteResponse
    from .search_doc_response import SearchDocResponse
    from .search_drive import SearchDrive
    from .search_new_or_used import SearchNewOrUsed
    from .search_page import SearchPage
    from .search_required_options import SearchRequiredOptions
    from .search_sort import SearchSort
    from .search_status import SearchStatus
    from .search_transmission import SearchTransmission
    from .search_where import SearchWhere
    from .select import Select
    from .select_query import SelectQuery
    from .service_order_bulk_response import ServiceOrderBulkResponse
    from .service_order_delete_response import ServiceOrderDeleteResponse
    from .service_order_doc_response import ServiceOrderDocResponse
    from .service_order_page import ServiceOrderPage
    from .service_order_sort import ServiceOrderSort
    from .service_order_status import ServiceOrderStatus
    from .service_order_type import ServiceOrderType
    from .service_order_where import ServiceOrderWhere
    from .service_quote_bulk_response import ServiceQuoteBulkResponse
    from .service_quote_delete_response import ServiceQuoteDeleteResponse
    from .service_quote_doc_response import ServiceQuoteDocResponse
    from .service_quote_page import ServiceQuotePage
    from .service_quote_sort import ServiceQuoteSort
    from .service_quote_status import ServiceQuoteStatus
    from .service_quote_type import ServiceQuoteType
    from .service_quote_where import ServiceQuoteWhere
    from .taxes_and_fee_bulk_response import TaxesAndFeeBulkResponse
    from .taxes_and_fee_delete_response import TaxesAndFeeDeleteResponse
    from .taxes_and_fee_doc_response import TaxesAndFeeDocResponse
    from .taxes_and_fee_page import TaxesAndFeePage
    from .taxes_and_fee_sort import TaxesAndFeeSort
    from .taxes_and_fee_where import TaxesAndFeeWhere
    from .template_bulk_response import TemplateBulkResponse
    from .template_choice import TemplateChoice
    from .template_delete_response import TemplateDeleteResponse
    from .template_doc_response import TemplateDocResponse
    from .template_page import TemplatePage
    from .template_sort import TemplateSort
    from .template_type import TemplateType
    from .template_where import TemplateWhere
    from .tenant_bulk_response import TenantBulkResponse
    from .tenant_delete_response import TenantDeleteResponse
    from .tenant_doc_response import TenantDocResponse
    from .tenant_page import TenantPage
    from .tenant_sort import TenantSort
    from .tenant_where import TenantWhere
    from .text_list import TextList
    from .text_query import TextQuery
    from .trade_bulk_response import TradeBulkResponse
    from .trade_delete_response import TradeDeleteResponse
    from .trade_doc_response import TradeDocResponse
    from .trade_page import TradePage
    from .trade_sort import TradeSort
    from .trade_status import TradeStatus
    from .trade_where import TradeWhere
    from .user import User
    from .user_session import UserSession
    from .vdp_email_bulk_response import VdpEmailBulkResponse
    from .vdp_email_delete_response import VdpEmailDeleteResponse
    from .vdp_email_doc_response import VdpEmailDocResponse
    from .vdp_email_page import VdpEmailPage
    from .vdp_email_sort import VdpEmailSort
    from .vdp_email_status import VdpEmailStatus
    from .vdp_email_where import VdpEmailWhere
    from .vehicle_bulk_response import VehicleBulkResponse
    from .vehicle_delete_response import VehicleDeleteResponse
    from .vehicle_doc_response import VehicleDocResponse
    from .vehicle_page import VehiclePage
    from .vehicle_sort import VehicleSort
    from .vehicle_status import VehicleStatus
    from .vehicle_where import VehicleWhere
    from .web_event import WebEvent
    from .web_event_bulk_response import WebEventBulkResponse
    from .web_event_delete_response import WebEventDeleteResponse
    from .web_event_doc_response import WebEventDocResponse
    from .web_event_page import WebEventPage
    from .web_event_sort import WebEventSort
    from .web_event_where import WebEventWhere
    from .webhook_bulk_response import WebhookBulkResponse
    from .webhook_delete_response import WebhookDeleteResponse
    from .webhook_doc_response import WebhookDocResponse
    from .webhook_page import WebhookPage
    from .webhook_sort import WebhookSort
    from .webhook_where import WebhookWhere

__all__ = [
    "Address",
    "AddressBulkResponse",
    "AddressDeleteResponse",
    "AddressDocResponse",
    "AddressPage",
    "AddressParams",
    "AddressSort",
    "AddressWhere",
    "Attachment",
    "AttachmentBulkResponse",
    "AttachmentDeleteResponse",
    "AttachmentDocResponse",
    "AttachmentPage",
    "AttachmentSort",
    "AttachmentStatus",
    "AttachmentWhere",
    "BooleanQuery",
    "Brand",
    "BrandBulkResponse",
    "BrandDeleteResponse",
    "BrandDocResponse",
    "BrandPage",
    "BrandSort",
    "BrandStatus",
    "BrandWhere",
    "BulkError",
    "Call",
    "CallBulkResponse",
    "CallDeleteResponse",
    "CallDocResponse",
    "CallPage",
    "CallParams",
    "CallSort",
    "CallWhere",
    "Contact",
    "ContactBulkResponse",
    "ContactDeleteResponse",
    "ContactDocResponse",
    "ContactPage",
    "ContactParams",
    "ContactSort",
    "ContactStatus",
    "ContactType",
    "ContactWhere",
    "Count",
    "CreditApplication",
    "CreditApplicationAddress",
    "CreditApplicationAddressState",
    "CreditApplicationApplicant",
    "CreditApplicationApplicantAdditionalIncomeFrequency",
    "CreditApplicationApplicantRelationshipType",
    "CreditApplicationApplicationType",
    "CreditApplicationBulkResponse",
    "CreditApplicationDeleteResponse",
    "CreditApplicationDocResponse",
    "CreditApplicationEmployment",
    "CreditApplicationEmploymentEmploymentType",
    "CreditApplicationEnvironment",
    "CreditApplicationLien",
    "CreditApplicationLog",
    "CreditApplicationPage",
    "CreditApplicationParams",
    "CreditApplicationRate",
    "CreditApplicationRequiredFields",
    "CreditApplicationResidence",
    "CreditApplicationResidenceOwnershipStatus",
    "CreditApplicationSort",
    "CreditApplicationState",
    "CreditApplicationTerms",
    "CreditApplicationVehicle",
    "CreditApplicationWhere",
    "CrmTrade",
    "CrmTradeBulkResponse",
    "CrmTradeDeleteResponse",
    "CrmTradeDocResponse",
    "CrmTradePage",
    "CrmTradeSort",
    "CrmTradeWhere",
    "CrmVehicle",
    "CrmVehicleBulkResponse",
    "CrmVehicleDeleteResponse",
    "CrmVehicleDocResponse",
    "CrmVehiclePage",
    "CrmVehicleParams",
    "CrmVehicleReason",
    "CrmVehicleSort",
    "CrmVehicleStatus",
    "CrmVehicleWhere",
    "Customer",
    "CustomerBulkResponse",
    "CustomerCompanyType",
    "CustomerConsumerLeadSource",
    "CustomerConsumerStatus",
    "CustomerDeleteResponse",
    "CustomerDocResponse",
    "CustomerPage",
    "CustomerParams",
    "CustomerSort",
    "CustomerWhere",
    "DateQuery",
    "Deal",
    "DealBulkResponse",
    "DealDeleteResponse",
    "DealDocResponse",
    "DealPage",
    "DealParams",
    "DealSort",
    "DealType",
    "DealWhere",
    "Definition",
    "DefinitionBulkResponse",
    "DefinitionDeleteResponse",
    "DefinitionDocResponse",
    "DefinitionModel",
    "DefinitionPage",
    "DefinitionSort",
    "DefinitionWhere",
    "DmvFee",
    "DmvFeeBulkResponse",
    "DmvFeeDeleteResponse",
    "DmvFeeDocResponse",
    "DmvFeePage",
    "DmvFeeSort",
    "DmvFeeWhere",
    "Document",
    "DocumentBulkResponse",
    "DocumentDeleteResponse",
    "DocumentDocResponse",
    "DocumentPage",
    "DocumentSort",
    "DocumentWhere",
    "Error",
    "ErrorItem",
    "Fee",
    "FeeBulkResponse",
    "FeeDeleteResponse",
    "FeeDocResponse",
    "FeePage",
    "FeeSort",
    "FeeUpdate",
    "FeeWhere",
    "FieldQuery",
    "Holiday",
    "HolidayBulkResponse",
    "HolidayDeleteResponse",
    "HolidayDocResponse",
    "HolidayPage",
    "HolidaySort",
    "HolidayWhere",
    "Id",
    "IdList",
    "InsurancePolicy",
    "InsurancePolicyBulkResponse",
    "InsurancePolicyDeleteResponse",
    "InsurancePolicyDocResponse",
    "InsurancePolicyPage",
    "InsurancePolicySort",
    "InsurancePolicyWhere",
    "InsuranceQuote",
    "InsuranceQuoteBulkResponse",
    "InsuranceQuoteDeleteResponse",
    "InsuranceQuoteDocResponse",
    "InsuranceQuotePage",
    "InsuranceQuoteSort",
    "InsuranceQuoteWhere",
    "JsonQuery",
    "Lead",
    "LeadBodyStyle",
    "LeadBulkResponse",
    "LeadCarStyle",
    "LeadComfort",
    "LeadDeleteResponse",
    "LeadDocResponse",
    "LeadDrivetrain",
    "LeadEntertainment",
    "LeadEvent",
    "LeadEventBulkResponse",
    "LeadEventDeleteResponse",
    "LeadEventDocResponse",
    "LeadEventPage",
    "LeadEventSort",
    "LeadEventStatus",
    "LeadEventType",
    "LeadEventWhere",
    "LeadExterior",
    "LeadFuelType",
    "LeadInterior",
    "LeadPage",
    "LeadParams",
    "LeadProcessStatuses",
    "LeadReason",
    "LeadSafety",
    "LeadSort",
    "LeadSuvStyle",
    "LeadTimeToPurchase",
    "LeadTransmission",
    "LeadTruckStyle",
    "LeadUtility",
    "LeadVanStyle",
    "LeadWhere",
    "Listing",
    "ListingBulkResponse",
    "ListingDeleteResponse",
    "ListingDocResponse",
    "ListingPage",
    "ListingParams",
    "ListingSort",
    "ListingWhere",
    "Location",
    "LocationBulkResponse",
    "LocationDeleteResponse",
    "LocationDocResponse",
    "LocationPage",
    "LocationSort",
    "LocationWhere",
    "Meeting",
    "MeetingBulkResponse",
    "MeetingDeleteResponse",
    "MeetingDocResponse",
    "MeetingPage",
    "MeetingSort",
    "MeetingWhere",
    "Message",
    "MessageBulkResponse",
    "MessageDeleteResponse",
    "MessageDocResponse",
    "MessagePage",
    "MessageParams",
    "MessageSort",
    "MessageStatus",
    "MessageWhere",
    "NumberList",
    "NumberQuery",
    "Populate",
    "PreApproval",
    "PreApprovalBulkResponse",
    "PreApprovalDeleteResponse",
    "PreApprovalDocResponse",
    "PreApprovalPage",
    "PreApprovalParams",
    "PreApprovalSegmentationBand",
    "PreApprovalSort",
    "PreApprovalState",
    "PreApprovalStatus",
    "PreApprovalSuffix",
    "PreApprovalWhere",
    "QuietHour",
    "QuietHourBulkResponse",
    "QuietHourDeleteResponse",
    "QuietHourDocResponse",
    "QuietHourPage",
    "QuietHourSort",
    "QuietHourWhere",
    "RelationshipQuery",
    "SalesRep",
    "SalesRepBulkResponse",
    "SalesRepCreditBands",
    "SalesRepDeleteResponse",
    "SalesRepDocResponse",
    "SalesRepPage",
    "SalesRepParams",
    "SalesRepSort",
    "SalesRepWhere",
    "Search",
    "SearchAcceptableColors",
    "SearchAcceptableInterior",
    "SearchBodyStyle",
    "SearchBulkResponse",
    "SearchDeleteResponse",
    "SearchDocResponse",
    "SearchDrive",
    "SearchNewOrUsed",
    "SearchPage",
    "SearchParams",
    "SearchRequiredOptions",
    "SearchSort",
    "SearchStatus",
    "SearchTransmission",
    "SearchWhere",
    "Select",
    "SelectQuery",
    "ServiceOrder",
    "ServiceOrderBulkResponse",
    "ServiceOrderDeleteResponse",
    "ServiceOrderDocResponse",
    "ServiceOrderPage",
    "ServiceOrderParams",
    "ServiceOrderSort",
    "ServiceOrderStatus",
    "ServiceOrderType",
    "ServiceOrderWhere",
    "ServiceQuote",
    "ServiceQuoteBulkResponse",
    "ServiceQuoteDeleteResponse",
    "ServiceQuoteDocResponse",
    "ServiceQuotePage",
    "ServiceQuoteParams",
    "ServiceQuoteSort",
    "ServiceQuoteStatus",
    "ServiceQuoteType",
    "ServiceQuoteWhere",
    "TaxesAndFee",
    "TaxesAndFeeBulkResponse",
    "TaxesAndFeeDeleteResponse",
    "TaxesAndFeeDocResponse",
    "TaxesAndFeePage",
    "TaxesAndFeeParams",
    "TaxesAndFeeSort",
    "TaxesAndFeeWhere",
    "Template",
    "TemplateBulkResponse",
    "TemplateChoice",
    "TemplateDeleteResponse",
    "TemplateDocResponse",
    "TemplatePage",
    "TemplateSort",
    "TemplateType",
    "TemplateWhere",
    "Tenant",
    "TenantBulkResponse",
    "TenantDeleteResponse",
    "TenantDocResponse",
    "TenantPage",
    "TenantParams",
    "TenantSort",
    "TenantWhere",
    "TextList",
    "TextQuery",
    "Trade",
    "TradeBulkResponse",
    "TradeDeleteResponse",
    "TradeDocResponse",
    "TradePage",
    "TradeParams",
    "TradeSort",
    "TradeStatus",
    "TradeWhere",
    "User",
    "UserSession",
    "VdpEmail",
    "VdpEmailBulkResponse",
    "VdpEmailDeleteResponse",
    "VdpEmailDocResponse",
    "VdpEmailPage",
    "VdpEmailSort",
    "VdpEmailStatus",
    "VdpEmailWhere",
    "Vehicle",
    "VehicleBulkResponse",
    "VehicleDeleteResponse",
    "VehicleDocResponse",
    "VehiclePage",
    "VehicleParams",
    "VehicleSort",
    "VehicleStatus",
    "VehicleWhere",
    "WebEvent",
    "WebEventBulkResponse",
    "WebEventDeleteResponse",
    "WebEventDocResponse",
    "WebEventPage",
    "WebEventSort",
    "WebEventWhere",
    "Webhook",
    "WebhookBulkResponse",
    "WebhookDeleteResponse",
    "WebhookDocResponse",
    "WebhookPage",
    "WebhookSort",
    "WebhookWhere",
]

# The module of every name, imported on first use: importing the SDK imports none of them.
_MODULES = {
    "AddressBulkResponse": ".address_bulk_response",
    "AddressDeleteResponse": ".address_delete_response",
    "AddressDocResponse": ".address_doc_response",
    "AddressPage": ".address_page",
    "AddressSort": ".address_sort",
    "AddressWhere": ".address_where",
    "AttachmentBulkResponse": ".attachment_bulk_response",
    "AttachmentDeleteResponse": ".attachment_delete_response",
    "AttachmentDocResponse": ".attachment_doc_response",
    "AttachmentPage": ".attachment_page",
    "AttachmentSort": ".attachment_sort",
    "AttachmentStatus": ".attachment_status",
    "AttachmentWhere": ".attachment_where",
    "BooleanQuery": ".boolean_query",
    "BrandBulkResponse": ".brand_bulk_response",
    "BrandDeleteResponse": ".brand_delete_response",
    "BrandDocResponse": ".brand_doc_response",
    "BrandPage": ".brand_page",
    "BrandSort": ".brand_sort",
    "BrandStatus": ".brand_status",
    "BrandWhere": ".brand_where",
    "BulkError": ".bulk_error",
    "CallBulkResponse": ".call_bulk_response",
    "CallDeleteResponse": ".call_delete_response",
    "CallDocResponse": ".call_doc_response",
    "CallPage": ".call_page",
    "CallSort": ".call_sort",
    "CallWhere": ".call_where",
    "ContactBulkResponse": ".contact_bulk_response",
    "ContactDeleteResponse": ".contact_delete_response",
    "ContactDocResponse": ".contact_doc_response",
    "ContactPage": ".contact_page",
    "ContactSort": ".contact_sort",
    "ContactStatus": ".contact_status",
    "ContactType": ".contact_type",
    "ContactWhere": ".contact_where",
    "Count": ".count",
    "CreditApplicationAddress": ".credit_application_address",
    "CreditApplicationAddressState": ".credit_application_address_state",
    "CreditApplicationApplicantAdditionalIncomeFrequency": ".credit_application_applicant_additional_income_frequency",
    "CreditApplicationApplicantRelationshipType": ".credit_application_applicant_relationship_type",
    "CreditApplicationApplicationType": ".credit_application_application_type",
    "CreditApplicationBulkResponse": ".credit_application_bulk_response",
    "CreditApplicationDeleteResponse": ".credit_application_delete_response",
    "CreditApplicationDocResponse": ".credit_application_doc_response",
    "CreditApplicationEmployment": ".credit_application_employment",
    "CreditApplicationEmploymentEmploymentType": ".credit_application_employment_employment_type",
    "CreditApplicationEnvironment": ".credit_application_environment",
    "CreditApplicationLien": ".credit_application_lien",
    "CreditApplicationLog": ".credit_application_log",
    "CreditApplicationPage": ".credit_application_page",
    "CreditApplicationRate": ".credit_application_rate",
    "CreditApplicationRequiredFields": ".credit_application_required_fields",
    "CreditApplicationResidence": ".credit_application_residence",
    "CreditApplicationResidenceOwnershipStatus": ".credit_application_residence_ownership_status",
    "CreditApplicationSort": ".credit_application_sort",
    "CreditApplicationState": ".credit_application_state",
    "CreditApplicationTerms": ".credit_application_terms",
    "CreditApplicationVehicle": ".credit_application_vehicle",
    "CreditApplicationWhere": ".credit_application_where",
    "CrmTrade": ".crm_trade",
    "CrmTradeBulkResponse": ".crm_trade_bulk_response",
    "CrmTradeDeleteResponse": ".crm_trade_delete_response",
    "CrmTradeDocResponse": ".crm_trade_doc_response",
    "CrmTradePage": ".crm_trade_page",
    "CrmTradeSort": ".crm_trade_sort",
    "CrmTradeWhere": ".crm_trade_where",
    "CrmVehicleBulkResponse": ".crm_vehicle_bulk_response",
    "CrmVehicleDeleteResponse": ".crm_vehicle_delete_response",
    "CrmVehicleDocResponse": ".crm_vehicle_doc_response",
    "CrmVehiclePage": ".crm_vehicle_page",
    "CrmVehicleReason": ".crm_vehicle_reason",
    "CrmVehicleSort": ".crm_vehicle_sort",
    "CrmVehicleStatus": ".crm_vehicle_status",
    "CrmVehicleWhere": ".crm_vehicle_where",
    "Address": ".customer",
    "AddressParams": ".customer",
    "Attachment": ".customer",
    "Brand": ".customer",
    "Call": ".customer",
    "CallParams": ".customer",
    "Contact": ".customer",
    "ContactParams": ".customer",
    "CreditApplication": ".customer",
    "CreditApplicationApplicant": ".customer",
    "CreditApplicationParams": ".customer",
    "CrmVehicle": ".customer",
    "CrmVehicleParams": ".customer",
    "Customer": ".customer",
    "CustomerParams": ".customer",
    "Deal": ".customer",
    "DealParams": ".customer",
    "DmvFee": ".customer",
    "InsurancePolicy": ".customer",
    "InsuranceQuote": ".customer",
    "Lead": ".customer",
    "LeadEvent": ".customer",
    "LeadParams": ".customer",
    "Listing": ".customer",
    "ListingParams": ".customer",
    "Location": ".customer",
    "Meeting": ".customer",
    "Message": ".customer",
    "MessageParams": ".customer",
    "PreApproval": ".customer",
    "PreApprovalParams": ".customer",
    "SalesRep": ".customer",
    "SalesRepParams": ".customer",
    "Search": ".customer",
    "SearchParams": ".customer",
    "ServiceOrder": ".customer",
    "ServiceOrderParams": ".customer",
    "ServiceQuote": ".customer",
    "ServiceQuoteParams": ".customer",
    "TaxesAndFee": ".customer",
    "TaxesAndFeeParams": ".customer",
    "Template": ".customer",
    "Tenant": ".customer",
    "TenantParams": ".customer",
    "Trade": ".customer",
    "TradeParams": ".customer",
    "VdpEmail": ".customer",
    "Vehicle": ".customer",
    "VehicleParams": ".customer",
    "Webhook": ".customer",
    "CustomerBulkResponse": ".customer_bulk_response",
    "CustomerCompanyType": ".customer_company_type",
    "CustomerConsumerLeadSource": ".customer_consumer_lead_source",
    "CustomerConsumerStatus": ".customer_consumer_status",
    "CustomerDeleteResponse": ".customer_delete_response",
    "CustomerDocResponse": ".customer_doc_response",
    "CustomerPage": ".customer_page",
    "CustomerSort": ".customer_sort",
    "CustomerWhere": ".customer_where",
    "DateQuery": ".date_query",
    "DealBulkResponse": ".deal_bulk_response",
    "DealDeleteResponse": ".deal_delete_response",
    "DealDocResponse": ".deal_doc_response",
    "DealPage": ".deal_page",
    "DealSort": ".deal_sort",
    "DealType": ".deal_type",
    "DealWhere": ".deal_where",
    "Definition": ".definition",
    "DefinitionBulkResponse": ".definition_bulk_response",
    "DefinitionDeleteResponse": ".definition_delete_response",
    "DefinitionDocResponse": ".definition_doc_response",
    "DefinitionModel": ".definition_model",
    "DefinitionPage": ".definition_page",
    "DefinitionSort": ".definition_sort",
    "DefinitionWhere": ".definition_where",
    "DmvFeeBulkResponse": ".dmv_fee_bulk_response",
    "DmvFeeDeleteResponse": ".dmv_fee_delete_response",
    "DmvFeeDocResponse": ".dmv_fee_doc_response",
    "DmvFeePage": ".dmv_fee_page",
    "DmvFeeSort": ".dmv_fee_sort",
    "DmvFeeWhere": ".dmv_fee_where",
    "Document": ".document",
    "DocumentBulkResponse": ".document_bulk_response",
    "DocumentDeleteResponse": ".document_delete_response",
    "DocumentDocResponse": ".document_doc_response",
    "DocumentPage": ".document_page",
    "DocumentSort": ".document_sort",
    "DocumentWhere": ".document_where",
    "Error": ".error",
    "ErrorItem": ".error_item",
    "Fee": ".fee",
    "FeeBulkResponse": ".fee_bulk_response",
    "FeeDeleteResponse": ".fee_delete_response",
    "FeeDocResponse": ".fee_doc_response",
    "FeePage": ".fee_page",
    "FeeSort": ".fee_sort",
    "FeeUpdate": ".fee_update",
    "FeeWhere": ".fee_where",
    "FieldQuery": ".field_query",
    "Holiday": ".holiday",
    "HolidayBulkResponse": ".holiday_bulk_response",
    "HolidayDeleteResponse": ".holiday_delete_response",
    "HolidayDocResponse": ".holiday_doc_response",
    "HolidayPage": ".holiday_page",
    "HolidaySort": ".holiday_sort",
    "HolidayWhere": ".holiday_where",
    "Id": ".id",
    "IdList": ".id_list",
    "InsurancePolicyBulkResponse": ".insurance_policy_bulk_response",
    "InsurancePolicyDeleteResponse": ".insurance_policy_delete_response",
    "InsurancePolicyDocResponse": ".insurance_policy_doc_response",
    "InsurancePolicyPage": ".insurance_policy_page",
    "InsurancePolicySort": ".insurance_policy_sort",
    "InsurancePolicyWhere": ".insurance_policy_where",
    "InsuranceQuoteBulkResponse": ".insurance_quote_bulk_response",
    "InsuranceQuoteDeleteResponse": ".insurance_quote_delete_response",
    "InsuranceQuoteDocResponse": ".insurance_quote_doc_response",
    "InsuranceQuotePage": ".insurance_quote_page",
    "InsuranceQuoteSort": ".insurance_quote_sort",
    "InsuranceQuoteWhere": ".insurance_quote_where",
    "JsonQuery": ".json_query",
    "LeadBodyStyle": ".lead_body_style",
    "LeadBulkResponse": ".lead_bulk_response",
    "LeadCarStyle": ".lead_car_style",
    "LeadComfort": ".lead_comfort",
    "LeadDeleteResponse": ".lead_delete_response",
    "LeadDocResponse": ".lead_doc_response",
    "LeadDrivetrain": ".lead_drivetrain",
    "LeadEntertainment": ".lead_entertainment",
    "LeadEventBulkResponse": ".lead_event_bulk_response",
    "LeadEventDeleteResponse": ".lead_event_delete_response",
    "LeadEventDocResponse": ".lead_event_doc_response",
    "LeadEventPage": ".lead_event_page",
    "LeadEventSort": ".lead_event_sort",
    "LeadEventStatus": ".lead_event_status",
    "LeadEventType": ".lead_event_type",
    "LeadEventWhere": ".lead_event_where",
    "LeadExterior": ".lead_exterior",
    "LeadFuelType": ".lead_fuel_type",
    "LeadInterior": ".lead_interior",
    "LeadPage": ".lead_page",
    "LeadProcessStatuses": ".lead_process_statuses",
    "LeadReason": ".lead_reason",
    "LeadSafety": ".lead_safety",
    "LeadSort": ".lead_sort",
    "LeadSuvStyle": ".lead_suv_style",
    "LeadTimeToPurchase": ".lead_time_to_purchase",
    "LeadTransmission": ".lead_transmission",
    "LeadTruckStyle": ".lead_truck_style",
    "LeadUtility": ".lead_utility",
    "LeadVanStyle": ".lead_van_style",
    "LeadWhere": ".lead_where",
    "ListingBulkResponse": ".listing_bulk_response",
    "ListingDeleteResponse": ".listing_delete_response",
    "ListingDocResponse": ".listing_doc_response",
    "ListingPage": ".listing_page",
    "ListingSort": ".listing_sort",
    "ListingWhere": ".listing_where",
    "LocationBulkResponse": ".location_bulk_response",
    "LocationDeleteResponse": ".location_delete_response",
    "LocationDocResponse": ".location_doc_response",
    "LocationPage": ".location_page",
    "LocationSort": ".location_sort",
    "LocationWhere": ".location_where",
    "MeetingBulkResponse": ".meeting_bulk_response",
    "MeetingDeleteResponse": ".meeting_delete_response",
    "MeetingDocResponse": ".meeting_doc_response",
    "MeetingPage": ".meeting_page",
    "MeetingSort": ".meeting_sort",
    "MeetingWhere": ".meeting_where",
    "MessageBulkResponse": ".message_bulk_response",
    "MessageDeleteResponse": ".message_delete_response",
    "MessageDocResponse": ".message_doc_response",
    "MessagePage": ".message_page",
    "MessageSort": ".message_sort",
    "MessageStatus": ".message_status",
    "MessageWhere": ".message_where",
    "NumberList": ".number_list",
    "NumberQuery": ".number_query",
    "Populate": ".populate",
    "PreApprovalBulkResponse": ".pre_approval_bulk_response",
    "PreApprovalDeleteResponse": ".pre_approval_delete_response",
    "PreApprovalDocResponse": ".pre_approval_doc_response",
    "PreApprovalPage": ".pre_approval_page",
    "PreApprovalSegmentationBand": ".pre_approval_segmentation_band",
    "PreApprovalSort": ".pre_approval_sort",
    "PreApprovalState": ".pre_approval_state",
    "PreApprovalStatus": ".pre_approval_status",
    "PreApprovalSuffix": ".pre_approval_suffix",
    "PreApprovalWhere": ".pre_approval_where",
    "QuietHour": ".quiet_hour",
    "QuietHourBulkResponse": ".quiet_hour_bulk_response",
    "QuietHourDeleteResponse": ".quiet_hour_delete_response",
    "QuietHourDocResponse": ".quiet_hour_doc_response",
    "QuietHourPage": ".quiet_hour_page",
    "QuietHourSort": ".quiet_hour_sort",
    "QuietHourWhere": ".quiet_hour_where",
    "RelationshipQuery": ".relationship_query",
    "SalesRepBulkResponse": ".sales_rep_bulk_response",
    "SalesRepCreditBands": ".sales_rep_credit_bands",
    "SalesRepDeleteResponse": ".sales_rep_delete_response",
    "SalesRepDocResponse": ".sales_rep_doc_response",
    "SalesRepPage": ".sales_rep_page",
    "SalesRepSort": ".sales_rep_sort",
    "SalesRepWhere": ".sales_rep_where",
    "SearchAcceptableColors": ".search_acceptable_colors",
    "SearchAcceptableInterior": ".search_acceptable_interior",
    "SearchBodyStyle": ".search_body_style",
    "SearchBulkResponse": ".search_bulk_response",
    "SearchDeleteResponse": ".search_delete_response",
    "SearchDocResponse": ".search_doc_response",
    "SearchDrive": ".search_drive",
    "SearchNewOrUsed": ".search_new_or_used",
    "SearchPage": ".search_page",
    "SearchRequiredOptions": ".search_required_options",
    "SearchSort": ".search_sort",
    "SearchStatus": ".search_status",
    "SearchTransmission": ".search_transmission",
    "SearchWhere": ".search_where",
    "Select": ".select",
    "SelectQuery": ".select_query",
    "ServiceOrderBulkResponse": ".service_order_bulk_response",
    "ServiceOrderDeleteResponse": ".service_order_delete_response",
    "ServiceOrderDocResponse": ".service_order_doc_response",
    "ServiceOrderPage": ".service_order_page",
    "ServiceOrderSort": ".service_order_sort",
    "ServiceOrderStatus": ".service_order_status",
    "ServiceOrderType": ".service_order_type",
    "ServiceOrderWhere": ".service_order_where",
    "ServiceQuoteBulkResponse": ".service_quote_bulk_response",
    "ServiceQuoteDeleteResponse": ".service_quote_delete_response",
    "ServiceQuoteDocResponse": ".service_quote_doc_response",
    "ServiceQuotePage": ".service_quote_page",
    "ServiceQuoteSort": ".service_quote_sort",
    "ServiceQuoteStatus": ".service_quote_status",
    "ServiceQuoteType": ".service_quote_type",
    "ServiceQuoteWhere": ".service_quote_where",
    "TaxesAndFeeBulkResponse": ".taxes_and_fee_bulk_response",
    "TaxesAndFeeDeleteResponse": ".taxes_and_fee_delete_response",
    "TaxesAndFeeDocResponse": ".taxes_and_fee_doc_response",
    "TaxesAndFeePage": ".taxes_and_fee_page",
    "TaxesAndFeeSort": ".taxes_and_fee_sort",
    "TaxesAndFeeWhere": ".taxes_and_fee_where",
    "TemplateBulkResponse": ".template_bulk_response",
    "TemplateChoice": ".template_choice",
    "TemplateDeleteResponse": ".template_delete_response",
    "TemplateDocResponse": ".template_doc_response",
    "TemplatePage": ".template_page",
    "TemplateSort": ".template_sort",
    "TemplateType": ".template_type",
    "TemplateWhere": ".template_where",
    "TenantBulkResponse": ".tenant_bulk_response",
    "TenantDeleteResponse": ".tenant_delete_response",
    "TenantDocResponse": ".tenant_doc_response",
    "TenantPage": ".tenant_page",
    "TenantSort": ".tenant_sort",
    "TenantWhere": ".tenant_where",
    "TextList": ".text_list",
    "TextQuery": ".text_query",
    "TradeBulkResponse": ".trade_bulk_response",
    "TradeDeleteResponse": ".trade_delete_response",
    "TradeDocResponse": ".trade_doc_response",
    "TradePage": ".trade_page",
    "TradeSort": ".trade_sort",
    "TradeStatus": ".trade_status",
    "TradeWhere": ".trade_where",
    "User": ".user",
    "UserSession": ".user_session",
    "VdpEmailBulkResponse": ".vdp_email_bulk_response",
    "VdpEmailDeleteResponse": ".vdp_email_delete_response",
    "VdpEmailDocResponse": ".vdp_email_doc_response",
    "VdpEmailPage": ".vdp_email_page",
    "VdpEmailSort": ".vdp_email_sort",
    "VdpEmailStatus": ".vdp_email_status",
    "VdpEmailWhere": ".vdp_email_where",
    "VehicleBulkResponse": ".vehicle_bulk_response",
    "VehicleDeleteResponse": ".vehicle_delete_response",
    "VehicleDocResponse": ".vehicle_doc_response",
    "VehiclePage": ".vehicle_page",
    "VehicleSort": ".vehicle_sort",
    "VehicleStatus": ".vehicle_status",
    "VehicleWhere": ".vehicle_where",
    "WebEvent": ".web_event",
    "WebEventBulkResponse": ".web_event_bulk_response",
    "WebEventDeleteResponse": ".web_event_delete_response",
    "WebEventDocResponse": ".web_event_doc_response",
    "WebEventPage": ".web_event_page",
    "WebEventSort": ".web_event_sort",
    "WebEventWhere": ".web_event_where",
    "WebhookBulkResponse": ".webhook_bulk_response",
    "WebhookDeleteResponse": ".webhook_delete_response",
    "WebhookDocResponse": ".webhook_doc_response",
    "WebhookPage": ".webhook_page",
    "WebhookSort": ".webhook_sort",
    "WebhookWhere": ".webhook_where",
}
# Hidden from type checkers, which read the imports above: a misspelt name stays an error.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, _MODULES)
