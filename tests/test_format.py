"""The format stage: black's own output, cached by content, parallel on many misses."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import black
import pytest
from black.mode import Mode, TargetVersion

from generator import format as formatting
from generator.cache import store
from generator.format import FormatError, format_sources, mode
from generator.workers import Workers

UGLY = "import os\ndef f( a,b ):\n  return {'a':a,'b':b}\nx = [1,\n2]\n"


def model_source(index: int) -> str:
    """A badly laid out pydantic model, different per index, as templates might emit it."""
    fields = "\n".join(
        f"    field_{j}:Optional[str]=Field(default=None,alias='f{index}x{j}',description='d')"
        for j in range(12)
    )
    return f"from typing import Optional\nclass Model{index}( BaseModel ):\n{fields}\n"


@pytest.fixture
def black_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count calls to black in this process (the serial path)."""
    calls: list[str] = []
    real = black.format_str

    def counting(source: str, *, mode: Mode) -> str:
        calls.append(source)
        return real(source, mode=mode)

    monkeypatch.setattr(black, "format_str", counting)
    return calls


def test_python_is_formatted_exactly_as_black_does(tmp_path: Path) -> None:
    result = format_sources({"pkg/mod.py": UGLY}, cache_dir=tmp_path)
    assert result == {"pkg/mod.py": black.format_str(UGLY, mode=Mode())}
    assert result["pkg/mod.py"] != UGLY


def test_target_versions_are_py310_and_later() -> None:
    assert mode().line_length == 88
    assert min(v.value for v in mode().target_versions) == TargetVersion.PY310.value


def test_other_files_pass_through_unchanged(tmp_path: Path, black_calls: list[str]) -> None:
    files = {"README.md": "#  title\n", "pyproject.toml": "x=1\n", "data.pyi.txt": UGLY}
    assert format_sources(files, cache_dir=tmp_path) == files
    assert black_calls == []


def test_second_call_is_served_from_the_cache(tmp_path: Path, black_calls: list[str]) -> None:
    files = {"a.py": UGLY, "b.py": "y=2\n"}
    first = format_sources(files, cache_dir=tmp_path)
    assert len(black_calls) == 2
    second = format_sources(files, cache_dir=tmp_path)
    assert second == first
    assert len(black_calls) == 2  # no new call: both came from the cache


def test_cache_is_keyed_by_content_not_path(tmp_path: Path, black_calls: list[str]) -> None:
    format_sources({"a.py": UGLY}, cache_dir=tmp_path)
    format_sources({"other/name.py": UGLY, "new.py": "z=3\n"}, cache_dir=tmp_path)
    assert black_calls == [UGLY, "z=3\n"]


def test_corrupt_cache_entry_is_a_miss(tmp_path: Path, black_calls: list[str]) -> None:
    expected = format_sources({"a.py": UGLY}, cache_dir=tmp_path)
    (entry,) = [p for p in tmp_path.rglob("*") if p.is_file()]
    entry.write_bytes(entry.read_bytes()[:-5])  # truncated
    assert format_sources({"a.py": UGLY}, cache_dir=tmp_path) == expected
    assert len(black_calls) == 2
    entry.write_bytes(b"garbage")
    assert format_sources({"a.py": UGLY}, cache_dir=tmp_path) == expected


def test_unwritable_cache_does_not_fail_the_run(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be")
    result = format_sources({"a.py": UGLY}, cache_dir=blocker / "cache")
    assert result["a.py"] == black.format_str(UGLY, mode=Mode())


def test_cache_dir_defaults_to_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "from-env"))
    format_sources({"a.py": UGLY})
    assert [p for p in (tmp_path / "from-env").rglob("*") if p.is_file()]


def test_parallel_path_gives_the_same_bytes_as_serial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, black_calls: list[str]
) -> None:
    files = {f"models/m{i}.py": model_source(i) for i in range(24)}
    assert sum(map(len, files.values())) >= formatting.PARALLEL_MIN_CHARS  # pooled, not serial
    parallel = format_sources(files, cache_dir=tmp_path / "one")
    assert black_calls == []  # the work happened in worker processes
    monkeypatch.setattr(formatting, "PARALLEL_MIN_CHARS", 10**12)
    serial = format_sources(files, cache_dir=tmp_path / "two")
    assert len(black_calls) == len(files)
    assert parallel == serial
    assert list(parallel) == list(files)  # key order kept: the output is deterministic


