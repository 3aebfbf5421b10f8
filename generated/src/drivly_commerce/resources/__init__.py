"""Resources of the Drivly Commerce API, one per tag."""

from .customers import AsyncCustomers, Customers

__all__ = [
    "AsyncCustomers",
    "Customers",
]
