"""The runtime's names are listed once (its modules' ``__all__``), and the runtime defines them."""

from __future__ import annotations

import ast

import pytest

from generator import runtime
from generator.imports import isort_key
from generator.names import MODULE_RESERVED, safe_class


def defined(module: ast.Module) -> set[str]:
    """Names a module binds at its top level."""
    names: set[str] = set()
    for node in module.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.ImportFrom):
            names |= {alias.asname or alias.name for alias in node.names}
    return names


def exported(module: ast.Module) -> list[str]:
    [value] = [
        node.value for node in module.body
        if isinstance(node, ast.Assign) and [getattr(t, "id", "") for t in node.targets] == ["__all__"]
    ]
    return list(ast.literal_eval(value))


@pytest.mark.parametrize("module", sorted(runtime.EXPORTS))
def test_each_runtime_module_defines_and_exports_exactly_its_list(module: str) -> None:
    source = ast.parse((runtime.FOLDER / f"{module}.py").read_text(encoding="utf-8"))
    assert exported(source) == list(runtime.EXPORTS[module])
    assert set(runtime.EXPORTS[module]) <= defined(source)
    # In the order ruff wants __all__ in (RUF022), so the list is the module's own order.
    assert list(runtime.EXPORTS[module]) == sorted(runtime.EXPORTS[module], key=isort_key)


def test_no_model_or_resource_class_takes_a_runtime_name() -> None:
    assert set(runtime.MODULE_OF) <= MODULE_RESERVED
    assert safe_class("Scheme") == "SchemeModel" and safe_class("Endpoint") == "EndpointModel"
