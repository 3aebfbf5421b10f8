"""Problems in the user's spec, each pinned to ``file:line:col`` and a JSON pointer."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

Severity = Literal["error", "warning"]

# Control and format characters (every line boundary str.splitlines knows is Cc, Zl or Zp;
# Cf holds the bidi overrides that reorder what a terminal shows) and lone surrogates,
# which stderr cannot encode.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def _escaped(char: str) -> str:
    if char == "\\" or unicodedata.category(char) in _ESCAPED_CATEGORIES:
        return char.encode("unicode_escape").decode("ascii")
    return char


def _one_line(text: str) -> str:
    # A message or pointer quoting spec text must not break the one-problem-per-line output.
    if text.isprintable() and "\\" not in text:  # the usual case, without a loop per character
        return text
    return "".join(_escaped(char) for char in text)


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str  # path as given by the user (relative stays relative)
    line: int  # 1-based
    col: int  # 1-based
    pointer: str  # JSON pointer, "" for the document root (printed as "/")
    message: str
    # An error leaves no correct SDK to generate; a warning is a mistake of the document that
    # the generator works around in the one way the README's table of warnings documents.
    severity: Severity = "error"

    def __str__(self) -> str:
        label = "warning: " if self.severity == "warning" else ""
        return (f"{_one_line(self.file)}:{self.line}:{self.col}: {_one_line(self.pointer or '/')}: "
                f"{label}{_one_line(self.message)}")

    def as_warning(self) -> Diagnostic:
        return replace(self, severity="warning")


class SpecError(Exception):
    """Bad input: every problem found, sorted by place, without duplicates. Warnings found
    beside the errors come along, to be shown with them; under --strict they are the errors."""

    diagnostics: tuple[Diagnostic, ...]

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = tuple(sorted(set(diagnostics)))
        super().__init__("\n".join(str(d) for d in self.diagnostics))
