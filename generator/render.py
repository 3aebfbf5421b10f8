"""Render the intermediate model through the Jinja2 templates into file contents.

Every file under a template folder is an output, except ``partials/``.  Path segments name
what a template is rendered for: ``[package]`` is the import name, ``[resource]`` renders
once per resource and ``[model_module]`` once per models module.  A ``.jinja`` suffix is
dropped; other files are copied as they are.  Folders given first override later ones
file by file, which is how users replace a single built-in template.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2

from .cache import cache_root
from .literals import py_literal
from .model import ir

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
if not BUILTIN_TEMPLATES.is_dir():  # installed wheel: templates are shipped inside the package
    BUILTIN_TEMPLATES = Path(__file__).resolve().parent / "templates"

PARTIALS = "partials/"


# Code is laid out the way black would lay it out, so black finds little to change: black
# takes about half the time on code already in its style (1.1 s vs 2.1 s of CPU on twilio).
# Only the simple cases are copied; black still formats every file and settles the rest.
LINE_LENGTH = 88  # black's default


def fits(line: str, indent: int = 0) -> bool:
    """Whether ``line`` at ``indent`` stays within black's line length."""
    return indent + len(line) <= LINE_LENGTH


def call_layout(
    head: str, arguments: Sequence[str], tail: str = "", indent: int = 0, brackets: str = "()"
) -> str:
    """``head(arguments)tail`` as black writes a call (or, with other ``brackets``, a
    display): on one line if it fits, else a call's arguments on a line of their own, else
    one a line, literals among them broken in turn. Without its first indent: templates
    place it after their own."""
    opening, closing = brackets[0], brackets[1]
    joined = ", ".join(arguments)
    if fits(f"{head}{opening}{joined}{closing}{tail}", indent):
        return f"{head}{opening}{joined}{closing}{tail}"
    pad = " " * indent
    # black keeps a call's arguments together when they fit; a display it always explodes.
    if brackets == "()" and fits(joined, indent + 4):
        return f"{head}(\n{pad}    {joined}\n{pad}){tail}"
    lines = "".join(f"{pad}    {_argument_layout(argument, indent + 4)}\n" for argument in arguments)
    return f"{head}{opening}\n{lines}{pad}{closing}{tail}"


def _argument_layout(argument: str, indent: int) -> str:
    """One argument of an exploded call, with its comma; a long literal is broken too."""
    if fits(argument + ",", indent):
        return argument + ","
    try:
        value = ast.literal_eval(argument)
    except (ValueError, SyntaxError):
        return argument + ","  # not a literal: black's to break, if it can
    return _value_layout(value, "", ",", indent)


def literal_layout(literal: str, prefix: str = "", suffix: str = "", indent: int = 0) -> str:
    """``prefix literal suffix``, a long collection broken as black breaks it. ``literal`` is
    a py_literal output (parsing it back is safe: literal_eval runs no code); one that is no
    plain literal (``float("inf")``) is left for black to lay out."""
    try:
        value = ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        return prefix + literal + suffix
    return _value_layout(value, prefix, suffix, indent)


_BRACKETS: dict[type, tuple[str, str]] = {list: ("[", "]"), tuple: ("(", ")"), dict: ("{", "}")}


def _value_layout(value: Any, prefix: str, suffix: str, indent: int) -> str:
    one_line = prefix + py_literal(value) + suffix
    kind = type(value)
    if fits(one_line, indent) or kind not in (list, tuple, dict) or not value:
        return one_line
    opening, closing = _BRACKETS[kind]
    items = (
        [(py_literal(k) + ": ", v) for k, v in value.items()]
        if kind is dict
        else [("", v) for v in value]
    )
    pad = " " * indent
    if len(items) == 1:
        # One item has no comma to break at: black keeps it on one line inside the brackets.
        key, item = items[0]
        inner = _value_layout(item, key, "," if kind is tuple else "", indent + 4)
        return f"{prefix}{opening}\n{pad}    {inner}\n{pad}{closing}{suffix}"
    lines = "".join(f"{pad}    {_value_layout(item, key, ',', indent + 4)}\n" for key, item in items)
    return f"{prefix}{opening}\n{lines}{pad}{closing}{suffix}"


