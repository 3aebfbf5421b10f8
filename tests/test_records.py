"""Every corpus and feature spec still generates exactly what its golden record says
(tests/records.py): a change to any generated SDK is a reviewed change to a record."""

from __future__ import annotations

from pathlib import Path

import pytest
from records import SPECS, record, record_path, spec_id


@pytest.mark.parametrize("spec", SPECS, ids=spec_id)
def test_spec_generates_its_record(spec: Path, tmp_path: Path) -> None:
    path = record_path(spec)
    assert path.is_file(), f"no record for {spec_id(spec)}: run `make records`"
    assert record(spec, tmp_path / "out") == path.read_text(encoding="utf-8"), (
        f"{spec_id(spec)} generates something else than its record: review the change, then"
        " run `make records` and commit the records with it"
    )


def test_every_record_belongs_to_a_spec() -> None:
    assert {p.name for p in record_path(SPECS[0]).parent.glob("*.txt")} == {record_path(s).name for s in SPECS}
