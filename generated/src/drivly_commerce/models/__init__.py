"""Models of the Drivly Commerce API."""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
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

# The module of every name, imported on first use: importing the SDK imports none of them.
_MODULES = {
    "Customer": ".customer",
    "CustomerBulkError": ".customer_bulk_error",
    "CustomerBulkResponse": ".customer_bulk_response",
    "CustomerCompanyType": ".customer_company_type",
    "CustomerConsumerLeadSource": ".customer_consumer_lead_source",
    "CustomerConsumerStatus": ".customer_consumer_status",
    "CustomerCount": ".customer_count",
    "CustomerDeleteResponse": ".customer_delete_response",
    "CustomerDocResponse": ".customer_doc_response",
    "CustomerPage": ".customer_page",
    "Error": ".error",
    "ErrorItem": ".error_item",
    "RelationshipValue": ".relationship_value",
    "Where": ".where",
    "WhereField": ".where_field",
}
# Hidden from type checkers, which read the imports above: a misspelt name stays an error.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, _MODULES)
