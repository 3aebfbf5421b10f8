"""The runtime is plain Python (generator/runtime/): copied byte for byte into every SDK, never
formatted during a run, and an input of the run's fingerprint like the generator's code."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import black
import pytest
from conftest import REPO

from generator import fingerprint, format, pipeline, runtime
from generator.model.operations import DEFAULT_STYLES, param_arguments
from generator.render import BUILTIN_TEMPLATES

ENUM_TITLE = REPO / "tests" / "specs" / "features" / "enum_title.yaml"


def test_the_runtime_is_black_formatted_as_the_sdk_is() -> None:
    for name in runtime.FILES:
        source = (runtime.FOLDER / name).read_text(encoding="utf-8")
        assert black.format_str(source, mode=format.mode()) == source, name


def test_the_commerce_sdk_holds_the_runtime_byte_for_byte() -> None:
    for name, out in runtime.FILES.items():
        copy = REPO / "generated" / out.replace("[package]", "drivly_commerce")
        assert copy.read_bytes() == (runtime.FOLDER / name).read_bytes(), out


def test_an_api_titled_like_a_name_of_the_runtime_gets_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An API titled "Enum": its names come from the title, the runtime stays as it is, and
    black is never handed a runtime file."""
    formatted: list[str] = []
    real_format = format.format_sources

    def recording(files: Mapping[str, str], **options: Any) -> dict[str, str]:
        formatted.extend(files)
        return real_format(files, **options)

    monkeypatch.setattr(format, "format_sources", recording)
    generated = pipeline.produce(pipeline.Config(spec=ENUM_TITLE, out=tmp_path / "out"))
    outputs = {out.replace("[package]", "enum_api"): name for name, out in runtime.FILES.items()}
    for out, name in outputs.items():
        assert generated.files[out] == (runtime.FOLDER / name).read_bytes(), out
    assert formatted and not set(formatted) & set(outputs)
    assert "class EnumClient(SyncAPIClient):" in generated.files["src/enum_api/_client.py"].decode()


def test_the_runtime_owns_no_template() -> None:
    """Its files are here only: a template of the same output would silently replace one."""
    outputs = set(runtime.FILES.values())
    templates = {
        path.relative_to(BUILTIN_TEMPLATES).as_posix().removesuffix(".jinja")
        for path in BUILTIN_TEMPLATES.rglob("*")
        if path.is_file()
    }
    assert not outputs & templates


def test_an_edited_runtime_file_changes_the_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "generator"
    shutil.copytree(fingerprint.GENERATOR_SOURCE, source, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprint, "GENERATOR_SOURCE", source)
    before = fingerprint.environment((BUILTIN_TEMPLATES,))
    base = source / "runtime" / "_base.py"
    base.write_text(base.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert fingerprint.environment((BUILTIN_TEMPLATES,)) != before


def test_an_overlay_template_of_a_runtime_file_replaces_it(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    (overlay / "src" / "[package]").mkdir(parents=True)
    (overlay / "src" / "[package]" / "_errors.py.jinja").write_text('"""Errors of {{ api.title }}."""\n')
    config = pipeline.Config(spec=ENUM_TITLE, out=tmp_path / "out", templates=(overlay,))
    assert pipeline.produce(config).files["src/enum_api/_errors.py"] == b'"""Errors of Enum."""\n'


@pytest.mark.parametrize("location", ["path", "query", "header", "cookie"])
@pytest.mark.parametrize(
    "style", ["simple", "form", "label", "matrix", "spaceDelimited", "pipeDelimited", "deepObject"]
)
@pytest.mark.parametrize("explode", [False, True])
@pytest.mark.parametrize("key", ["x", "x_key"])
def test_a_param_leaves_out_only_what_the_runtime_defaults_to(
    location: str, style: str, explode: bool, key: str
) -> None:
    """The generator writes a Param's arguments without the defaults; the runtime's Param
    fills in the same ones, whatever is left out."""
    from drivly_commerce._base import Param

    arguments = param_arguments("x", location, key, style, explode)
    # The call as the generated code writes it: our own literals, nothing from a spec.
    made = eval(f"Param({', '.join(arguments)})", {"Param": Param})
    assert (made.name, made.location, made.style, made.explode, made.key) == ("x", location, style, explode, key)
    assert len(arguments) == 2 + (key != "x") + (style != DEFAULT_STYLES[location]) + (explode != (style == "form"))


def test_an_overlays_code_is_formatted_by_black(tmp_path: Path) -> None:
    """Only the built-in templates are known to write black's layout."""
    overlay = tmp_path / "overlay"
    (overlay / "src" / "[package]").mkdir(parents=True)
    (overlay / "src" / "[package]" / "extra.py.jinja").write_text("x=[1,\n2]\n")
    config = pipeline.Config(spec=ENUM_TITLE, out=tmp_path / "out", templates=(overlay,))
    assert pipeline.produce(config).files["src/enum_api/extra.py"] == b"x = [1, 2]\n"
