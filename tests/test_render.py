import ast
import io
import math
import tokenize

import black
import pytest

from generator.format import MODE
from generator.layout import (
    annotated,
    assigned,
    call_layout,
    def_layout,
    literal_layout,
    parameter,
)
from generator.literals import py_literal
from generator.render import comment, docstring, markdown

INJECTIONS = [
    '"""; import os; os.system("echo pwned"); """',
    "'''",
    "\\",
    "ends with a quote\"",
    "ends with a backslash\\",
    "line\nbreak\r\nand\rreturn",
    "{{ 7 * 7 }} {% raw %}",
    "__import__('os').system('id')",
    "separators\u2028and\u2029here",
    "nul\x00byte",
    "\N{RIGHT-TO-LEFT OVERRIDE}reversed",
]


def strings_and_comments(source: str) -> list[str]:
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return [t.string for t in tokens if t.type in (tokenize.STRING, tokenize.COMMENT)]


@pytest.mark.parametrize("text", INJECTIONS)
def test_docstring_holds_text_and_nothing_else(text: str) -> None:
    literal = docstring(text)
    source = f"def f():\n    {literal}\n"
    tree = ast.parse(source)
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    assert len(function.body) == 1  # nothing but the docstring
    assert strings_and_comments(source) == [literal]
    # Visible characters survive (modulo line-end normalisation and escaped invisibles).
    value = ast.get_docstring(function, clean=False) or ""
    for word in ("import", "pwned", "7 * 7", "reversed"):
        if word in text:
            assert word in value


@pytest.mark.parametrize("text", INJECTIONS)
def test_py_literal_round_trips(text: str) -> None:
    assert ast.literal_eval(py_literal(text)) == text


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


def test_literal_layout_leaves_what_is_no_plain_literal_to_black() -> None:
    literal = py_literal({"when": float("inf"), "long": LONG})
    assert literal_layout(literal, "X = ") == "X = " + literal


def test_py_literal_quotes_as_black_does() -> None:
    assert py_literal("plain") == '"plain"'
    assert py_literal("it's") == '"it\'s"'
    assert py_literal('say "hi"') == "'say \"hi\"'"  # double quotes inside: black keeps ''


LONG = "VeryLongModelNameThatKeepsGoing" * 2
PAGE = {
    "docs": [{"id": "1042", "updatedAt": "2024-05-20T11:15:42.903Z", "tags": ["a", "b"], "n": None}],
    "hasNextPage": False,
    "empty": {},
    "blob": b"bytes",
}
# Where each layout stands: at module level, in a class body, in a parameter list.
MODULE, CLASS, PARAMETERS = "{}\n", "class C:\n    {}\n", "def f(\n    self,\n    *,\n    {},\n) -> None:\n    pass\n"
TUPLE = "X = (\n    1,\n    {}\n)\n"


@pytest.mark.parametrize(
    ("context", "code"),
    [
        (TUPLE, call_layout("Reply", ['"200"', '"json"', "Short"], ",", 4)),
        (TUPLE, call_layout("Reply", ['"200"', '"json"', LONG], ",", 4)),
        (TUPLE, call_layout("Reply", ['"200"', '"json"', LONG, LONG], ",", 4)),
        (MODULE, call_layout("class " + LONG + LONG, ["str", "Enum"], ":") + "\n    A = 1"),
        (CLASS, annotated("field", f"{LONG}Extra | None", "None", 4)),
        (CLASS, annotated("field", f"{LONG[:40]} | None", 'Field(None, alias="fieldName")', 4)),
        (CLASS, annotated("field", f"list[{LONG}ExtraExtraExtra]", "", 4)),
        (PARAMETERS, parameter("argument", f"{LONG} | dict[str, Any] | NotGiven", "NOT_GIVEN", 4)),
        (PARAMETERS, parameter("argument", f"{LONG} | {LONG[:50]}", "", 4)),
        (CLASS, annotated("field", f"OpenEnum[{LONG}{LONG}]", "", 4)),
        (PARAMETERS, parameter("argument", f"{LONG}{LONG} | str", "", 4)),
        (CLASS, def_layout("with_raw_response", ["self"], LONG, 4) + "\n        pass"),
        (CLASS, def_layout("__init__", ["self", f"resource: {LONG}"], "None", 4) + "\n        pass"),
        (CLASS, def_layout("f", ["self", f"first: {LONG}", f"second: {LONG}"], "None", 4) + "\n        pass"),
        (MODULE, literal_layout(py_literal(PAGE), "PAGE: dict[str, Any] = ")),
        (MODULE, literal_layout(py_literal({"only": PAGE["docs"][0]}), "ONE = ")),
        (MODULE, literal_layout(py_literal((LONG, LONG)), "PAIR = ")),
        (MODULE, literal_layout(py_literal((LONG + LONG,)), "SINGLE = ")),
        (TUPLE, call_layout("pytest.param", ['"resource"', py_literal(PAGE), "None", 'id="x"'], ",", 4)),
        (CLASS, call_layout("body = ", ["**PAGE", '"hasNextPage": number < 3', f'"{LONG}": None'], indent=4, brackets="{}")),
        (CLASS, assigned("MEMBER", py_literal(LONG + LONG[:14]), 4)),
        (MODULE, assigned("Alias: TypeAlias", f"{LONG} | {LONG[:15]}")),
    ],
)
def test_layouts_are_what_black_writes(context: str, code: str) -> None:
    """Each layout helper lays its code out exactly as black would: black changes nothing."""
    source = context.format(code)
    assert fits_nowhere_else(code)
    assert black.format_str(source, mode=MODE) == source, source


def fits_nowhere_else(code: str) -> bool:
    """The cases are long enough to need the layout, except the one-line control case."""
    return "\n" in code or len(code) < 60


@pytest.mark.parametrize("text", INJECTIONS)
def test_comment_cannot_leave_the_comment(text: str) -> None:
    source = comment(text) + "\nx = 1\n"
    tree = ast.parse(source)
    assert len(tree.body) == 1
    assert all(line.startswith("#") for line in comment(text).splitlines())


def test_docstring_multi_line_closes_on_its_own_line() -> None:
    assert docstring("one") == '"""one"""'
    assert docstring("one\n\n\n\ntwo").endswith('two\n"""')
    assert "\n\n\n" not in docstring("one\n\n\n\ntwo")


def test_markdown_has_no_raw_html() -> None:
    assert markdown("<script>alert(1)</script> & co") == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"


def test_markdown_leaves_code_spans_literal() -> None:
    assert markdown("routes under `/api/<collection>` <b>x</b>") == (
        "routes under `/api/<collection>` &lt;b&gt;x&lt;/b&gt;"
    )
