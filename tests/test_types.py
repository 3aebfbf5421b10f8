"""Annotations as the model builds them: text, imports and members decided from their parts."""

from __future__ import annotations

from generator.model import types as t

CUSTOMER, STATUS = t.name("Customer"), t.name("Status")


def literal(*values: str) -> t.TypeExpr:
    return t.subscript("Literal", *map(t.value, values))


def test_a_union_of_unions_is_one_flat_union_in_order() -> None:
    inner = t.union([CUSTOMER, t.NONE])
    union = t.union([t.STR, inner, t.subscript("list", t.union([STATUS, t.STR]))])
    assert union.text == "str | Customer | None | list[Status | str]"
    assert [m.text for m in union.members] == ["str", "Customer", "None", "list[Status | str]"]


def test_merging_keeps_each_member_once_where_it_first_stands() -> None:
    merged = t.merge_union([t.union([STATUS, t.STR]), t.STR, t.union([t.NONE, STATUS])])
    assert merged.text == "Status | str | None"
    assert t.merge_union([t.STR, t.STR]) == t.STR  # one member left: no union at all


def test_names_are_what_must_be_imported_not_builtins_nor_literal_text() -> None:
    annotation = t.union([t.subscript("dict", t.STR, CUSTOMER), literal('"Status"', "1"), t.NONE])
    assert annotation.names == {"Customer", "Literal"}
    tagged = t.subscript("Annotated", CUSTOMER, t.value('Tag("Customer")', ["Tag"]))
    assert tagged.names == {"Annotated", "Customer", "Tag"}


def test_builtins_a_name_hides_are_qualified_in_heads_and_arguments_never_in_literals() -> None:
    annotation = t.union([t.subscript("list", t.STR), literal('"list"'), t.name("int")])
    qualified = t.qualify_builtins(annotation, {"list", "str"})
    assert qualified.text == 'builtins.list[builtins.str] | Literal["list"] | int'
    assert "builtins" in qualified.names
    assert t.qualify_builtins(annotation, set()) is annotation


def test_substituting_a_name_inside_a_union_keeps_the_union_flat() -> None:
    widened = t.substitute(
        t.union([CUSTOMER, t.NONE]), lambda n: t.union([t.name(n), t.DICT_ANY]) if n == "Customer" else None
    )
    assert [m.text for m in widened.members] == ["Customer", "dict[str, Any]", "None"]


def test_or_none_adds_none_once_and_never_to_any() -> None:
    assert t.or_none(CUSTOMER).text == "Customer | None"
    assert t.or_none(t.or_none(CUSTOMER)).text == "Customer | None"
    assert t.or_none(t.ANY) is t.ANY and t.or_none(t.NONE) is t.NONE
    # A None inside a member is not the union's own.
    assert t.or_none(t.subscript("list", t.union([CUSTOMER, t.NONE]))).text == "list[Customer | None] | None"


def test_the_item_of_a_list_and_only_of_a_list() -> None:
    assert t.list_item(t.subscript("list", CUSTOMER)) == CUSTOMER
    assert t.list_item(t.union([t.subscript("list", CUSTOMER), t.NONE])) == CUSTOMER
    assert t.list_item(t.union([t.subscript("list", CUSTOMER), t.subscript("list", STATUS)])) is None
    assert t.list_item(t.subscript("tuple", CUSTOMER)) is None
    assert t.list_item(t.qualify_builtins(t.subscript("list", CUSTOMER), {"list"})) is None


def test_an_optional_argument_also_takes_not_given() -> None:
    assert t.argument(CUSTOMER, required=True) is CUSTOMER
    assert t.argument(t.or_none(CUSTOMER), required=False).text == "Customer | None | NotGiven"