def test_invalid_python_raises_format_error_naming_the_file(tmp_path: Path) -> None:
    files = {"ok.py": "x = 1\n", "pkg/broken.py": "def f(:\n    pass\n"}
    with pytest.raises(FormatError) as caught:
        format_sources(files, cache_dir=tmp_path)
    assert caught.value.path == "pkg/broken.py"
    message = str(caught.value)
    assert message.lower().startswith("pkg/broken.py: cannot parse")
    assert "\n" not in message


def test_invalid_python_in_a_worker_raises_format_error(tmp_path: Path) -> None:
    files = {f"m{i}.py": model_source(i) for i in range(24)}
    files["m7.py"] = "class (:\n"
    with pytest.raises(FormatError, match=r"^m7\.py: "):
        format_sources(files, cache_dir=tmp_path)


class Invalid(Exception):
    """Stands for the SpecError that validation raises while the workers format."""


@pytest.mark.parametrize("pooled", [True, False])
def test_meanwhile_runs_once_and_its_error_abandons_formatting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pooled: bool
) -> None:
    if not pooled:
        monkeypatch.setattr(formatting, "PARALLEL_MIN_CHARS", 10**12)
    files = {f"m{i}.py": model_source(i) for i in range(24)}
    runs: list[int] = []
    formatted = format_sources(files, cache_dir=tmp_path / "ok", meanwhile=lambda: runs.append(1))
    assert runs == [1] and formatted["m3.py"] == black.format_str(files["m3.py"], mode=mode())

    def invalid() -> None:
        raise Invalid

    with pytest.raises(Invalid):
        format_sources(files, cache_dir=tmp_path / "invalid", meanwhile=invalid)
    # Validation failing wins over a broken file: the spec's problems are what the user sees.
    with pytest.raises(Invalid):
        format_sources({**files, "m7.py": "class (:\n"}, cache_dir=tmp_path / "x", meanwhile=invalid)


def test_meanwhile_runs_when_everything_is_cached(tmp_path: Path) -> None:
    format_sources({"a.py": UGLY}, cache_dir=tmp_path)
    runs: list[int] = []
    format_sources({"a.py": UGLY}, cache_dir=tmp_path, meanwhile=lambda: runs.append(1))
    assert runs == [1]


def test_batches_hold_every_file_once_and_are_balanced() -> None:
    sources = {f"m{i}.py": "x" * (100 + 37 * i) for i in range(50)}
    batches = formatting._batches(sources, 8)
    assert len(batches) == 8
    assert sorted(path for batch in batches for path, _ in batch) == sorted(sources)
    sizes = [sum(len(source) for _, source in batch) for batch in batches]
    assert sizes == sorted(sizes, reverse=True)  # the largest batch goes first
    assert sizes[0] - sizes[-1] <= max(map(len, sources.values()))
    assert len(formatting._batches({"a.py": "x"}, 8)) == 1  # never an empty batch


LONG_DOCSTRING = 'def f() -> None:\n    """' + " ".join(["A docstring line no one can break."] * 4) + '"""\n'
LONG_NAME = "ResourceWithANameLongEnoughThatNoLineCanHoldItAndTheSignatureAroundItAtOnce"
LONG_LIST = "x = [" + ", ".join(['"item"'] * 20) + "]\n"


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("x = 1\n", True),
        (LONG_DOCSTRING, True),
        ("# " + " ".join(["a comment no one breaks"] * 5) + "\n", True),
        ("x = 1  \n", False),  # black strips the spaces
        ("from .a_module_with_a_name_long_enough_to_need_a_line_of_its_own_and_then_some import (\n    A,\n)\n", True),
        ("X = {\n    " + '"key": "' + "v" * 90 + '",\n}\n', True),
        ("f(\n    keyword=" + '"' + "v" * 90 + '"\n)\n', True),
        (f"class {LONG_NAME}:\n    def f(\n        self,\n    ) -> {LONG_NAME}:\n        pass\n", True),
        (f"class C:\n    def f(\n        self,\n    ) -> {LONG_NAME}[int]:\n        pass\n", False),  # black breaks the subscript
        (f"class C:\n    def f(self) -> None:\n        return {LONG_NAME}(\n            self\n        )\n", False),
        (f"class C:\n    def f(self) -> None:\n        return {LONG_NAME}Too(\n            self\n        )\n", True),  # black wraps it in parentheses
        (LONG_LIST, False),  # black breaks it
        ("class C:\n    name: " + "VeryLongTypeName" * 6 + "\n", False),  # black wraps the type
        ('x = f(\n    """\n    text\n    """\n)\n', False),  # black tries to break a line holding it
        ("def f(:\n", False),  # black's to report
    ],
)
def test_settled_is_what_black_keeps(source: str, kept: bool) -> None:
    assert formatting.settled(source) is kept
    if kept:
        assert black.format_str(source, mode=mode()) == source


