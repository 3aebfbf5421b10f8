"""Names a package exports without importing their modules until one is first used."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(
    package: str, modules: Mapping[str, str], submodules: tuple[str, ...] = ()
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, which exports the names of
    ``modules`` (name -> module, relative to ``package``) and its ``submodules`` themselves.

    A name's first use imports its module and stores the value in the package, so every
    later use is a plain attribute read.
    """

    def __getattr__(name: str) -> Any:
        if name in submodules:
            # Importing a submodule makes it an attribute of its package: no caching needed.
            return importlib.import_module(f".{name}", package)
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *modules, *submodules})

    return __getattr__, __dir__
