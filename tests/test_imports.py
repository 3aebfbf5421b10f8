"""Import statements ordered and sectioned as isort (ruff's I001) wants them."""

from __future__ import annotations

from generator.imports import group_imports, import_key, isort_key
from generator.model.ir import Import


def test_sections_are_standard_library_third_party_then_local() -> None:
    sections = group_imports([
        ("..models.pet", "Pet"), ("pydantic", "Field"), ("typing", "Any"), (".._base", "Endpoint"),
        ("datetime", "date"), ("builtins", ""),
    ])
    assert sections == (
        (Import("builtins", ()), Import("datetime", ("date",)), Import("typing", ("Any",))),
        (Import("pydantic", ("Field",)),),
        (Import(".._base", ("Endpoint",)), Import("..models.pet", ("Pet",))),
    )


def test_a_module_is_imported_once_with_its_names_sorted() -> None:
    [[typing]] = group_imports([("typing", "Literal"), ("typing", "Any"), ("typing", "Literal")])
    assert typing == Import("typing", ("Any", "Literal"))


def test_relative_imports_furthest_first() -> None:
    [local] = group_imports([(".models.pet", "Pet"), ("..models.pet", "Pet"), ("._base", "X")])
    assert [i.module for i in local] == ["..models.pet", "._base", ".models.pet"]


def test_names_sort_constants_then_classes_then_the_rest() -> None:
    names = ["to_raw_response_wrapper", "Endpoint", "NOT_GIVEN", "AsyncPage", "X"]
    assert sorted(names, key=isort_key) == ["NOT_GIVEN", "AsyncPage", "Endpoint", "X", "to_raw_response_wrapper"]


def test_imported_names_compare_case_insensitively_unlike_all() -> None:
    names = ["FileVersion", "Files"]
    assert sorted(names, key=import_key) == ["Files", "FileVersion"]
    assert sorted(names, key=isort_key) == ["FileVersion", "Files"]
