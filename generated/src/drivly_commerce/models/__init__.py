"""Models of the Drivly Commerce API."""

from .customer import Customer
from .customer_bulk_error import CustomerBulkError
from .customer_bulk_response import CustomerBulkResponse
from .customer_company_type import CustomerCompanyType
from .customer_consumer_lead_source import CustomerConsumerLeadSource
from .customer_consumer_status import CustomerConsumerStatus
from .customer_count import CustomerCount
from .customer_delete_response import CustomerDeleteResponse
from .customer_doc_response import CustomerDocResponse
from .customer_page import CustomerPage
from .error import Error
from .error_item import ErrorItem
from .relationship_value import RelationshipValue
from .where import Where
from .where_field import WhereField

__all__ = [
    "Customer",
    "CustomerBulkError",
    "CustomerBulkResponse",
    "CustomerCompanyType",
    "CustomerConsumerLeadSource",
    "CustomerConsumerStatus",
    "CustomerCount",
    "CustomerDeleteResponse",
    "CustomerDocResponse",
    "CustomerPage",
    "Error",
    "ErrorItem",
    "RelationshipValue",
    "Where",
    "WhereField",
]
