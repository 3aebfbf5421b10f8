"""Build the intermediate model from a loaded, validated OpenAPI document.

All naming and typing decisions live in this package; the templates only print what
``build_api`` returns. The work is split by job: ``schemas`` (types and models),
``operations`` (resources, parameters, bodies, responses, pagination, webhooks),
``modules`` (models grouped into modules, and their imports), ``servers`` and ``security``;
this module runs them in order and assembles the ``Api``.
"""

from __future__ import annotations

from dataclasses import dataclass

from packaging.version import InvalidVersion, Version

from ..diagnostics import SpecError
from ..imports import group_imports, import_key, isort_key
from ..load import LoadedSpec
from ..names import MODULE_RESERVED
from . import ir
from .document import Document, join
from .modules import group_models, names_needed
from .operations import Operations, group_resources, share_parameters
from .schemas import Schemas
from .security import security_requirements, security_schemes
from .servers import build_servers, environment_annotation, environment_names, environments


@dataclass(frozen=True)
class Options:
    """What the generated distribution is called; from ``[tool.sdkgen]`` or the command line."""

    package: str
    distribution: str
    client_name: str
    env_prefix: str
    spec_file: str = "openapi.json"


def build_api(spec: LoadedSpec, options: Options) -> ir.Api:
    """The intermediate model of a loaded spec (already validated).

    Raises ``SpecError`` with every problem found that leaves no SDK to generate (a
    ``$ref`` to a non-schema, ...); what is only passed over is in
    ``Api.notes``.
    """
    document = Document(spec)
    root = document.root
    schemas = Schemas(document)
    operations = Operations(document, schemas, options.client_name)
    # The order is the naming order: resources claim model names first, then components.
    resources = operations.build_resources()
    # Component schemas nobody references still become models: users may need them.
    for name in root.get("components", {}).get("schemas", {}) or {}:
        component = join("/components/schemas", name)
        schemas.annotation_for_ref(component, component)
    webhooks = operations.build_webhooks()
    schemas.finish_params()
    model_modules = group_models(schemas.homes)
    module_of = {name: home.module for name, home in schemas.home_of.items()}
    resources = operations.distinct_resource_classes(resources)
    # What a resource module imports or defines that a constant's upper-case name could be:
    # NOT_GIVEN, UUID, a model or resource class called ID.
    reserved = MODULE_RESERVED | {m.name for m in schemas.models()} | {
        n for r in resources for n in (r.class_name, r.async_class_name)
    }
    shared = share_parameters(resources, root.get("components", {}).get("parameters") or {}, reserved)
    resources = tuple(operations.finish_resource(resource, module_of, shared) for resource in resources)
    if document.problems:
        raise SpecError(document.problems)
    root_group, groups = group_resources(resources, options.client_name, f"Async{options.client_name}")
    info = root.get("info") or {}
    license_info = info.get("license") or {}
    urls: list[tuple[str, str]] = []
    if isinstance(info.get("contact"), dict) and info["contact"].get("url"):
        urls.append(("Homepage", str(info["contact"]["url"])))
    if isinstance(root.get("externalDocs"), dict) and root["externalDocs"].get("url"):
        urls.append(("Documentation", str(root["externalDocs"]["url"])))
    version = str(info.get("version", "0.0.0"))
    named = environments(root.get("servers"))
    names = environment_names(named)
    return ir.Api(
        title=str(info.get("title", "")),
        description=str(info.get("description", "")),
        version=version,
        package_version=package_version(version, document.notes),
        openapi_version=str(root.get("openapi")),
        package=options.package,
        distribution=options.distribution,
        client_class=options.client_name,
        async_client_class=f"Async{options.client_name}",
        env_prefix=options.env_prefix,
        servers=build_servers(root.get("servers")),
        environments=named,
        environment_names=names,
        environment_annotation=environment_annotation(names),
        security_schemes=security_schemes(document, options.env_prefix),
        security=security_requirements(root.get("security")) or (),
        resources=resources,
        root=root_group,
        groups=groups,
        model_modules=model_modules,
        model_exports=tuple(sorted((n for m in model_modules for n in m.exports), key=isort_key)),
        returned_models=tuple(
            sorted({m for r in resources for m in r.returned_models}, key=import_key)
        ),
        resource_exports=tuple(
            sorted(
                (n for r in resources for n in (r.class_name, r.async_class_name)),
                key=isort_key,
            )
        ),
        webhooks=webhooks,
        webhook_imports=group_imports(
            [("pydantic", "TypeAdapter")]
            + names_needed(
                [w.annotation for w in webhooks], module_of, root=".", models_package=".models."
            )
        )
        if webhooks
        else (),
        license=str(license_info.get("name", "")),
        urls=tuple(urls),
        spec_file=options.spec_file,
        notes=tuple(document.notes),
        shared_params=tuple(shared.values()),
    )


def package_version(version: str, notes: list[str]) -> str:
    """The API's version as the package's: PEP 440's form of it, else 0.0.0 (a version
    like ``2023-10-16`` or ``v1 beta`` would make a package nobody can build)."""
    try:
        return str(Version(version))
    except InvalidVersion:
        notes.append(f"/info/version: {version!r} is not a PEP 440 version; the package is 0.0.0")
        return "0.0.0"
