"""Security schemes, as client constructor arguments, and security requirements."""

from __future__ import annotations

from typing import Any

from ..literals import py_literal
from ..names import NameTable, snake
from . import ir
from .document import Document, join

# Constructor arguments of the generated client that a credential must not take, and env,
# whose variable would be the environment's.
_CLIENT_ARGUMENTS = ("base_url", "environment", "env", "timeout", "max_retries",
                     "default_headers", "default_query", "http_client", "strict")
# The argument each kind of credential is called, unless two schemes of a kind clash.
_CANONICAL = {"apiKey": "api_key", "bearer": "bearer_token", "basic": "basic_auth"}


def security_requirements(security: Any) -> tuple[tuple[str, ...], ...] | None:
    """Requirement alternatives, each the scheme names it needs; None where not given
    (an operation then inherits the document's)."""
    if security is None:
        return None
    return tuple(tuple(requirement) for requirement in security)


def security_schemes(document: Document, env_prefix: str) -> tuple[ir.SecurityScheme, ...]:
    """The schemes the SDK can send a credential for; the others are noted and passed over."""
    schemes = (document.root.get("components") or {}).get("securitySchemes") or {}
    drafts = []
    for key, raw in schemes.items():
        scheme, _ = document.deref(raw, join("/components/securitySchemes", key))
        kind = str(scheme.get("type"))
        location: ir.ParamLocation = "header"
        wire_name, prefix = "Authorization", ""
        if kind == "apiKey":
            location = scheme.get("in", "header")
            wire_name = str(scheme.get("name", "Authorization"))
            kind_name = "apiKey"
            prefix = str(scheme.get("x-credential-prefix", ""))
        elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            kind_name = "basic"
        elif kind == "http":
            kind_name, prefix = "bearer", "Bearer "
        elif kind in ("oauth2", "openIdConnect"):
            kind_name, prefix = kind, "Bearer "
        else:  # mutualTLS and unknown kinds carry no credential we can send.
            document.notes.append(f"security scheme {key!r} ({kind}) is not supported; ignored")
            continue
        drafts.append((key, kind_name, location, wire_name, prefix, scheme))
    params = [_CANONICAL.get(kind, "access_token") for _, kind, *_ in drafts]
    clashing = {p for p in params if params.count(p) > 1}
    taken = NameTable(_CLIENT_ARGUMENTS)
    result = []
    for (key, kind, location, wire_name, prefix, scheme), param in zip(drafts, params):
        name = taken.claim(snake(key, fallback="credential") if param in clashing else param)
        result.append(
            ir.SecurityScheme(
                key=key,
                kind=kind,  # type: ignore[arg-type]
                location=location,
                wire_name=wire_name,
                prefix=prefix,
                param=name,
                env_var=f"{env_prefix}_{name.upper()}",
                description=str(scheme.get("description", "")),
                # Basic credentials are user:password; any value does for the others.
                example_argument=f"{name}="
                + py_literal("user:test-credential" if kind == "basic" else "test-credential"),
            )
        )
    return tuple(result)
