import ast
import json
import keyword
from pathlib import Path

import pytest
from conftest import REPO

from generator.load import load_spec
from generator.names import (
    CLIENT_RESERVED,
    NameTable,
    pascal,
    safe_attribute,
    safe_class,
    safe_module,
    safe_parameter,
    snake,
    upper_snake,
)
from generator.pipeline import Config, options_for

HOSTILE = [
    "",
    "123",
    "class",
    "__import__('os').system('x')",
    "a\nb",
    "{{ x }}",
    "{% if %}",
    "ünïcödé",
    "日本語",
    "\u2028",
    "\x00",
    '"""',
    "model_config",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fallback-locale", "fallback_locale"),
        ("consumerPreviousEmploymentincome", "consumer_previous_employmentincome"),
        ("HTTPServer2", "http_server2"),
        ("createdAt", "created_at"),
        ("already_snake", "already_snake"),
        ("Car Concierge (Andrew)", "car_concierge_andrew"),
        ("2fa", "value_2_fa"),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert snake(text) == expected


def test_pascal_and_upper_snake() -> None:
    assert pascal("customer delete-response") == "CustomerDeleteResponse"
    assert pascal("") == "Model"
    assert upper_snake("Car Concierge (Andrew)") == "CAR_CONCIERGE_ANDREW"
    assert upper_snake("Driv.ly Website") == "DRIV_LY_WEBSITE"


@pytest.mark.parametrize("text", HOSTILE)
def test_every_name_is_a_safe_identifier(text: str) -> None:
    for name in (
        safe_attribute(snake(text)),
        safe_parameter(snake(text)),
        safe_class(pascal(text)),
        safe_module(text),
        upper_snake(text),
    ):
        assert name.isidentifier() and name.isascii()
        assert not keyword.iskeyword(name)


def test_reserved_names_are_never_shadowed() -> None:
    assert safe_attribute("model_config") == "model_config_"
    assert safe_attribute("json") == "json_"
    assert safe_attribute("copy") == "copy_"
    assert safe_attribute("class") == "class_"
    assert safe_parameter("timeout", reserved=["timeout"]) == "timeout_"
    assert safe_class("str") == "strModel"
    assert safe_class("BaseModel") == "BaseModelModel"
    assert safe_module("models") == "models_"


def test_name_table_is_deterministic_and_case_insensitive() -> None:
    table = NameTable(["taken"])
    assert [table.claim(n) for n in ("ASC", "asc", "Taken", "x", "x")] == [
        "ASC",
        "asc_2",
        "Taken_2",
        "x",
        "x_2",
    ]
    assert table.is_taken("X_2")


def module_level_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {target.id for target in targets if isinstance(target, ast.Name)}
    return names


def test_client_reserved_covers_what_the_generated_modules_bind() -> None:
    """A module-level name added to a template must join CLIENT_RESERVED, or an API titled
    like it would get a client class that hides it."""
    sdk = REPO / "generated"
    package = sdk / "src" / "drivly_commerce"
    own = {"Commerce", "AsyncCommerce", "Customers", "AsyncCustomers"}
    own |= {p.stem for p in (package / "models").glob("*.py")}
    # The groups of nested resources (client.crm), named from the spec like the resources.
    own |= {node.name for node in ast.parse((package / "_client.py").read_text(encoding="utf-8")).body
            if isinstance(node, ast.ClassDef)
            and {ast.unparse(base) for base in node.bases} & {"SyncAPIResource", "AsyncAPIResource"}}
    bound: set[str] = set()
    # The runtime's tests are the same in every SDK and import no name from the spec.
    tests = [path for path in (sdk / "tests").glob("*.py") if path.name != "test_runtime.py"]
    for module in [*tests, package / "__init__.py", package / "_client.py"]:
        bound |= module_level_names(module)
    models = {name for module in (package / "models").glob("*.py") for name in module_level_names(module)}
    pascal_names = {name for name in bound - own - models if name[:1].isupper() and not name.isupper()}
    assert pascal_names <= CLIENT_RESERVED, sorted(pascal_names - CLIENT_RESERVED)


@pytest.mark.parametrize(
    ("title", "package", "client"),
    [
        ("Enum", "enum_api", "EnumClient"),
        ("Page API", "page", "PageClient"),  # AsyncPage is the runtime's
        ("Scheme", "scheme", "SchemeClient"),  # Scheme is the runtime's
        ("Harness", "harness", "HarnessClient"),  # Harness is test_streams' own
        ("JSON", "json_api", "JSON"),
        ("Pet Store", "pet_store", "Store"),
    ],
)
def test_names_derived_from_the_title_shadow_nothing(tmp_path: Path, title: str, package: str, client: str) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"openapi": "3.1.0", "info": {"title": title, "version": "1"}, "paths": {}}))
    options = options_for(Config(spec=spec, out=tmp_path / "out"), load_spec(spec))
    assert (options.package, options.client_name) == (package, client)
