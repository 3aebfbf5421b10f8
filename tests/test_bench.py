"""The pieces of `make bench` that decide a verdict by themselves: the synthetic specs of the
growth rows and the exponent fitted to them (the bench itself runs outside `make test`)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest
from conftest import REPO

from generator.load import load_spec
from generator.model.build import Options, build_api
from generator.validate import validate

sys.path.insert(0, str(REPO / "bench"))
from run import fitted_exponent
from synthetic import document


@pytest.mark.parametrize("operations", [5, 50])
def test_a_synthetic_spec_is_valid_and_has_the_operations_asked_for(operations: int, tmp_path: Path) -> None:
    spec = tmp_path / "synthetic.json"
    spec.write_text(json.dumps(document(operations)))
    loaded = load_spec(spec)
    validate(loaded)  # raises SpecError listing every problem
    api = build_api(loaded, Options(package="s", distribution="s", client_name="C", env_prefix="S"))
    assert sum(len(r.operations) for r in api.resources) == operations
    assert len(api.resources) == operations // 5


def test_a_synthetic_spec_of_other_than_whole_collections_is_refused() -> None:
    with pytest.raises(ValueError, match="multiple of 5"):
        document(12)


@pytest.mark.parametrize("exponent", [0.5, 1.0, 2.0])
def test_the_fitted_exponent_of_a_power_law_is_its_exponent(exponent: float) -> None:
    sizes = [250, 500, 1000, 2000]
    assert math.isclose(fitted_exponent(sizes, [3.0 * n**exponent for n in sizes]), exponent)