def test_laid_out_files_go_to_black_only_when_it_may_change_them(
    tmp_path: Path, black_calls: list[str]
) -> None:
    files = {"settled.py": LONG_DOCSTRING, "long.py": LONG_LIST}
    result = format_sources(files, cache_dir=tmp_path, laid_out=True)
    assert black_calls == [LONG_LIST]
    assert result == {"settled.py": LONG_DOCSTRING, "long.py": black.format_str(LONG_LIST, mode=mode())}
    # Not laid out (an overlay's templates): black formats every file.
    assert format_sources({"ugly.py": UGLY}, cache_dir=tmp_path / "x", laid_out=False) == {
        "ugly.py": black.format_str(UGLY, mode=mode())
    }


def test_settled_files_are_remembered_in_one_entry_and_not_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, black_calls: list[str]
) -> None:
    # A regeneration after a small edit finds most files unchanged: parsing every one again
    # was a fifth of box's run, and an entry a file cost a slow write each.
    files = {"a.py": LONG_DOCSTRING, "b.py": LONG_DOCSTRING.replace("x", "y")}
    assert format_sources(files, cache_dir=tmp_path, laid_out=True) == files
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["settled"]
    parsed: list[str] = []
    monkeypatch.setattr(formatting, "settled", lambda source: parsed.append(source) or True)
    changed = {**files, "c.py": "z = 3\n"}
    assert format_sources(changed, cache_dir=tmp_path, laid_out=True) == changed
    assert parsed == ["z = 3\n"]
    assert black_calls == []
    # Code not laid out by the built-in templates (an overlay's) goes to black all the same.
    assert format_sources(files, cache_dir=tmp_path, laid_out=False) == files
    assert len(black_calls) == 2


def test_a_damaged_settled_entry_is_no_digest(tmp_path: Path) -> None:
    format_sources({"a.py": LONG_DOCSTRING}, cache_dir=tmp_path, laid_out=True)
    entry = tmp_path / "settled"
    entry.write_bytes(entry.read_bytes()[:-1])
    assert formatting._SettledDigests(tmp_path).known == {}
    assert format_sources({"a.py": LONG_DOCSTRING}, cache_dir=tmp_path, laid_out=True) == {"a.py": LONG_DOCSTRING}
    assert len(entry.read_bytes()) == 32


def test_invalid_laid_out_python_is_still_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"^broken\.py: (?i:cannot parse)"):
        format_sources({"broken.py": "def f(:\n    pass\n"}, cache_dir=tmp_path, laid_out=True)


@pytest.mark.skipif(Workers().count < 2, reason="one core: nothing runs beside this process")
def test_with_fewer_workers_than_cores_this_process_formats_the_batches_none_started(
    tmp_path: Path, black_calls: list[str]
) -> None:
    files = {f"models/m{i}.py": model_source(i) for i in range(24)}
    with Workers(processes=1) as one_worker:
        shared = format_sources(files, cache_dir=tmp_path / "one", workers=one_worker)
        assert len(multiprocessing.active_children()) == 1
    # The worker takes the batches in order while it starts, this process from the end.
    assert 0 < len(black_calls) < len(files)
    assert shared == format_sources(files, cache_dir=tmp_path / "two")


def test_an_interrupt_while_storing_a_cache_entry_stays_an_interrupt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C landing just after the entry was renamed into place must not turn into the
    failure to remove the temporary file (the run would then not stop its workers)."""
    real_replace = os.replace

    def replace_then_interrupt(source: str, target: Path) -> None:
        real_replace(source, target)
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", replace_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        store(tmp_path / "entry", b"data")
    assert (tmp_path / "entry").read_bytes() == b"data"
    assert [path.name for path in tmp_path.iterdir()] == ["entry"]
