"""Turning untrusted spec text into safe, stable Python identifiers.

Every function here returns a valid ASCII identifier whatever it is given, so a name from a
spec can never smuggle code into the output: the worst a hostile name can do is become an
odd-looking but inert identifier.
"""

from __future__ import annotations

import builtins
import keyword
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable

from . import runtime

# Attribute names that would shadow pydantic's own BaseModel API, or break it.
PYDANTIC_RESERVED = frozenset(
    name for name in dir(__import__("pydantic").BaseModel) if not name.startswith("__")
) | {"model_config", "model_fields", "model_computed_fields", "schema", "fields"}

# Module-level names a generated module imports or defines for itself; a model or
# resource class with one of these names would shadow them.
MODULE_RESERVED = frozenset(dir(builtins)) | frozenset(runtime.MODULE_OF) | {
    "Any",
    "Annotated",
    "Discriminator",
    "Enum",
    "Field",
    "Literal",
    "Tag",
    "TYPE_CHECKING",
    "annotations",
    "cached_property",
    "httpx",
    "datetime",
    "date",
    "time",
    "UUID",
    "Decimal",
    "Unpack",
    "IO",
    "TypeAlias",
    "Required",
    "Sequence",
    "TypedDict",
}

# Names the package root, its _client module and the generated tests that import the client
# classes bind at module level (tests/test_names.py checks this against them): a client class
# named from info.title must be none of these (an API titled "Enum" would hide enum.Enum from
# tests/test_streams.py). tests/test_runtime.py imports no client: its names are its own.
CLIENT_RESERVED = MODULE_RESERVED | {
    "APIConnectionError", "APIError", "APIResponseValidationError", "APIStatusError",
    "APITimeoutError", "AsyncAPIClient", "AsyncIterator", "AuthenticationError",
    "BadRequestError", "Callable", "ClassVar", "ConfigurationError", "ConflictError",
    "InternalServerError", "Iterator", "NotFoundError", "Path", "PermissionDeniedError",
    "RateLimitError", "Scheme", "SyncAPIClient", "UnprocessableEntityError",
    "AlreadyDeletedError", "APIStreamError", "AsyncStream", "ServerSentEvent", "Stream",
    # defined by tests/test_streams.py
    "Body", "Chunk", "Handler", "Harness",
}

# Modules a generated package must not be named like: it would hide them from itself, its
# tests and everything else on the path (an API titled "Enum" is not package ``enum``).
PACKAGE_RESERVED = frozenset(sys.stdlib_module_names) | {
    "anyio", "annotated_types", "certifi", "h11", "httpcore", "httpx", "idna", "pydantic",
    "pydantic_core", "pytest", "sniffio", "tests", "typing_extensions",
}

_WORD_BOUNDARY = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+")


def _ascii_words(text: str) -> list[str]:
    """Split any text into ASCII words: camelCase, snake_case, kebab-case and symbols alike."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _WORD_BOUNDARY.findall(folded)


def snake(text: str, *, fallback: str = "value") -> str:
    """``fallback-locale`` -> ``fallback_locale``, ``HTTPServer2`` -> ``http_server2``."""
    words = [word.lower() for word in _ascii_words(text)]
    name = "_".join(words) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    return name


def pascal(text: str, *, fallback: str = "Model") -> str:
    """``customer delete-response`` -> ``CustomerDeleteResponse``."""
    name = "".join(word[0].upper() + word[1:] for word in _ascii_words(text)) or fallback
    if name[0].isdigit():
        name = f"{fallback}{name}"
    return name


def upper_snake(text: str, *, fallback: str = "VALUE") -> str:
    """Enum member names: ``Car Concierge (Andrew)`` -> ``CAR_CONCIERGE_ANDREW``."""
    return snake(text, fallback=fallback.lower()).upper()


def safe_attribute(name: str) -> str:
    """A keyword or a pydantic-reserved attribute gets a trailing underscore."""
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in PYDANTIC_RESERVED:
        return f"{name}_"
    return name


# Lower-case names that model annotations use, other than the builtins (those are written
# ``builtins.list`` where a field hides them): pydantic evaluates a class's annotations in
# its own namespace, where a field ``date`` would stand for ``date`` (its default), so
# ``date: date | None`` could not be evaluated.
ANNOTATION_NAMES = frozenset({"date", "datetime", "time", "builtins", "by_property"})


def safe_field(name: str) -> str:
    """A model field's name: as safe_attribute, and never a name its annotations use."""
    name = safe_attribute(name)
    return f"{name}_" if name in ANNOTATION_NAMES else name


def safe_parameter(name: str, reserved: Iterable[str] = ()) -> str:
    """A keyword, or a name the generated signature already uses, gets a trailing underscore."""
    taken = set(reserved)
    while keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in taken:
        name = f"{name}_"
    return name


def safe_class(name: str) -> str:
    """A class name never shadows a builtin or a name the generated module imports."""
    return f"{name}Model" if name in MODULE_RESERVED else name


def safe_module(name: str) -> str:
    """Module stems: snake case, never a keyword, never starting with an underscore."""
    name = snake(name, fallback="module")
    return f"{name}_" if keyword.iskeyword(name) or name in {"models", "resources"} else name


class NameTable:
    """Hands out unique names in a deterministic order: the second ``x`` becomes ``x_2``.

    Case-insensitive, because model module names become files and macOS and Windows
    file systems fold case; ``fold_case=False`` for names that only Python reads, where
    ``SELECT`` beside a class ``Select`` is no clash.
    """

    def __init__(self, taken: Iterable[str] = (), *, fold_case: bool = True) -> None:
        self._fold: Callable[[str], str] = str.lower if fold_case else str
        self._taken = {self._fold(name) for name in taken}

    def is_taken(self, name: str) -> bool:
        return self._fold(name) in self._taken

    def claim(self, name: str, separator: str = "_") -> str:
        candidate, counter = name, 1
        while self._fold(candidate) in self._taken:
            counter += 1
            candidate = f"{name}{separator}{counter}"
        self._taken.add(self._fold(candidate))
        return candidate
