"""py_literal: spec values as Python literals, in black's quotes."""

import ast
import math
import random

import black
import pytest

from generator.format import mode
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


# Strings made of the characters that decide black's choice of quotes and escapes.
QUOTING = "ab'\"\\\n\t\x01é"


def test_py_literal_is_what_black_writes_for_any_string() -> None:
    """Most files skip black (generator/format.py): a spec value must be quoted as black would."""
    chance = random.Random(15)
    values: list[str | bytes] = [
        "".join(chance.choice(QUOTING) for _ in range(chance.randint(0, 8))) for _ in range(2000)
    ]
    values += [value.encode("latin-1", "replace") for value in values[:300] if isinstance(value, str)]
    source = "".join(f"x = {py_literal(value)}\n" for value in values)
    assert [ast.literal_eval(py_literal(value)) for value in values] == values
    assert black.format_str(source, mode=mode()) == source


def test_py_literal_writes_floats_as_black_does() -> None:
    values = [1e20, -2.5e22, 1.5e-7, 1e300, 0.1, 100.0, 1e16, 5e-324]
    source = "".join(f"x = {py_literal(value)}\n" for value in values)
    assert [ast.literal_eval(py_literal(value)) for value in values] == values
    assert black.format_str(source, mode=mode()) == source