def def_layout(
    name: str, parameters: Sequence[str], returns: str, indent: int = 0, keyword_width: int = 0
) -> str:
    """``def name(parameters) -> returns:`` as black writes it: a lone parameter broken onto
    its own line gets a trailing comma, several on one line do not. ``keyword_width``: what
    stands before ``def`` on its line (``async ``)."""
    joined = ", ".join(parameters)
    line = f"def {name}({joined}) -> {returns}:"
    pad = " " * indent
    if fits(line, indent + keyword_width):
        return line
    if fits(joined + ("," if len(parameters) == 1 else ""), indent + 4):
        comma = "," if len(parameters) == 1 else ""
        return f"def {name}(\n{pad}    {joined}{comma}\n{pad}) -> {returns}:"
    lines = "".join(f"{pad}    {parameter},\n" for parameter in parameters)
    return f"def {name}(\n{lines}{pad}) -> {returns}:"


def annotated(target: str, annotation: str, value: str = "", indent: int = 0) -> str:
    """A class attribute ``target: annotation = value`` as black lays out the long ones we
    emit (the value split or parenthesized first, then the annotation); rarer shapes are
    left to black."""
    line = f"{target}: {annotation}" + (f" = {value}" if value else "")
    if fits(line, indent):
        return line
    pad = " " * indent
    if value:
        head, _, arguments = value[:-1].partition("(")
        if value.endswith(")") and fits(f"{target}: {annotation} = {head}(", indent) and fits(arguments, indent + 4):
            return f"{target}: {annotation} = {head}(\n{pad}    {arguments}\n{pad})"
        if fits(f"{target}: {annotation} = (", indent) and fits(value, indent + 4):
            return f"{target}: {annotation} = (\n{pad}    {value}\n{pad})"
        return parameter(target, annotation, value, indent)
    head, _, inside = annotation[:-1].partition("[")
    # A lone name that is too long anyway goes on a line of its own all the same.
    if annotation.endswith("]") and head and fits(f"{target}: {head}[", indent) and (fits(inside, indent + 4) or inside.isidentifier()):
        return f"{target}: {head}[\n{pad}    {inside}\n{pad}]"
    return line


def parameter(name: str, annotation: str, default: str = "", indent: int = 0) -> str:
    """``name: annotation = default`` (a parameter, or an attribute whose value black left
    alone): black puts a long annotation in parentheses, a union one member a line."""
    line = f"{name}: {annotation}" + (f" = {default}" if default else "")
    end = f") = {default}" if default else ")"
    if fits(line + ",", indent):
        return line
    pad = " " * indent
    if fits(annotation, indent + 4):
        return f"{name}: (\n{pad}    {annotation}\n{pad}{end}"
    members = _top_level_union(annotation)
    # Members black cannot break further stand one a line, even when one is too long.
    if len(members) > 1 and all(fits(f"| {m}", indent + 4) or m.isidentifier() for m in members):
        lines = f"\n{pad}    | ".join(members)
        return f"{name}: (\n{pad}    {lines}\n{pad}{end}"
    return line


def _top_level_union(annotation: str) -> list[str]:
    """``A | B[C | D] | E`` -> ``["A", "B[C | D]", "E"]``."""
    members, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        depth += char in "([{"
        depth -= char in ")]}"
        if depth == 0 and annotation.startswith(" | ", index):
            members.append(annotation[start:index])
            start = index + 3
    members.append(annotation[start:])
    return members


def assigned(target: str, value: str, indent: int = 0) -> str:
    """``target = value``; when too long and the value ends in no bracket, black puts it in
    parentheses on a line of its own."""
    line = f"{target} = {value}"
    if fits(line, indent) or value.endswith((")", "]", "}")) or not fits(value, indent + 4):
        return line
    pad = " " * indent
    return f"{target} = (\n{pad}    {value}\n{pad})"


