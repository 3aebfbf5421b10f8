"""Nested resources: ``x-resource`` on a tag object places its operations at a dotted path of
the client (``client.crm.vehicles``); checked by validate, built into the model's tree, and
reached through group objects by the SDK, its README, its tests and ``sdkgen diff``.

tests/specs/features/nested.yaml is the feature spec (test_corpus.py holds it to mypy, ruff
and its generated tests against Prism); here what it does is asserted exactly.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import OPTIONS
from records import FEATURES

from generator.diagnostics import SpecError
from generator.diff import diff_apis
from generator.load import load_spec
from generator.model import ir
from generator.model.build import build_api
from generator.pipeline import Config, generate
from generator.validate import validate

NESTED = FEATURES / "nested.yaml"
OK = {"204": {"description": "done"}}


def spec_file(tmp_path: Path, document: dict[str, Any], name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def tagged(tags: list[dict[str, Any]], operations: dict[str, str], title: str = "Test API") -> dict[str, Any]:
    """A document with these tag objects and one GET per path, tagged as ``operations`` says."""
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1.0.0"},
        "tags": tags,
        "paths": {
            path: {"get": {"operationId": f"op{index}", "responses": OK, **({"tags": [tag]} if tag else {})}}
            for index, (path, tag) in enumerate(operations.items())
        },
    }


# --- validation ------------------------------------------------------------------------------


def test_every_bad_x_resource_is_an_error_at_its_place(tmp_path: Path) -> None:
    tags = [
        {"name": "a", "x-resource": "crm.Vehicles"},  # /tags/0
        {"name": "b", "x-resource": "close"},
        {"name": "c", "x-resource": "crm.leads"},  # fine
        {"name": "d", "x-resource": "crm.leads"},
        {"name": "e", "x-resource": "crm"},  # /tags/4
        {"name": "f", "x-resource": "crm.leads.notes"},
        {"name": "g", "x-resource": "class"},
        {"name": "h", "x-resource": 7},
        {"name": "i", "x-resource": "billing"},  # /tags/8: /billing has no tag, so it is billing
        {"name": "j", "x-resource": "crm..x"},
        {"name": "k", "x-resource": "strict"},
    ]
    document = tagged(tags, {f"/{t['name']}": t["name"] for t in tags} | {"/billing": ""})
    path = spec_file(tmp_path, document)
    with pytest.raises(SpecError) as refused:
        validate(load_spec(path))
    found = [(d.pointer, d.message, d.line) for d in refused.value.diagnostics]
    usage = "x-resource must be a dotted path of snake_case Python names, like 'crm.vehicles'"
    lines = path.read_text().splitlines()
    assert found == [
        (f"/tags/{index}/x-resource", message,
         next(n for n, line in enumerate(lines, 1) if line.strip() == f"- name: {tags[index]['name']}") + 1)
        for index, message in [
            (0, f"{usage}; 'Vehicles' is not one: write 'vehicles'"),
            (1, "client.close is the client's own; x-resource cannot take it"),
            (3, "client.crm.leads is the resource of another tag already (/tags/2/x-resource)"),
            (4, "client.crm is a group of resources already (/tags/2/x-resource), not a resource"),
            (5, "client.crm.leads is a resource (/tags/2/x-resource), so it cannot hold others"),
            (6, f"{usage}; 'class' is not one: write 'class_'"),
            (7, f"{usage}, not 7"),
            (8, "client.billing would also be the resource of tag 'billing', which has no x-resource: give it one"),
            (9, f"{usage}; '' is not one"),
            (10, "client.strict is the client's own; x-resource cannot take it"),
        ]
    ]
    # The model, built without validating first, refuses the same spec for the same reasons.
    with pytest.raises(SpecError) as built:
        build_api(load_spec(path), OPTIONS)
    assert sorted((d.pointer, d.message) for d in built.value.diagnostics) == sorted(
        (pointer, message) for pointer, message, _ in found
    )


def test_tags_differing_only_in_case_cannot_be_placed_twice(tmp_path: Path) -> None:
    tags = [{"name": "Leads", "x-resource": "crm.leads"}, {"name": "leads", "x-resource": "sales.leads"}]
    with pytest.raises(SpecError) as refused:
        validate(load_spec(spec_file(tmp_path, tagged(tags, {"/leads": "leads"}))))
    assert [(d.pointer, d.message) for d in refused.value.diagnostics] == [
        ("/tags/1/x-resource", ("tag 'Leads' is placed at 'crm.leads' already (/tags/0/x-resource): tags "
                                "that differ only in case are one resource")),
    ]


def test_sdkgen_validate_reports_it_and_exits_2(tmp_path: Path) -> None:
    path = spec_file(tmp_path, tagged([{"name": "a", "x-resource": "with_options"}], {"/a": "a"}))
    done = subprocess.run([sys.executable, "-m", "generator", "validate", "--spec", str(path)],
                          capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"{path}:7:3: /tags/0/x-resource: client.with_options is the client's own; x-resource cannot take it"
    ]


# --- the model's tree ------------------------------------------------------------------------


def test_the_model_holds_the_tree_the_templates_print() -> None:
    api = build_api(load_spec(NESTED), OPTIONS)
    placed = {r.dotted: (r.attr, r.class_name, r.module, r.name) for r in api.resources}
    assert placed == {
        "crm.vehicles": ("vehicles", "CrmVehicles", "crm_vehicles", "crmVehicles"),
        "crm.leads": ("leads", "CrmLeads", "crm_leads", "leads"),
        "crm.admin.templates": ("templates", "CrmAdminTemplates", "crm_admin_templates", "Message Templates"),
        "taxes_and_fees": ("taxes_and_fees", "TaxesAndFees", "taxes_and_fees", "taxesAndFees"),
        "vehicles": ("vehicles", "Vehicles", "vehicles", "vehicles"),
        "customers": ("customers", "Customers", "customers", "customers"),
    }

    def tree(group: ir.Group) -> dict[str, Any]:
        return {
            "class": (group.class_name, group.async_class_name),
            "resources": [r.dotted for r in group.resources],
            "groups": {g.attr: tree(g) for g in group.groups},
        }

    assert tree(api.root) == {
        "class": ("Client", "AsyncClient"),
        "resources": ["customers", "taxes_and_fees", "vehicles"],
        "groups": {"crm": {
            "class": ("Crm", "AsyncCrm"),
            "resources": ["crm.leads", "crm.vehicles"],
            "groups": {"admin": {
                "class": ("CrmAdmin", "AsyncCrmAdmin"),
                "resources": ["crm.admin.templates"],
                "groups": {},
            }},
        }},
    }
    assert [g.dotted for g in api.groups] == ["crm", "crm.admin"]


def test_a_group_class_never_takes_a_name_the_client_module_binds(tmp_path: Path) -> None:
    # An API titled "Crm" has a client Crm, a resource tagged "Crm Admin" the class CrmAdmin:
    # the groups crm and crm.admin take other names.
    document = tagged([{"name": "x", "x-resource": "crm.admin.x"}, {"name": "y", "x-resource": "field.y"}],
                      {"/x": "x", "/y": "y", "/z": "Crm Admin"})
    api = build_api(load_spec(spec_file(tmp_path, document)), OPTIONS.__class__(
        package="sdk", distribution="sdk", client_name="Crm", env_prefix="SDK"))
    classes = {g.dotted: (g.class_name, g.async_class_name) for g in api.groups}
    assert classes == {
        "crm": ("CrmGroup", "AsyncCrmGroup"),
        "crm.admin": ("CrmAdminGroup", "AsyncCrmAdminGroup"),
        "field": ("FieldGroup", "AsyncFieldGroup"),  # pydantic's Field, which _client may not hide
    }


def test_without_x_resource_nothing_moves(tmp_path: Path) -> None:
    document = tagged([{"name": "Pets"}], {"/pets": "Pets", "/close": "", "/strict": ""})
    api = build_api(load_spec(spec_file(tmp_path, document)), OPTIONS)
    assert [(r.dotted, r.attr) for r in api.resources] == [
        ("close_2", "close_2"), ("pets", "pets"), ("strict_2", "strict_2"),
    ]
    assert api.groups == () and api.root.resources == api.resources


# --- the SDK ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("nested")
    generate(Config(spec=NESTED, out=out, package="nested_sdk", client_name="Client", env_prefix="NESTED"))
    return out


def run(sdk: Path, code: str) -> Any:
    """What ``code`` (which sets ``result``) found, run against the SDK in a new interpreter:
    sys.modules then holds what the SDK imported, nothing an earlier test left behind."""
    program = f"import json\n{textwrap.dedent(code)}\nprint(json.dumps(result))"
    done = subprocess.run([sys.executable, "-c", program], cwd=sdk / "src", capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_calls_go_through_groups_sync_async_and_raw(sdk: Path) -> None:
    found = run(sdk, """
        import asyncio
        import httpx
        import nested_sdk

        sent = []

        def handle(request):
            sent.append(f"{request.method} {request.url.raw_path.decode()}")
            if request.url.path.startswith("/crmVehicles/"):
                return httpx.Response(200, json={"id": "v 1", "vin": "1HGCM82633A004352"})
            return httpx.Response(204)

        client = nested_sdk.Client(base_url="http://api.test",
                                   http_client=httpx.Client(transport=httpx.MockTransport(handle)))
        vehicle = client.crm.vehicles.get_crm_vehicle("v 1")
        raw = client.crm.vehicles.with_raw_response.get_crm_vehicle("v 1")
        client.taxes_and_fees.delete_tax_or_fee("t1")

        async def main():
            async_client = nested_sdk.AsyncClient(
                base_url="http://api.test",
                http_client=httpx.AsyncClient(transport=httpx.MockTransport(handle)))
            async with async_client:
                got = await async_client.crm.vehicles.get_crm_vehicle("v 1")
                return type(got).__name__, type(async_client.crm).__name__

        copy = client.with_options(max_retries=0)
        result = {
            "vehicle": [type(vehicle).__name__, vehicle.vin],
            "raw": [raw.status_code, raw.parse().id],
            "async": asyncio.run(main()),
            "sent": sent,
            "cached": client.crm is client.crm and client.crm.admin is client.crm.admin,
            "distinct": type(client.crm.vehicles).__name__ + " " + type(client.vehicles).__name__,
            "copy": copy.crm is not client.crm and copy.crm.vehicles._client is copy,
            "dir": sorted(n for n in dir(client.crm) if not n.startswith("_")),
        }
    """)
    assert found == {
        "vehicle": ["Vehicle", "1HGCM82633A004352"],
        "raw": [200, "v 1"],
        "async": ["Vehicle", "AsyncCrm"],
        "sent": ["GET /crmVehicles/v%201", "GET /crmVehicles/v%201", "DELETE /taxesAndFees/t1",
                 "GET /crmVehicles/v%201"],
        "cached": True,
        "distinct": "CrmVehicles Vehicles",
        "copy": True,
        "dir": ["admin", "leads", "vehicles"],
    }


def test_a_group_imports_no_resource_until_one_of_its_own_is_first_used(sdk: Path) -> None:
    found = run(sdk, """
        import sys
        import nested_sdk

        def loaded():
            return sorted(m for m in sys.modules if m.startswith("nested_sdk.resources."))

        client = nested_sdk.Client(base_url="http://127.0.0.1:9")
        result = {"client": loaded()}
        crm, admin = client.crm, client.crm.admin
        result["groups"] = loaded()
        client.crm.vehicles
        result["crm.vehicles"] = loaded()
        admin.templates
        result["crm.admin.templates"] = loaded()
        result["pydantic.main"] = "pydantic.main" in sys.modules
    """)
    assert found == {
        "client": [],
        "groups": [],
        "crm.vehicles": ["nested_sdk.resources.crm_vehicles"],
        "crm.admin.templates": ["nested_sdk.resources.crm_admin_templates",
                                "nested_sdk.resources.crm_vehicles"],
        "pydantic.main": True,  # the resources' models
    }


def test_type_checkers_see_the_tree(sdk: Path, tmp_path: Path) -> None:
    user = tmp_path / "user.py"
    user.write_text(textwrap.dedent("""
        from nested_sdk import AsyncClient, Client

        client = Client(base_url="http://api.test")
        reveal_type(client.crm.vehicles.get_crm_vehicle("v1"))
        reveal_type(client.crm.admin.templates)
        reveal_type(client.crm.vehicles.with_raw_response.get_crm_vehicle("v1"))


        async def main(async_client: AsyncClient) -> None:
            reveal_type(await async_client.crm.leads.create_lead(email="a@b.c"))

        client.crm.customers
    """).lstrip())
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", user.name],
        cwd=tmp_path, env=os.environ | {"MYPYPATH": str(sdk / "src")}, capture_output=True, text=True,
        check=False,
    )
    assert done.stdout.splitlines() == [
        'user.py:4: note: Revealed type is "nested_sdk.models.vehicle.Vehicle"',
        'user.py:5: note: Revealed type is "nested_sdk.resources.crm_admin_templates.CrmAdminTemplates"',
        'user.py:6: note: Revealed type is "nested_sdk._base.APIResponse[nested_sdk.models.vehicle.Vehicle]"',
        'user.py:10: note: Revealed type is "nested_sdk.models.lead.Lead"',
        'user.py:12: error: "Crm" has no attribute "customers"  [attr-defined]',
    ]


def test_the_readme_lists_resources_under_their_groups(sdk: Path) -> None:
    readme = (sdk / "README.md").read_text()
    operations = readme[readme.index("## Operations"):readme.index("## Authentication")]
    headings = [line for line in operations.splitlines() if line.startswith("#")]
    assert headings == [
        "## Operations",
        "### `client.customers`",
        "### `client.taxes_and_fees`",
        "### `client.vehicles`",
        "### `client.crm`",
        "#### `client.crm.leads`",
        "#### `client.crm.vehicles`",
        "#### `client.crm.admin`",
        "##### `client.crm.admin.templates`",
    ]
    assert "Under it: `leads`, `vehicles`, `admin`." in operations
    assert "client.crm.vehicles.get_crm_vehicle(" in operations


def test_the_generated_tests_reach_operations_through_the_nested_path(sdk: Path) -> None:
    tests = (sdk / "tests" / "test_operations.py").read_text()
    assert 'id="crm.admin.templates.list_templates"' in tests
    assert '"crm.vehicles",\n        "get_crm_vehicle",' in tests
    assert "def test_crm_vehicles_list_crm_vehicles_walks_every_page() -> None:" in tests
    assert "items = list(client.crm.vehicles.list_crm_vehicles())" in tests


# --- sdkgen diff -----------------------------------------------------------------------------


def test_diff_names_methods_by_their_full_path_and_a_move_is_breaking(tmp_path: Path) -> None:
    before: dict[str, Any] = yaml.safe_load(NESTED.read_text())
    after = copy.deepcopy(before)
    after["tags"][1]["x-resource"] = "sales.leads"
    after["paths"]["/templates"]["get"]["deprecated"] = True
    apis = [build_api(load_spec(spec_file(tmp_path, d, name)), OPTIONS)
            for name, d in (("old.yaml", before), ("new.yaml", after))]
    result = diff_apis(*apis)
    assert result.bump == "major"
    assert {(c.subject, c.action) for c in result.changes if c.kind == "operation"} == {
        ("crm.leads.create_lead", "removed"),
        ("sales.leads.create_lead", "added"),
        ("crm.admin.templates.list_templates", "changed"),
    }

