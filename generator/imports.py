"""Import statements in the order isort (and ruff's I001) wants them: the layout of a
generated module's imports, decided once for the model to carry."""

from __future__ import annotations

from .model.ir import Import

_STDLIB = frozenset({"builtins", "collections.abc", "datetime", "decimal", "enum", "functools",
                     "typing", "uuid"})


def group_imports(pairs: list[tuple[str, str]]) -> tuple[tuple[Import, ...], ...]:
    """Import statements in sections, ordered as isort (and ruff's I001) expect.

    A pair with an empty name is a plain ``import module``.
    """
    by_module: dict[str, set[str]] = {}
    for module, name in pairs:
        names = by_module.setdefault(module, set())
        if name:
            names.add(name)

    def section(module: str) -> int:
        return 0 if module in _STDLIB else 2 if module.startswith(".") else 1

    def module_key(module: str) -> tuple[bool, int, str]:
        # Plain imports before from-imports; relative ones furthest first.
        dots = len(module) - len(module.lstrip("."))
        return (bool(by_module[module]), -dots, module.lower())

    sections = []
    for number in range(3):
        modules = sorted((m for m in by_module if section(m) == number), key=module_key)
        if modules:
            sections.append(tuple(
                Import(m, tuple(sorted(by_module[m], key=import_key))) for m in modules
            ))
    return tuple(sections)


def import_key(name: str) -> tuple[int, str, str]:
    """The names of one ``from ... import``: as isort_key, but ruff's isort compares them
    case-insensitively (``Files`` before ``FileVersion``), unlike ``__all__``."""
    category, _ = isort_key(name)
    return (category, name.lower(), name)


def isort_key(name: str) -> tuple[int, str]:
    """CONSTANTS, then Classes, then everything else, as ruff's ``order-by-type`` sorts."""
    if name.isupper() and len(name) > 1:
        return (0, name)
    return (1 if name[0].isupper() else 2, name)
