"""Importing a generated SDK and constructing its client import no model and no resource.

Each check runs in a fresh interpreter, so that what is in ``sys.modules`` is what the SDK
imported and nothing an earlier test left behind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from records import FEATURES

from generator.pipeline import Config, generate

# schemas31: four resources and twenty models, a reference cycle among them; names: models
# named after what the generated code uses itself (str, BaseModel, Field, Unpack).
SPECS = ("schemas31", "names")


@pytest.fixture(scope="module", params=SPECS)
def sdk(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp(request.param)
    generate(Config(
        spec=FEATURES / f"{request.param}.yaml", out=out, package="lazy_sdk",
        client_name="Client", env_prefix="LAZY",
    ))
    return out / "src"


def run(src: Path, code: str) -> dict[str, object]:
    """What ``code`` (which sets ``result``) found, run on ``src`` in a new interpreter."""
    program = f"import json\n{textwrap.dedent(code)}\nprint(json.dumps(result))"
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=src, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_constructing_a_client_imports_no_model_no_resource_and_no_pydantic_model(sdk: Path) -> None:
    found = run(sdk, """
        import sys
        import lazy_sdk
        lazy_sdk.Client(base_url="http://127.0.0.1:9")
        lazy_sdk.AsyncClient(base_url="http://127.0.0.1:9")
        result = {
            "sdk": sorted(m for m in sys.modules if m.startswith("lazy_sdk")),
            "pydantic.main": "pydantic.main" in sys.modules,
        }
    """)
    assert found == {
        "sdk": ["lazy_sdk", "lazy_sdk._base", "lazy_sdk._client", "lazy_sdk._errors",
                "lazy_sdk._lazy", "lazy_sdk._streaming"],
        "pydantic.main": False,
    }


def test_every_exported_name_imports_from_its_module_on_first_use(sdk: Path) -> None:
    found = run(sdk, """
        import importlib, sys
        import lazy_sdk  # its models and resources are attributes, imported on first use
        result = {"subpackages in dir": {"models", "resources"} <= set(dir(lazy_sdk))}
        for package in (lazy_sdk.models, lazy_sdk.resources):
            before = set(sys.modules)
            names = {name: getattr(package, name) for name in package.__all__}
            result[package.__name__] = {
                "all in dir": set(package.__all__) <= set(dir(package)),
                "each from its module": all(
                    getattr(importlib.import_module(package._MODULES[name], package.__name__), name)
                    is value
                    and package.__dict__[name] is value  # kept: the next use is a plain read
                    for name, value in names.items()
                ),
                "loaded modules": bool(set(sys.modules) - before),
                "unknown": hasattr(package, "NoSuchName"),
            }
        from lazy_sdk import BaseModel
        from lazy_sdk._models import BaseModel as Defined
        result["BaseModel"] = BaseModel is Defined
    """)
    for package in ("lazy_sdk.models", "lazy_sdk.resources"):
        assert found[package] == {
            "all in dir": True, "each from its module": True, "loaded modules": True,
            "unknown": False,
        }
    assert found["BaseModel"] is True
    assert found["subpackages in dir"] is True


def test_a_resource_is_imported_by_its_first_use_and_only_it(sdk: Path) -> None:
    found = run(sdk, """
        import sys
        import lazy_sdk
        client = lazy_sdk.Client(base_url="http://127.0.0.1:9")
        attrs = sorted(
            name for name, value in vars(type(client)).items()
            if type(value).__name__ == "cached_property"
        )
        first = getattr(client, attrs[0])
        result = {
            "resources": sorted(m for m in sys.modules if m.startswith("lazy_sdk.resources.")),
            "class module": type(first).__module__,
            "count": len(attrs),
        }
    """)
    assert found["count"] >= 2  # else "only it" says nothing
    assert found["resources"] == [found["class module"]]


def test_an_unknown_name_is_an_import_error_at_run_time(sdk: Path) -> None:
    found = run(sdk, """
        try:
            from lazy_sdk.models import NoSuchModel
        except ImportError as error:
            result = str(error)
    """)
    assert str(found).startswith("cannot import name 'NoSuchModel' from 'lazy_sdk.models'")


def test_type_checkers_see_every_name_and_reject_a_misspelt_one(sdk: Path, tmp_path: Path) -> None:
    names = run(sdk, """
        import lazy_sdk.models
        result = lazy_sdk.models.__all__
    """)
    assert isinstance(names, list) and names
    user = tmp_path / "user.py"
    user.write_text(
        f"from lazy_sdk import BaseModel, Client\nfrom lazy_sdk.models import {', '.join(names)}\n"
        "from lazy_sdk.models import NoSuchModel\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", user.name],
        cwd=tmp_path, env=os.environ | {"MYPYPATH": str(sdk)}, capture_output=True, text=True,
        check=False,
    )
    # Were __getattr__ visible to mypy, every name would be Any and the misspelt one no error.
    assert done.stdout.splitlines() == [
        'user.py:3: error: Module "lazy_sdk.models" has no attribute "NoSuchModel"  [attr-defined]'
    ]
