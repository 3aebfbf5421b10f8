"""Servers: the API's own, and those a path or an operation overrides them with."""

from __future__ import annotations

from typing import Any

from ..literals import py_literal
from . import ir
from .types import name, subscript, union, value


def build_servers(servers: Any) -> tuple[ir.Server, ...]:
    """The ``servers`` list of the document, a path item or an operation."""
    result = []
    for server in servers or ():
        variables = tuple(
            ir.ServerVariable(
                name=name,
                default=str(var.get("default", "")),
                description=str(var.get("description", "")),
            )
            for name, var in (server.get("variables") or {}).items()
        )
        result.append(
            ir.Server(
                url=str(server.get("url", "/")),
                description=str(server.get("description", "")),
                variables=variables,
            )
        )
    return tuple(result)


def environments(document_servers: Any) -> tuple[ir.Environment, ...]:
    """The document's servers that ``x-environment`` names (validate.py checks the names)."""
    raw_servers = document_servers or ()
    return tuple(
        ir.Environment(name=str(raw["x-environment"]), url=server_url(server),
                       description=server.description)
        for raw, server in zip(raw_servers, build_servers(raw_servers))
        if "x-environment" in raw
    )


def environment_names(named: tuple[ir.Environment, ...]) -> ir.TypeExpr | None:
    """``Literal["production", "sandbox"]``: the names the client's environment= takes."""
    if not named:
        return None
    return subscript("Literal", *(value(py_literal(e.name)) for e in named))


def environment_annotation(names: ir.TypeExpr | None) -> ir.TypeExpr | None:
    """``Literal["production", "sandbox"] | None``: the client's environment= annotation."""
    return None if names is None else union([names, name("None")])


def operation_servers(servers: Any, document_servers: Any) -> tuple[str, ...]:
    """Per-path or per-operation servers, with variable defaults filled in.

    Servers equal to the document's own are dropped: they say nothing new, and an
    operation with servers of its own ignores the client's base_url (a mock, a proxy).
    """
    urls = tuple(map(server_url, build_servers(servers)))
    own = tuple(map(server_url, build_servers(document_servers)))
    return () if urls == own else urls


def server_url(server: ir.Server) -> str:
    """The server's URL with each variable's default in its place."""
    url = server.url
    for var in server.variables:
        url = url.replace("{" + var.name + "}", var.default)
    return url
