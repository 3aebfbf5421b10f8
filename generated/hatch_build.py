"""Build hook: regenerate this SDK from its OpenAPI document before packaging it.

Only where sdkgen is installed and a project next to this folder generates it; everywhere
else (an unpacked sdist, an isolated build env) the files are packaged as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class RegenerateFromSpec(BuildHookInterface[Any]):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        try:
            from generator.hatch_build import regenerate_for_build
        except ImportError:
            self.app.display_info(
                "sdkgen is not installed: packaging the files as they are"
            )
            return
        self.app.display_info(regenerate_for_build(Path(self.root)))
