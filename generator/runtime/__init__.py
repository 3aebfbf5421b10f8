"""The SDK's shared runtime: the modules beside this one, copied byte for byte into every SDK.

They are plain Python, the same for every spec (what varies, the generated ``_client.py``
sets on its client classes), so black never sees them during a run and they are tested once
(``test_runtime.py`` here, run as the commerce SDK's ``tests/test_runtime.py``).

The names they export are read from their ``__all__``, the one list of them: the models and
resources import from the module named here, and no model or resource class may take one of
these names (``names.MODULE_RESERVED``).
"""

from __future__ import annotations

import ast
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
# File here -> where it goes in the SDK; "[package]" is the package's import name.
FILES = {
    "_base.py": "src/[package]/_base.py",
    "_errors.py": "src/[package]/_errors.py",
    "_lazy.py": "src/[package]/_lazy.py",
    "_models.py": "src/[package]/_models.py",
    "_streaming.py": "src/[package]/_streaming.py",
    "test_runtime.py": "tests/test_runtime.py",
}
# The runtime modules the rest of the SDK imports names from.
IMPORTED_FROM = ("_base", "_models", "_streaming")


def copies(package: str) -> dict[str, str]:
    """Output path -> text of every runtime file, for the package named ``package``."""
    return {
        out.replace("[package]", package): (FOLDER / name).read_text(encoding="utf-8")
        for name, out in FILES.items()
    }


def _exported(module: str) -> tuple[str, ...]:
    """The module's ``__all__``, read from its source without parsing all of it (a run
    needs only these lines; ``_base.py`` whole takes 20 ms to parse)."""
    lines = iter((FOLDER / f"{module}.py").read_text(encoding="utf-8").splitlines())
    statement = next(line for line in lines if line.startswith("__all__ = "))
    while not statement.endswith("]"):  # black ends a list it splits with "]" on its own line
        statement += next(lines)
    names = ast.literal_eval(statement.removeprefix("__all__ = "))
    return tuple(names)


EXPORTS = {module: _exported(module) for module in IMPORTED_FROM}
# The runtime module each name comes from, relative to the package root.
MODULE_OF = {name: f".{module}" for module, names in EXPORTS.items() for name in names}

# The clients' own public attributes (_base.py's SyncAPIClient and AsyncAPIClient, and the
# generated with_options): a resource or group of the client never takes one of these names.
CLIENT_ATTRIBUTES = (
    "aclose",
    "base_url",
    "close",
    "max_retries",
    "request",
    "request_page",
    "request_stream",
    "strict",
    "timeout",
    "with_options",
)
