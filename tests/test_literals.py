"""py_literal: spec values as Python literals, in black's quotes."""

import ast
import math

import pytest

from generator.literals import py_literal


@pytest.mark.parametrize(
    "value",
    [
        ["it's", 'say "hi"', "both ' and \"", None, 1.5, True],
        {"k": ("one",), "e": (), "n": {"deep": ["\x00\n"]}},
        ("a", "b"),
    ],
)
def test_py_literal_round_trips_containers(value: object) -> None:
    assert ast.literal_eval(py_literal(value)) == value


def test_py_literal_of_non_finite_floats_evaluates_back() -> None:
    for value in (float("inf"), float("-inf")):
        assert eval(py_literal(value)) == value  # our own literal, from the line above
    assert math.isnan(eval(py_literal(float("nan"))))


def test_py_literal_quotes_as_black_does() -> None:
    assert py_literal("plain") == '"plain"'
    assert py_literal("it's") == '"it\'s"'
    assert py_literal('say "hi"') == "'say \"hi\"'"  # double quotes inside: black keeps ''
    assert py_literal(b"plain") == 'b"plain"'
    assert py_literal(b'say "hi"') == "b'say \"hi\"'"
