"""``sdkgen diff``: spec versions compared as the SDK exposes them, with the semver bump."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import OPTIONS
from records import CORPUS

from generator import cli
from generator.diff import UNKNOWN_ENUM_NOTE, ApiDiff, Change, diff_apis
from generator.load import load_spec
from generator.model.build import build_api

PETSTORE: dict[str, Any] = yaml.safe_load((CORPUS / "petstore.yaml").read_text())
Mutation = Callable[[dict[str, Any]], None]


def pet(document: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = document["components"]["schemas"]["Pet"]
    return schema


def list_pets(document: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"]["/pets"]["get"]
    return operation


def with_kind_enum(*values: str) -> Mutation:
    def change(document: dict[str, Any]) -> None:
        pet(document)["properties"]["kind"] = {"type": "string", "enum": list(values)}

    return change


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def compare(tmp_path: Path, new: Mutation, old: Mutation = lambda _: None) -> ApiDiff:
    """Diff of the petstore after ``old`` against the petstore after ``old`` and ``new``."""
    before = copy.deepcopy(PETSTORE)
    old(before)
    after = copy.deepcopy(before)
    new(after)
    apis = [
        build_api(load_spec(write(tmp_path / name, document)), OPTIONS)
        for name, document in (("old.yaml", before), ("new.yaml", after))
    ]
    return diff_apis(*apis)


def test_removing_an_operation_is_breaking(tmp_path: Path) -> None:
    result = compare(tmp_path, lambda d: d["paths"].pop("/pets/{petId}"))
    assert result.changes == (Change("major", "operation", "pets.show_pet_by_id", "removed"),)
    assert result.bump == "major"


# create_pets takes a Pet body flattened into keyword arguments: Pet's fields are its parameters.


def test_adding_an_optional_field_is_a_minor_addition(tmp_path: Path) -> None:
    result = compare(tmp_path, lambda d: pet(d)["properties"].update(color={"type": "string"}))
    assert result.changes == (
        Change("minor", "field", "Pet.color", "added", "optional"),
        Change("minor", "parameter", "pets.create_pets(color)", "added", "optional"),
    )
    assert result.bump == "minor" and not result.to_json()["breaking"]


def test_adding_a_required_field_is_breaking(tmp_path: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        pet(document)["properties"]["color"] = {"type": "string"}
        pet(document)["required"].append("color")

    result = compare(tmp_path, change)
    assert result.changes == (
        Change("major", "field", "Pet.color", "added", "required"),
        Change("major", "parameter", "pets.create_pets(color)", "added", "required"),
    )


def test_making_a_parameter_required_is_breaking(tmp_path: Path) -> None:
    result = compare(tmp_path, lambda d: list_pets(d)["parameters"][0].update(required=True))
    assert Change("major", "parameter", "pets.list_pets(limit)", "changed", "now required") in result.changes
    assert result.bump == "major"


def test_making_a_parameter_optional_is_not(tmp_path: Path) -> None:
    result = compare(
        tmp_path,
        lambda d: list_pets(d)["parameters"][0].update(required=False),
        old=lambda d: list_pets(d)["parameters"][0].update(required=True),
    )
    assert Change("minor", "parameter", "pets.list_pets(limit)", "changed", "now optional") in result.changes
    assert result.bump == "minor"


def test_changing_a_field_type_is_breaking(tmp_path: Path) -> None:
    result = compare(tmp_path, lambda d: pet(d)["properties"]["id"].update(type="string", format=None))
    assert [(c.level, c.subject, c.action, c.detail) for c in result.changes] == [
        ("major", "Pet.id", "changed", "type int -> str"),
        ("major", "pets.create_pets(id)", "changed", "type int -> str"),
    ]


def test_adding_an_enum_value_is_minor_because_unknown_values_are_kept(tmp_path: Path) -> None:
    result = compare(tmp_path, with_kind_enum("cat", "dog", "bird"), old=with_kind_enum("cat", "dog"))
    (change,) = result.changes
    assert (change.level, change.kind, change.action) == ("minor", "enum value", "added")
    assert '"bird"' in change.subject and change.detail == UNKNOWN_ENUM_NOTE


def test_removing_an_enum_value_is_breaking(tmp_path: Path) -> None:
    result = compare(tmp_path, with_kind_enum("cat"), old=with_kind_enum("cat", "dog"))
    assert [(c.level, c.action) for c in result.changes] == [("major", "removed")]


def test_the_same_spec_written_differently_changes_nothing(tmp_path: Path) -> None:
    def reorder(document: dict[str, Any]) -> None:
        reordered = dict(reversed(list(document.items())))
        document.clear()
        document.update(reordered)

    result = compare(tmp_path, reorder)
    assert result.changes == () and result.bump == "none"


def test_documentation_only_changes_are_a_patch(tmp_path: Path) -> None:
    result = compare(tmp_path, lambda d: list_pets(d).update(summary="List pets, politely"))
    assert [c.level for c in result.changes] == ["patch"] and result.bump == "patch"


def test_breaking_changes_sort_first(tmp_path: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        pet(document)["properties"]["color"] = {"type": "string"}
        document["paths"].pop("/pets/{petId}")

    result = compare(tmp_path, change)
    assert [c.level for c in result.changes] == ["major", "minor", "minor"]
    assert result.summary().splitlines()[0].startswith("BREAKING  removed operation pets.show_pet_by_id")
    assert result.summary().splitlines()[-1] == "semver: major (3 changes, 1 breaking)"


@pytest.mark.parametrize("output", ["text", "json"])
def test_diff_command(tmp_path: Path, output: str, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(tmp_path / "old.yaml", PETSTORE)
    changed = copy.deepcopy(PETSTORE)
    changed["paths"].pop("/pets/{petId}")
    new = write(tmp_path / "new.yaml", changed)
    code = cli.main(["diff", str(old), str(new), "--format", output, "--project", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    if output == "json":
        assert json.loads(out) == {
            "bump": "major",
            "breaking": True,
            "changes": [{"level": "major", "kind": "operation", "subject": "pets.show_pet_by_id",
                         "action": "removed", "detail": "", "breaking": True}],
        }
    else:
        assert out.endswith("semver: major (1 change, 1 breaking)\n")


def test_diff_of_a_broken_spec_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(tmp_path / "old.yaml", PETSTORE)
    broken = tmp_path / "new.yaml"
    broken.write_text("openapi: 3.0.0\ninfo: [\n")
    assert cli.main(["diff", str(old), str(broken), "--project", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(f"{broken}:")


def test_a_named_environment_added_is_minor_and_removed_is_breaking(tmp_path: Path) -> None:
    def name_server(document: dict[str, Any]) -> None:
        document["servers"][0]["x-environment"] = "production"

    added = compare(tmp_path, name_server)
    assert added.changes == (Change("minor", "environment", "production", "added"),)
    removed = compare(tmp_path, lambda d: d["servers"][0].pop("x-environment"), old=name_server)
    assert removed.changes == (Change("major", "environment", "production", "removed"),)