def _escape_invisible(text: str, keep: str) -> str:
    """Escape control, format and separator characters other than those in ``keep``."""
    visible = text
    for char in keep:
        visible = visible.replace(char, "")
    if visible.isprintable():  # the common case, checked in C: nothing to escape
        return text
    out = []
    for char in text:
        if char in keep or unicodedata.category(char)[0] not in "CZ" or char == " ":
            out.append(char)
        else:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(out)


def docstring(text: Any) -> str:
    """A triple-quoted literal that holds ``text`` as documentation and nothing else."""
    body = str(text).replace("\r\n", "\n").replace("\\", "\\\\").replace('"', '\\"')
    body = _escape_invisible(body, keep="\n\t").expandtabs(4)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in body.strip().split("\n")))
    # PEP 257: the closing quotes of a multi-line docstring stand on a line of their own.
    return '"""' + body + ('\n"""' if "\n" in body else '"""')


def comment(text: Any) -> str:
    """``# `` lines; a newline in the text can only start another comment line."""
    body = _escape_invisible(str(text).replace("\r\n", "\n"), keep="\n")
    return "\n".join(f"# {line}".rstrip() for line in body.strip().split("\n"))


_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)


def markdown(text: Any) -> str:
    """Text for the README: no raw HTML, no invisible characters.

    Code spans are left as they are: Markdown shows their insides literally, and an
    entity there would show as ``&lt;`` instead of ``<``.
    """
    body = _escape_invisible(str(text).replace("\r\n", "\n"), keep="\n\t").strip()
    out, position = [], 0
    for span in _CODE_SPAN.finditer(body):
        out.append(_escape_html(body[position : span.start()]))
        out.append(span.group(0))
        position = span.end()
    out.append(_escape_html(body[position:]))
    return "".join(out)


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def toml(value: Any) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, the rest kept."""
    out = []
    for char in str(value):
        if char in '"\\' or ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _bytecode_cache(folder: Path) -> jinja2.BytecodeCache | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def make_environment(template_dirs: Sequence[Path]) -> jinja2.Environment:
    root = cache_root()
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        # Compiled templates, keyed by their source: compiling them is a third of a no-op run.
        bytecode_cache=_bytecode_cache(root / "jinja") if root is not None else None,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        pyrepr=py_literal, docstring=docstring, comment=comment, markdown=markdown, toml=toml
    )
    env.globals.update(
        call_layout=call_layout,
        def_layout=def_layout,
        literal_layout=literal_layout,
        annotated=annotated,
        parameter=parameter,
        assigned=assigned,
    )
    env.tests["fitting"] = fits
    return env


def template_names(template_dirs: Sequence[Path]) -> list[str]:
    names: set[str] = set()
    for folder in template_dirs:
        for path in folder.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                name = path.relative_to(folder).as_posix()
                if not name.startswith(PARTIALS):
                    names.add(name)
    return sorted(names)


def render(api: ir.Api, template_dirs: Sequence[Path] = (BUILTIN_TEMPLATES,)) -> dict[str, str]:
    """Relative output path -> text, for every output of every template."""
    env = make_environment(template_dirs)
    files: dict[str, str] = {}
    for name in template_names(template_dirs):
        out_name = name.removesuffix(".jinja").replace("[package]", api.package)
        items: Sequence[tuple[str, dict[str, Any]]]
        if "[resource]" in name:
            items = [(r.module, {"resource": r}) for r in api.resources]
            marker = "[resource]"
        elif "[model_module]" in name:
            items = [(m.module, {"module": m}) for m in api.model_modules]
            marker = "[model_module]"
        else:
            items, marker = [("", {})], ""
        if not name.endswith(".jinja"):
            source = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
            files[out_name] = source
            continue
        template = env.get_template(name)
        for stem, extra in items:
            path = out_name.replace(marker, stem) if marker else out_name
            text = template.render(api=api, **extra)
            if text.strip():  # a template renders nothing when it does not apply
                files[path] = text
    return files
