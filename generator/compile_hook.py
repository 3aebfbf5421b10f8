"""The build hook (hatchling) that compiles the built-in templates as the generator is
installed, from a wheel or editable: a run with an empty cache then compiles none of them,
as Python's own modules come with their bytecode."""

from __future__ import annotations

import sys
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileTemplates(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "compile-templates"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # The generator being built, not one installed in the build environment.
        sys.path.insert(0, self.root)
        try:
            from generator.render import INSTALLED_BYTECODE, compile_builtin_templates
        finally:
            sys.path.remove(self.root)
        count = compile_builtin_templates(INSTALLED_BYTECODE)
        self.app.display_info(f"compiled {count} templates into {INSTALLED_BYTECODE}")
        # git ignores the folder; the wheel carries it all the same (an editable install
        # reads it where it is).
        build_data["artifacts"].append("/generator/compiled_templates/")
