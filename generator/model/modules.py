"""Grouping models into models/ modules and deciding what each module imports.

Every component schema has a module of its own, with the inline models it owns; modules
whose models refer to each other in a cycle become one (Python cannot import in a circle),
found as the strongly connected components of the reference graph.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from .. import runtime
from ..imports import group_imports, import_key, isort_key
from . import ir
from . import types as t
from .schemas import Home

# Names an annotation may use that come from outside the models package.
_HELPER_MODULES = {
    "Any": "typing",
    "Annotated": "typing",
    "IO": "typing",
    "Literal": "typing",
    "Sequence": "collections.abc",
    "datetime": "datetime",
    "date": "datetime",
    "time": "datetime",
    "UUID": "uuid",
    "Decimal": "decimal",
    "Tag": "pydantic",
    "Discriminator": "pydantic",
    "Field": "pydantic",
    "builtins": "",  # a plain ``import builtins``
} | runtime.MODULE_OF

def group_models(homes: list[Home]) -> tuple[ir.ModelModule, ...]:
    """The models/ modules: homes that reference each other in a cycle grouped into one
    (Tarjan's SCC), named after the first; each home's ``module`` is set to its group's."""
    home_of = {model.name: home for home in homes for model in home.models}
    index_of = {id(home): i for i, home in enumerate(homes)}
    edges: list[set[int]] = [
        {index_of[id(home_of[d])] for d in home.deps if d in home_of} - {i}
        for i, home in enumerate(homes)
    ]
    drafts: list[tuple[str, list[ir.Model], set[str]]] = []
    for component in strongly_connected(edges):
        group = [homes[i] for i in sorted(component)]
        models = [model for home in group for model in home.models]
        module = group[0].module
        drafts.append((module, order_models(models), {model.name for model in models}))
        for home in group:
            home.module = module
    module_of = {name: home.module for name, home in home_of.items()}
    modules = [
        ir.ModelModule(
            module,
            tuple(ordered),
            model_imports(ordered, names, module_of),
            tuple(sorted(names, key=import_key)),
            tuple(sorted(names, key=isort_key)),
        )
        for module, ordered, names in drafts
    ]
    return tuple(sorted(modules, key=lambda m: m.module))


def model_imports(
    models: list[ir.Model], own: set[str], module_of: Mapping[str, str]
) -> tuple[tuple[ir.Import, ...], ...]:
    """What a models/ module holding ``models`` (named ``own``) imports."""
    annotations: list[ir.TypeExpr] = []
    wanted: list[tuple[str, str]] = []
    for model in models:
        if isinstance(model, ir.ObjectModel):
            wanted.append(("." + runtime.MODULE_OF["BaseModel"], "BaseModel"))
            annotations += [f.annotation for f in model.fields]
            if any(f.value and f.value.startswith("Field(") for f in model.fields):
                wanted.append(("pydantic", "Field"))
        elif isinstance(model, ir.EnumModel):
            wanted.append(("enum", "Enum"))
        elif isinstance(model, ir.ParamsModel):
            wanted.append(("typing", "TypedDict"))
            if any(key.required for key in model.keys):
                wanted.append(("typing", "Required"))
            annotations += [key.annotation for key in model.keys]
        else:
            wanted.append(("typing_extensions", "TypeAliasType") if model.recursive else ("typing", "TypeAlias"))
            annotations.append(model.annotation)
    wanted += names_needed(annotations, module_of, models_package=".", own=own)
    return group_imports(wanted)


def names_needed(
    annotations: list[ir.TypeExpr],
    module_of: Mapping[str, str],
    models_package: str,
    own: frozenset[str] | set[str] = frozenset(),
    root: str = "..",
) -> list[tuple[str, str]]:
    """(module, name) pairs for every model and helper the annotations mention.

    ``module_of`` gives each model's module under models/, ``models_package`` the importing
    module's way to models/ (``.`` from inside it), ``root`` its relative path to the
    package root: ``..`` from models/ and resources/, ``.`` from a module at the root.
    """
    wanted = []
    for word in sorted(frozenset().union(*(a.names for a in annotations))):
        if word in own:
            continue
        if word in module_of:
            wanted.append((models_package + module_of[word], word))
        elif word == "builtins":
            wanted.append(("builtins", ""))
        elif word in _HELPER_MODULES:
            module = _HELPER_MODULES[word]
            # "._x" names a module of the generated package itself, seen from its root.
            wanted.append((root + module[1:] if module.startswith(".") else module, word))
    return wanted


def order_models(models: list[ir.Model]) -> list[ir.Model]:
    """Classes first (their annotations are lazy); aliases after what they name. Aliases
    that refer to themselves (a JSON value, a tree of arrays, two such of each other) are
    recursive: lazy too, so they need nothing before them. TypedDicts last: in functional
    form their annotations are evaluated where they stand."""
    classes = [m for m in models if not isinstance(m, (ir.AliasModel, ir.ParamsModel))]
    aliases = {m.name: m for m in models if isinstance(m, ir.AliasModel)}
    names = list(aliases)
    uses = [{names.index(w) for w in aliases[n].annotation.names if w in aliases} for n in names]
    for component in strongly_connected(uses):
        if len(component) > 1 or any(i in uses[i] for i in component):
            for i in component:
                aliases[names[i]] = replace(aliases[names[i]], recursive=True)
    ordered: list[ir.Model] = list(classes)
    placed: set[str] = set()

    def place(alias: ir.AliasModel) -> None:
        if alias.name in placed:
            return
        placed.add(alias.name)
        if not alias.recursive:
            for word in t.names_in_order(alias.annotation):
                if word in aliases:
                    place(aliases[word])
        ordered.append(alias)

    for alias in aliases.values():
        place(alias)
    return ordered + [m for m in models if isinstance(m, ir.ParamsModel)]


def strongly_connected(edges: list[set[int]]) -> list[list[int]]:
    """Tarjan's algorithm, iterative so deep reference chains cannot overflow the stack."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    result: list[list[int]] = []
    counter = 0
    for root in range(len(edges)):
        if root in index:
            continue
        work: list[tuple[int, Iterator[int]]] = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(component)
    return result
