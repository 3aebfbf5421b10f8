"""``sdkgen`` with one moment of its run held open, for the tests that interrupt a run there.

``python tests/held_run.py STAGE MARKER ARGS...`` runs ``sdkgen ARGS`` in this process as the
command does, except that the first time the run's work reaches STAGE, the process doing it
(this one, or a worker) writes its pid to MARKER and waits there: the test then signals the
run at a moment it knows, instead of guessing one from the clock.
"""

from __future__ import annotations

import functools
import importlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.cli import main

HOLD_SECONDS = 30.0  # longer than any test waits; a run nobody signals then carries on

# Each stage by a function the run calls in the middle of it; held as it is entered, except
# the loader's read, held once the spec is read and not yet parsed.
STAGES = {
    "loading": ("generator.load", "read_source"),
    "validating": ("generator.validate", "_structural_findings"),  # in a worker
    "formatting": ("generator.format", "_format_batch"),  # in a worker
    "writing": ("generator.write", "_write_file"),  # the new tree half built beside the old
}


def hold(stage: str, marker: Path) -> None:
    module_name, name = STAGES[stage]
    module = importlib.import_module(module_name)
    original: Callable[..., Any] = getattr(module, name)

    def wait_here() -> None:
        # Written whole, then linked: the test reads the pid once the marker is there, and of
        # two workers reaching the stage at once only one holds (the other's link fails).
        partial = marker.with_name(f"{marker.name}.{os.getpid()}")
        partial.write_text(str(os.getpid()))
        try:
            os.link(partial, marker)
        except FileExistsError:
            return
        finally:
            partial.unlink()
        time.sleep(HOLD_SECONDS)

    # wraps: the module and name stay the original's, so a task still pickles by name.
    @functools.wraps(original)
    def held(*args: Any, **kwargs: Any) -> Any:
        if stage != "loading":
            wait_here()
        result = original(*args, **kwargs)
        wait_here()
        return result

    setattr(module, name, held)


if __name__ == "__main__":
    hold(sys.argv[1], Path(sys.argv[2]))
    sys.exit(main(sys.argv[3:]))
