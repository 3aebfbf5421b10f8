"""The layout helpers write code exactly as black would, and so do the templates."""

from pathlib import Path

import black
import pytest
from conftest import REPO, document
from records import CORPUS, FEATURES

from generator.format import mode
from generator.layout import (
    annotated,
    assigned,
    call_layout,
    def_layout,
    literal_layout,
    parameter,
)
from generator.literals import py_literal
from generator.load import load_spec
from generator.model import types as t
from generator.model.build import build_api
from generator.pipeline import Config, options_for
from generator.render import render

LONG = "VeryLongModelNameThatKeepsGoing" * 2
NONE, STR, NOT_GIVEN = t.NONE, t.STR, t.name("NotGiven")
PAGE = {
    "docs": [{"id": "1042", "updatedAt": "2024-05-20T11:15:42.903Z", "tags": ["a", "b"], "n": None}],
    "hasNextPage": False,
    "empty": {},
    "blob": b"bytes",
}
# Where each layout stands: at module level, in a class body, in a parameter list.
MODULE, CLASS, PARAMETERS = "{}\n", "class C:\n    {}\n", "def f(\n    self,\n    *,\n    {},\n) -> None:\n    pass\n"
TUPLE = "X = (\n    1,\n    {}\n)\n"
METHOD = "class C:\n    async def f(self) -> None:\n        {}\n"
ARGS = ", ".join(f'"{name}": {name}' for name in ("depth", "select", "populate", "locale", "draft"))
CALL = "return await self._client.call"


@pytest.mark.parametrize(
    ("context", "code"),
    [
        (TUPLE, call_layout("Reply", ['"200"', '"json"', "Short"], ",", 4)),
        (TUPLE, call_layout("Reply", ['"200"', '"json"', LONG], ",", 4)),
        (TUPLE, call_layout("Reply", ['"200"', '"json"', LONG, LONG], ",", 4)),
        (MODULE, call_layout("class " + LONG + LONG, ["str", "Enum"], ":") + "\n    A = 1"),
        (CLASS, annotated("field", t.union([t.name(f"{LONG}Extra"), NONE]), "None", 4)),
        (CLASS, annotated("field", t.union([t.name(LONG[:40]), NONE]), 'Field(None, alias="fieldName")', 4)),
        (CLASS, annotated("field", t.subscript("list", t.name(f"{LONG}ExtraExtraExtra")), "", 4)),
        (CLASS, annotated("Key", t.union([t.name(LONG + "Extra"), STR, NONE]), "", 4)),  # a TypedDict key
        (PARAMETERS, parameter("argument", t.union([t.name(LONG), t.DICT_ANY, NOT_GIVEN]), "NOT_GIVEN", 4)),
        (PARAMETERS, parameter("argument", t.union([t.name(LONG), t.name(LONG[:50])]), "", 4)),
        (CLASS, annotated("field", t.subscript("OpenEnum", t.name(LONG + LONG)), "", 4)),
        (PARAMETERS, parameter("argument", t.union([t.name(LONG + LONG), STR]), "", 4)),
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
        (METHOD, call_layout(CALL, ["_COUNT", '{"where": where, "locale": locale}', "**options"], "", 8)),
        (METHOD, call_layout(CALL, ["_GET", "{" + ARGS + "}", "body=body", "**options"], "", 8)),
        (METHOD, call_layout(CALL, ["_SET", "{}", "body={" + ARGS + ', "x": f(1, 2)}', "**options"], "", 8)),
        (MODULE, assigned("Alias: TypeAlias", f"{LONG} | {LONG[:15]}")),
    ],
)
def test_layouts_are_what_black_writes(context: str, code: str) -> None:
    """Each layout helper lays its code out exactly as black would: black changes nothing."""
    source = context.format(code)
    assert fits_nowhere_else(code)
    assert black.format_str(source, mode=mode()) == source, source


def fits_nowhere_else(code: str) -> bool:
    """The cases are long enough to need the layout, except the one-line control case."""
    return "\n" in code or len(code) < 60


def test_literal_layout_leaves_what_is_no_plain_literal_to_black() -> None:
    literal = py_literal({"when": float("inf"), "long": LONG})
    assert literal_layout(literal, "X = ") == "X = " + literal


# Every spec whose SDK comes out of the templates exactly as black writes it. Box does not
# (twenty of its 553 files have names too long for any line, which black breaks in ways not
# copied here), so black makes a second pass over those files only.
ALREADY_BLACK = [
    REPO / "spec" / "commerce.yaml",
    CORPUS / "twilio_messaging_v1.yaml",
    CORPUS / "petstore-expanded.yaml",
    CORPUS / "webhook-example.yaml",
    FEATURES / "bodies.yaml",
    FEATURES / "names.yaml",
    FEATURES / "nested.yaml",
    FEATURES / "parameters.yaml",
    FEATURES / "security.yaml",
    FEATURES / "streams.yaml",
]


@pytest.mark.parametrize("spec", ALREADY_BLACK, ids=lambda path: path.name)
def test_rendered_code_is_already_black_formatted(spec: Path) -> None:
    """black formats each file once and finds nothing to change (the speed of a cold run)."""
    loaded = load_spec(spec)
    api = build_api(loaded, options_for(Config(spec=spec, out=spec.parent / "unused"), loaded))
    rendered = {path: text for path, text in render(api).items() if path.endswith(".py")}
    changed = [path for path, text in rendered.items() if black.format_str(text, mode=mode()) != text]
    assert rendered and changed == []


def test_a_long_union_breaks_between_its_members_never_inside_a_string(build) -> None:  # type: ignore[no-untyped-def]
    """Enum values are spec text: ``] | `` inside one is no place to break a union at."""
    values = ["] | " + "a" * 25, "b" * 15 + " | [", 1]  # mixed types: a Literal, not an enum
    api = build(document(paths={"/things": {"get": {
        "operationId": "listThings",
        "parameters": [{"name": "choice", "in": "query", "schema": {"enum": values}}],
        "responses": {"204": {"description": "none"}},
    }}}))
    [resource] = api.resources
    [choice] = resource.operations[0].keyword
    assert [m.text for m in t.members(choice.signature_annotation)] == [
        'Literal["] | ' + "a" * 25 + '", "' + "b" * 15 + ' | [", 1]', "int", "str", "NotGiven",
    ]
    source = render(api)[f"src/sdk/resources/{resource.module}.py"]
    compile(source, resource.module, "exec")  # a union broken inside a literal is a SyntaxError
    assert black.format_str(source, mode=mode()) == source
