"""Resources of the Drivly Commerce API, one per tag."""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .customers import AsyncCustomers, Customers

__all__ = [
    "AsyncCustomers",
    "Customers",
]

# The module of every name, imported on first use: importing the SDK imports none of them.
_MODULES = {
    "AsyncCustomers": ".customers",
    "Customers": ".customers",
}
# Hidden from type checkers, which read the imports above: a misspelt name stays an error.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, _MODULES)
