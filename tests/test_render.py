import ast
import io
import json
import tokenize
from pathlib import Path
from typing import Any

import black
import jinja2
import pytest
from conftest import REPO

from generator import render
from generator.format import mode
from generator.literals import py_literal
from generator.load import load_spec
from generator.model.build import build_api
from generator.pipeline import Config, options_for
from generator.render import comment, docstring, make_environment, markdown

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


LONG_TEXT = " ".join(f"word{i}" for i in range(60))


@pytest.mark.parametrize("indent", [0, 4, 8])
def test_docstring_lines_fit_at_their_indent(indent: int) -> None:
    literal = docstring(f"Summary that fits. Then {LONG_TEXT}\n\nArgs:\n    name: {LONG_TEXT}\n- {LONG_TEXT}", indent)
    lines = literal.split("\n")
    assert all(indent + len(line) <= 88 for line in lines), literal
    assert lines[0] == '"""Summary that fits.' and lines[1] == ""  # the first sentence is the summary
    name = next(i for i, line in enumerate(lines) if line.startswith("    name: "))
    assert lines[name + 1].startswith("        word")  # an Args entry hangs four further in
    bullet = next(i for i, line in enumerate(lines) if line.startswith("- "))
    assert lines[bullet + 1].startswith("  word")  # a list item hangs under its text
    # Only line breaks and their indents were added: the words are all there, in order.
    value = ast.literal_eval(literal)
    assert value.split() == f"Summary that fits. Then {LONG_TEXT} Args: name: {LONG_TEXT} - {LONG_TEXT}".split()
    assert docstring(f"Summary that fits. Then {LONG_TEXT}", indent) == literal.split("\n\nArgs")[0] + '\n"""'


def test_docstring_wrapping_never_splits_a_word_an_escape_or_a_fence() -> None:
    url = "https://example.com/" + "a" * 100
    hostile = ('x\\" ' * 40) + url
    literal = docstring(hostile, 4)
    assert url in literal.split("\n")[-2]  # longer than a line: alone on its own
    assert ast.literal_eval(literal).split() == hostile.split()  # every escape whole
    fenced = f"Code:\n\n```\n{LONG_TEXT}\n```\n\n| a | {LONG_TEXT} |"
    assert f"\n{LONG_TEXT}\n" in docstring(fenced) and f"| a | {LONG_TEXT} |" in docstring(fenced)


HOSTILE_TEXT: list[str] = json.loads((Path(__file__).parent / "specs" / "hostile" / "strings.json").read_text(encoding="utf-8"))
# What black changes in a docstring: lines after the first sharing an indent, an end in a
# quote or a backslash, tabs, trailing spaces, a lone long list item.
BLACK_SHAPES = [
    "Summary.\n  * indented list\n  * of two items",
    "Summary.\n\n    indented\n      more",
    'ends in "quotes"',
    "ends in a backslash \\",
    "tab\tinside\n\tand leading",
    "trailing spaces   \nsecond line  ",
    "- " + LONG_TEXT,
    " " + LONG_TEXT + ' "quoted"',
]


@pytest.mark.parametrize("text", INJECTIONS + HOSTILE_TEXT + BLACK_SHAPES)
def test_docstring_is_what_black_writes(text: str) -> None:
    """Most files skip black (generator/format.py): a docstring must stand as black would
    leave it, as a module's, a function's and an attribute's, at each indent."""
    for indent in (0, 4, 8):
        pad = " " * indent
        lines = docstring(text, indent).split("\n")
        # As the templates place it: jinja's indent filter, blank lines left blank.
        literal = lines[0] + "".join("\n" + (pad + line if line else "") for line in lines[1:])
        body = f"{pad}{literal}\n\n{pad}x: int\n{pad}{literal}\n"  # black: a blank line after a class's
        source = f"{literal}\n" if indent == 0 else "class C:\n" + (body if indent == 4 else f"    class D:\n{body}")
        assert black.format_str(source, mode=mode()) == source


def test_markdown_has_no_raw_html() -> None:
    assert markdown("<script>alert(1)</script> & co") == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"


def test_markdown_leaves_code_spans_literal() -> None:
    assert markdown("routes under `/api/<collection>` <b>x</b>") == (
        "routes under `/api/<collection>` &lt;b&gt;x&lt;/b&gt;"
    )


def test_a_warm_template_cache_is_not_used_by_another_generator(tmp_path, monkeypatch) -> None:
    """Compiled templates are cached, and jinja folds a filter of a constant into them: what
    the filter makes of it must come from this run's generator, not from the one that
    compiled the template."""
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "page.jinja").write_text('{{ "text" | docstring }}')
    assert make_environment([tmp_path / "t"]).get_template("page.jinja").render() == '"""text"""'
    assert any((tmp_path / "cache" / "jinja").iterdir())
    same = make_environment([tmp_path / "t"])
    same.filters["docstring"] = lambda text: f"new {text}"
    assert same.get_template("page.jinja").render() == '"""text"""'  # the same generator: cached
    monkeypatch.setattr(render, "code_digest", lambda: "another generator")
    upgraded = make_environment([tmp_path / "t"])
    upgraded.filters["docstring"] = lambda text: f"new {text}"
    assert upgraded.get_template("page.jinja").render() == "new text"


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates jinja compiles from now on."""
    names: list[str] = []
    real = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: str, name: str | None = None, *args: Any) -> Any:
        names.append(str(name))
        return real(self, source, name, *args)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    return names


def test_a_run_with_an_empty_cache_takes_the_templates_compiled_at_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiled: list[str]
) -> None:
    """What the build hook compiles serves every built-in template, and gives the same files
    as templates compiled afresh; an entry another generator compiled is not used."""
    spec = load_spec(REPO / "tests" / "corpus" / "petstore.yaml")
    api = build_api(spec, options_for(Config(spec=spec.path, out=tmp_path / "unused"), spec))
    monkeypatch.setattr(render, "INSTALLED_BYTECODE", tmp_path / "installed")
    builtin = list(render.BUILTIN_TEMPLATES.rglob("*.jinja"))
    assert render.compile_builtin_templates(tmp_path / "installed") == len(builtin)
    compiled.clear()
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "empty"))
    installed = render.render(api)
    assert compiled == []
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "also-empty"))
    monkeypatch.setattr(render, "code_digest", lambda: "another generator")
    assert render.render(api) == installed
    assert compiled and set(compiled) <= {p.relative_to(render.BUILTIN_TEMPLATES).as_posix() for p in builtin}


def test_an_overlay_template_is_never_taken_from_the_installed_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiled: list[str]
) -> None:
    monkeypatch.setattr(render, "INSTALLED_BYTECODE", tmp_path / "installed")
    render.compile_builtin_templates(tmp_path / "installed")
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "empty"))
    (tmp_path / "overlay").mkdir()
    (tmp_path / "overlay" / "README.md.jinja").write_text("overlay\n")
    compiled.clear()
    env = make_environment([tmp_path / "overlay", render.BUILTIN_TEMPLATES])
    assert env.get_template("README.md.jinja").render() == "overlay\n"
    assert compiled == ["README.md.jinja"]
