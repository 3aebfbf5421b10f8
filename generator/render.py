"""Render the intermediate model through the Jinja2 templates into file contents.

Every file under a template folder is an output, except ``partials/``.  Path segments name
what a template is rendered for: ``[package]`` is the import name, ``[resource]`` renders
once per resource and ``[model_module]`` once per models module.  A ``.jinja`` suffix is
dropped; other files are copied as they are.  Folders given first override later ones
file by file, which is how users replace a single built-in template.
"""

from __future__ import annotations

import inspect
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2

from . import layout
from .cache import cache_root, store
from .fingerprint import code_digest
from .literals import py_literal
from .model import ir

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
if not BUILTIN_TEMPLATES.is_dir():  # installed wheel: templates are shipped inside the package
    BUILTIN_TEMPLATES = Path(__file__).resolve().parent / "templates"

PARTIALS = "partials/"


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


def docstring(text: Any, indent: int = 0) -> str:
    """A triple-quoted literal that holds ``text`` as documentation and nothing else, for a
    docstring at ``indent``: a summary line that fits, the rest wrapped (``_wrap``)."""
    body = str(text).replace("\r\n", "\n").replace("\\", "\\\\").replace('"', '\\"')
    body = _escape_invisible(body, keep="\n\t").expandtabs(4)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in body.strip().split("\n")))
    if not layout.fits(f'"""{body}"""', indent):
        body = _wrap(body, indent)
    if "\n" not in body:
        # black pads a one-line docstring ending in its quote character.
        return '"""' + body + (' """' if body.endswith('"') else '"""')
    # As black leaves a docstring, PEP 257's trim: the lines after the first lose the indent
    # they share. PEP 257 too: the closing quotes stand on a line of their own.
    return '"""' + inspect.cleandoc(body) + '\n"""'


# Where a long first line may end its summary: a sentence's end, before a capital.
_SENTENCE_END = re.compile(r"[.!?](?= [A-Z`(])")
# What a continuation line hangs under: a list item's bullet; an indented ``name: `` (an
# Args entry, Google style) hangs four further in.
_BULLET = re.compile(r"(?:[-*+]|\d{1,3}[.)]) ")
_ARG = re.compile(r"\w+: ")
_FENCE = "```"


def _wrap(body: str, indent: int) -> str:
    """Wrapped as openai-python's docstrings are: a first line too long gives its first
    sentence as the summary when that fits, and every line too long breaks at spaces only
    (escapes and URLs stay whole), its continuation under its text (a list item's or an
    Args entry's four further in). Lines inside code fences and table rows stay as they are:
    Markdown needs them whole. Deterministic: the text and the indent decide it all."""
    lines = body.split("\n")
    first = lines[0]
    end = _SENTENCE_END.search(first)
    if not layout.fits('"""' + first, indent) and end and layout.fits('"""' + first[: end.start() + 1], indent):
        lines[0:1] = [first[: end.start() + 1], "", first[end.start() + 2 :]]
    out: list[str] = []
    fenced = False
    for number, line in enumerate(lines):
        if line.lstrip().startswith(_FENCE):
            fenced = not fenced
        width = layout.LINE_LENGTH - indent - (3 if number == 0 else 0)
        if fenced or len(line) <= width or line.lstrip().startswith("|"):
            out.append(line)
            continue
        content = line.lstrip(" ")
        lead = line[: len(line) - len(content)]
        bullet = _BULLET.match(content)
        extra = len(bullet.group(0)) if bullet else 4 if lead and _ARG.match(content) else 0
        out += _fill(content, lead, lead + " " * extra, width, layout.LINE_LENGTH - indent)
    return "\n".join(out)


def _fill(text: str, lead: str, hang: str, first_width: int, width: int) -> list[str]:
    """Greedy filling at spaces: the first line after ``lead`` within ``first_width``, the
    rest after ``hang`` within ``width``; a word longer than a line stands alone."""
    lines: list[str] = []
    current = lead
    for word in text.split(" "):
        limit = first_width if not lines else width
        if current.strip() and len(current) + 1 + len(word) > limit:
            lines.append(current.rstrip())
            current = hang + word
        else:
            current = current + (" " if current.strip() else "") + word
    lines.append(current.rstrip())
    return lines


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


# The built-in templates as compiled when the generator was installed (compile_hook.py):
# a run with an empty cache compiles none of them (0.13 s of a cold run on twilio's spec).
INSTALLED_BYTECODE = Path(__file__).resolve().parent / "compiled_templates"


class _BytecodeCache(jinja2.BytecodeCache):
    """Compiled templates, valid for their source and for this generator's code: jinja folds
    a filter of a constant into the bytecode (`{{ "text" | docstring }}` compiles to the
    docstring), so what another version of the generator compiled must not be loaded.

    Kept in ``folder`` (none when None) by template path; a stale entry is recompiled and
    overwritten. A built-in template found in neither is taken from INSTALLED_BYTECODE when
    its entry there is valid too.
    """

    def __init__(self, folder: Path | None, code: str) -> None:
        self.folder = folder
        self.code = code

    def get_source_checksum(self, source: str) -> str:
        return super().get_source_checksum(self.code + "\0" + source)

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> jinja2.bccache.Bucket:
        bucket = super().get_bucket(environment, name, filename, source)
        if bucket.code is None and filename and Path(filename).is_relative_to(BUILTIN_TEMPLATES):
            _read_bucket(bucket, installed_bytecode(name))
        return bucket

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if self.folder is not None:
            _read_bucket(bucket, self.folder / bucket.key)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if self.folder is not None:
            store(self.folder / bucket.key, bucket.bytecode_to_string())


def installed_bytecode(name: str, folder: Path | None = None) -> Path:
    """Where template ``name`` is compiled to in ``folder``, by default INSTALLED_BYTECODE."""
    return (folder or INSTALLED_BYTECODE) / f"{name}.bytecode"


def _read_bucket(bucket: jinja2.bccache.Bucket, entry: Path) -> None:
    """Fill bucket from entry when it holds bytecode for bucket's checksum; else leave it."""
    try:
        data = entry.read_bytes()
    except OSError:
        return
    bucket.bytecode_from_string(data)  # resets the bucket when the entry does not match


def compile_builtin_templates(folder: Path) -> int:
    """Compile every built-in template into ``folder`` as INSTALLED_BYTECODE holds them; how
    many."""
    env = make_environment((BUILTIN_TEMPLATES,), cached=False)
    cache = _BytecodeCache(None, code_digest())
    names = env.list_templates(filter_func=lambda name: name.endswith(".jinja"))
    for name in names:
        source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        bucket = jinja2.bccache.Bucket(env, name, cache.get_source_checksum(source))
        bucket.code = env.compile(source, name, filename)
        store(installed_bytecode(name, folder), bucket.bytecode_to_string())
    return len(names)


def make_environment(template_dirs: Sequence[Path], *, cached: bool = True) -> jinja2.Environment:
    """The templates' environment; ``cached``: compiled templates are kept and reused."""
    root = cache_root() if cached else None
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        # Compiling the templates is a third of a no-op run.
        bytecode_cache=_BytecodeCache(root / "jinja" if root else None, code_digest()) if cached else None,
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
        call_layout=layout.call_layout,
        def_layout=layout.def_layout,
        literal_layout=layout.literal_layout,
        annotated=layout.annotated,
        parameter=layout.parameter,
        assigned=layout.assigned,
    )
    env.tests["fitting"] = layout.fits
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
