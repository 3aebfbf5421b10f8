"""Loading: parse errors pinned to file:line:col, $ref resolution and bundling."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import all_refs

from generator.diagnostics import Diagnostic, SpecError
from generator.load import MAX_DEPTH, LoadedSpec, load_spec

SPECS = Path(__file__).resolve().parent / "specs"
MULTIFILE = SPECS / "multifile"
CORPUS = Path(__file__).resolve().parent / "corpus"
HEADER = "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\n"  # 4 lines


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Write files under folder; returns the first one (the root spec)."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder / next(iter(files))


def problems(path: Path) -> list[tuple[str, int, int, str, str]]:
    """Every diagnostic of loading path, with file names relative to path's folder."""
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    return [(os.path.relpath(d.file, path.parent), d.line, d.col, d.pointer, d.message)
            for d in caught.value.diagnostics]


def only_problem(path: Path) -> tuple[str, int, int, str, str]:
    found = problems(path)
    assert len(found) == 1, found
    return found[0]


# --- diagnostics ------------------------------------------------------------------------


def test_diagnostic_prints_on_one_line_with_root_as_slash() -> None:
    assert str(Diagnostic("a.yaml", 3, 5, "", "bad")) == "a.yaml:3:5: /: bad"
    assert str(Diagnostic("a.yaml", 1, 2, "/x\ny", "two\nlines")) == "a.yaml:1:2: /x\\ny: two\\nlines"


@pytest.mark.parametrize(("text", "printed"), [
    ("tab\there", "tab\\there"),
    ("back\\slash", "back\\\\slash"),
    ("bidi \u202e override", "bidi \\u202e override"),
    ("half \ud800 pair", "half \\ud800 pair"),
    ("next\x85line", "next\\x85line"),
    ("caf\u00e9 \u4e2d", "caf\u00e9 \u4e2d"),  # printable text outside ASCII stays as it is
])
def test_diagnostic_escapes_control_format_and_separator_characters(text: str, printed: str) -> None:
    assert str(Diagnostic("a.yaml", 1, 1, "/x", text)) == f"a.yaml:1:1: /x: {printed}"


def test_spec_error_sorts_and_deduplicates() -> None:
    late, early = Diagnostic("a", 9, 1, "/b", "m"), Diagnostic("a", 2, 1, "/a", "m")
    assert SpecError([late, early, late]).diagnostics == (early, late)


# --- reading and parsing ----------------------------------------------------------------


def test_yaml_syntax_error_uses_the_parser_mark(tmp_path: Path) -> None:
    path = write(tmp_path, {"spec.yaml": "openapi: 3.1.0\ninfo: [a\n"})
    file, line, col, pointer, message = only_problem(path)
    assert (file, line, col, pointer) == ("spec.yaml", 3, 1, "")
    assert message.startswith("YAML syntax error:")


def test_json_syntax_error_in_a_json_file(tmp_path: Path) -> None:
    path = write(tmp_path, {"spec.json": '{\n  "openapi": "3.1.0",\n}\n'})
    assert only_problem(path)[1:4] == (3, 1, "")


def test_non_utf8_byte_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, {"spec.yaml": b"openapi: 3.1.0\ninfo:\n  title: caf\xe9\n"})
    assert only_problem(path) == ("spec.yaml", 3, 13, "", "not UTF-8: byte 0xe9 cannot be decoded")


def test_control_character_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, {"spec.yaml": 'openapi: 3.1.0\nx: "ab\x01"\n'})
    assert only_problem(path)[1:4] == (2, 7, "")


@pytest.mark.parametrize("text", ["", "  \n\n", "# only a comment\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    _, line, col, pointer, message = only_problem(write(tmp_path, {"spec.yaml": text}))
    assert (line, col, pointer) == (1, 1, "") and message.startswith("file is empty")


def test_document_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, {"spec.yaml": "# a list\n- a\n- b\n"})
    assert only_problem(path)[1:] == (2, 1, "", "an OpenAPI document must be a mapping, not a list")


def test_document_without_openapi_field(tmp_path: Path) -> None:
    path = write(tmp_path, {"spec.yaml": "info:\n  title: t\n"})
    assert only_problem(path)[1:] == (
        1, 1, "", "not an OpenAPI document: no 'openapi' field (supported versions: 3.0.x, 3.1.x)")


def test_swagger_2_gets_its_own_message(tmp_path: Path) -> None:
    path = write(tmp_path, {"spec.yaml": "info: {}\nswagger: '2.0'\n"})
    line, col, pointer, message = only_problem(path)[1:]
    assert (line, col, pointer) == (2, 1, "/swagger")
    assert message.startswith("Swagger 2.0 is not supported: convert it to OpenAPI 3")


@pytest.mark.parametrize(("value", "expected"), [
    ("'2.5.0'", "unsupported OpenAPI version '2.5.0' (supported versions: 3.0.x, 3.1.x)"),
    ("3.2.0", "unsupported OpenAPI version '3.2.0' (supported versions: 3.0.x, 3.1.x)"),
    ("3.0", "the openapi field must be a string such as '3.1.0', not 3.0 (supported versions: 3.0.x, 3.1.x)"),
])
def test_unsupported_versions(tmp_path: Path, value: str, expected: str) -> None:
    path = write(tmp_path, {"spec.yaml": f"info: {{}}\nopenapi: {value}\n"})
    assert only_problem(path)[1:] == (2, 1, "/openapi", expected)


def test_duplicate_yaml_key_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, {"spec.yaml": HEADER + "  title: again\n"})
    assert only_problem(path)[1:] == (5, 3, "/info/title", "duplicate key 'title' (first at line 3)")


def test_duplicate_json_key_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, {"spec.json": '{\n  "openapi": "3.1.0",\n  "info": {"title": "a", "title": "b"}\n}'})
    assert only_problem(path)[1:] == (3, 26, "/info/title", "duplicate key 'title' (first at line 3)")


def test_merge_keys_are_not_duplicates(tmp_path: Path) -> None:
    text = HEADER + "x-base: &base {a: 1, b: 2}\nx-merged:\n  <<: *base\n  b: 3\n"
    assert load_spec(write(tmp_path, {"spec.yaml": text})).document["x-merged"] == {"a": 1, "b": 3}


def test_alias_bomb_is_refused_fast(tmp_path: Path) -> None:
    lines = [HEADER + "x-0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"x-{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]" for n in range(1, 10)]
    path = write(tmp_path, {"spec.yaml": "\n".join(lines) + "\n"})
    started = time.perf_counter()
    line, col, pointer, message = only_problem(path)[1:]
    assert time.perf_counter() - started < 2
    # x-6 is the first node over 5,000,000 (10**7 after expansion); line 4 + 7 = 11
    assert (line, col, pointer) == (11, 6, "/x-6")
    assert "alias" in message and "5,000,000" in message


def test_recursive_alias_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, {"spec.yaml": HEADER + "x-loop: &loop\n  self: *loop\n"})
    message = "YAML alias refers to the node at line 5 that contains it (an infinite structure)"
    assert only_problem(path)[1:] == (6, 3, "/x-loop/self", message)


DEEP = "[" * (MAX_DEPTH + 100) + "]" * (MAX_DEPTH + 100)


@pytest.mark.parametrize(("name", "text", "where"), [
    # x-deep is level 1, so the list opened 500 characters after its first "[" is too deep
    ("spec.yaml", "openapi: 3.1.0\nx-deep: " + DEEP + "\n", (2, 9 + MAX_DEPTH)),
    ("spec.json", '{"openapi": "3.1.0", "x-deep": ' + DEEP + "}", (1, 32 + MAX_DEPTH)),
])
def test_deep_nesting_is_refused(tmp_path: Path, name: str, text: str, where: tuple[int, int]) -> None:
    assert only_problem(write(tmp_path, {name: text}))[1:] == (
        *where, "/x-deep" + "/0" * MAX_DEPTH, f"nesting deeper than {MAX_DEPTH} levels")


def test_nesting_beyond_the_parsers_own_limits(tmp_path: Path) -> None:
    deeper = "[" * 100_000 + "]" * 100_000
    yaml_problem = only_problem(write(tmp_path, {"spec.yaml": "openapi: 3.1.0\nx-deep: " + deeper}))
    assert yaml_problem[1:4] == (2, 1008, "") and "exceeded maximum nesting depth" in yaml_problem[4]
    json_problem = only_problem(write(tmp_path, {"spec.json": '{"openapi": "3.1.0", "x-deep": ' + deeper + "}"}))
    assert json_problem[1:] == (1, 32 + MAX_DEPTH, "/x-deep" + "/0" * MAX_DEPTH, f"nesting deeper than {MAX_DEPTH} levels")


def test_missing_file(tmp_path: Path) -> None:
    assert only_problem(tmp_path / "nope.yaml")[1:] == (1, 1, "", f"file not found: {tmp_path / 'nope.yaml'}")


def test_directory(tmp_path: Path) -> None:
    assert only_problem(tmp_path)[4] == f"{tmp_path} is a directory, not a file"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod cannot make a file unreadable for root (as in CI containers); fail the read instead.
    path = write(tmp_path, {"spec.yaml": HEADER})

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert only_problem(path)[4] == f"permission denied: {path}"


def test_yaml_keys_and_dates_stay_text_and_order_is_kept(tmp_path: Path) -> None:
    text = HEADER + "x-codes:\n  404: a\n  200: b\n  true: c\nx-when: 2024-01-02\n"
    document = load_spec(write(tmp_path, {"spec.yaml": text})).document
    assert list(document["x-codes"].items()) == [("404", "a"), ("200", "b"), ("true", "c")]
    assert document["x-when"] == "2024-01-02"
    assert list(document) == ["openapi", "info", "x-codes", "x-when"]


def test_yaml_value_with_no_json_equivalent(tmp_path: Path) -> None:
    path = write(tmp_path, {"spec.yaml": HEADER + "x-set: !!set {a, b}\n"})
    assert only_problem(path)[1:4] == (5, 1, "/x-set")


@pytest.mark.parametrize(("name", "text", "where"), [
    ("spec.json", '{\n  "openapi": "3.1.0",\n  "x-big": [1, -' + "9" * 5000 + "]\n}\n", (3, 16, "/x-big/1")),
    ("spec.yaml", HEADER + "x-big:\n  - 1\n  - -" + "9" * 5000 + "\n", (7, 5, "/x-big/1")),
    ("spec.yaml", HEADER + "x-big: 0x" + "f" * 5000 + "\n", (5, 1, "/x-big")),  # converts, cannot be printed
])
def test_integer_too_long_to_convert_is_located(tmp_path: Path, name: str, text: str,
                                                where: tuple[int, int, str]) -> None:
    _, line, col, pointer, message = only_problem(write(tmp_path, {name: text}))
    assert (line, col, pointer) == where
    assert message.startswith("integer too long: more than 4,300 digits")


@pytest.mark.parametrize(("name", "value"), [("spec.yaml", ".nan"), ("spec.yaml", "-.inf"),
                                             ("spec.json", "NaN"), ("spec.json", "1e400")])
def test_non_finite_number_has_no_json_equivalent(tmp_path: Path, name: str, value: str) -> None:
    text = HEADER + f"x-n: {value}\n" if name == "spec.yaml" else '{"openapi": "3.1.0",\n "x-n": ' + value + "}"
    _, line, _, pointer, message = only_problem(write(tmp_path, {name: text}))
    assert (line, pointer) == ((5, "/x-n") if name == "spec.yaml" else (2, "/x-n"))
    assert "has no JSON equivalent" in message


def test_lone_surrogates_are_refused_in_values_keys_and_refs(tmp_path: Path) -> None:
    text = ('{"openapi": "3.1.0",\n"x-a": "half \\ud800",\n"x-\\udc00": 1,\n'
            '"components": {"schemas": {"A": {"$ref": "#/\\ud83d"}}}}')
    found = problems(write(tmp_path, {"spec.json": text}))
    assert [(line, pointer) for _, line, _, pointer, _ in found] == [
        (2, "/x-a"), (3, "/x-\udc00"), (4, "/components/schemas/A/$ref")]
    assert found[0][4] == ("text is not valid Unicode: lone surrogate U+D800 at character 6 "
                           "(a \\u escape must be half of a pair)")
    assert found[1][4].startswith("key is not valid Unicode: lone surrogate U+DC00")


def test_relative_path_stays_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"spec.yaml": "openapi: 9\n"})
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SpecError) as caught:
        load_spec(Path("spec.yaml"))
    assert str(caught.value.diagnostics[0]).startswith("spec.yaml:1:1: /openapi: ")


# --- local $ref -------------------------------------------------------------------------

SCHEMAS = """components:
  schemas:
    a/b~c:
      type: string
    with space:
      type: integer
    Node:
      type: object
      properties:
        next:
          $ref: '#/components/schemas/Node'
"""


def test_local_refs_with_escapes_and_percent_encoding(tmp_path: Path) -> None:
    text = HEADER + SCHEMAS + "    Both:\n      anyOf:\n" \
        "        - $ref: '#/components/schemas/a~1b~0c'\n        - $ref: '#/components/schemas/with%20space'\n"
    spec = load_spec(write(tmp_path, {"spec.yaml": text}))
    assert spec.document["components"]["schemas"]["Both"]["anyOf"][1] == {"$ref": "#/components/schemas/with%20space"}
    # recursion through a property is fine, and stays a $ref
    assert spec.document["components"]["schemas"]["Node"]["properties"]["next"] == {"$ref": "#/components/schemas/Node"}


def test_dangling_local_ref_is_reported_at_the_ref(tmp_path: Path) -> None:
    text = HEADER + SCHEMAS + "    Broken:\n      $ref: '#/components/schemas/Missing'\n"
    assert only_problem(write(tmp_path, {"spec.yaml": text}))[1:] == (
        17, 7, "/components/schemas/Broken/$ref", "$ref target not found: #/components/schemas/Missing")


def test_every_problem_is_reported(tmp_path: Path) -> None:
    text = HEADER + "components:\n  schemas:\n    A:\n      $ref: '#/nowhere'\n    B:\n      $ref: 'http://x/y'\n"
    assert [p[1:3] for p in problems(write(tmp_path, {"spec.yaml": text}))] == [(8, 7), (10, 7)]


@pytest.mark.parametrize(("schemas", "where"), [
    ("    A:\n      $ref: '#/components/schemas/B'\n    B:\n      $ref: '#/components/schemas/A'\n", (8, 7)),
    ("    A:\n      $ref: '#/components/schemas/A'\n", (8, 7)),
])
def test_pure_alias_cycles_are_refused(tmp_path: Path, schemas: str, where: tuple[int, int]) -> None:
    path = write(tmp_path, {"spec.yaml": HEADER + "components:\n  schemas:\n" + schemas})
    line, col, pointer, message = only_problem(path)[1:]
    assert (line, col, pointer) == (*where, "/components/schemas/A/$ref")
    assert message.startswith("$ref cycle with no content: #/components/schemas/A -> ")


def test_ref_inside_example_data_is_not_a_reference(tmp_path: Path) -> None:
    text = HEADER + "components:\n  schemas:\n    A:\n      type: object\n      example:\n        $ref: 'http://not/a/ref'\n"
    assert load_spec(write(tmp_path, {"spec.yaml": text})).document["components"]["schemas"]["A"]["example"] == {
        "$ref": "http://not/a/ref"}


def test_anchor_fragments_are_refused(tmp_path: Path) -> None:
    text = HEADER + "components:\n  schemas:\n    A:\n      $ref: '#Pet'\n"
    assert only_problem(write(tmp_path, {"spec.yaml": text}))[3:] == (
        "/components/schemas/A/$ref", "$ref fragment must be a JSON pointer (#/...), not 'Pet'")


# --- file $ref: what may be read ------------------------------------------------------------


def ref_spec(ref: str) -> str:
    return HEADER + f"components:\n  schemas:\n    A:\n      $ref: '{ref}'\n"  # the $ref: line 8, col 7


@pytest.mark.parametrize("ref", ["http://example.com/s.yaml", "https://x/s.yaml#/A", "file:///etc/passwd",
                                 "//host/s.yaml"])
def test_remote_refs_are_refused(tmp_path: Path, ref: str) -> None:
    assert only_problem(write(tmp_path, {"spec.yaml": ref_spec(ref)}))[1:] == (
        8, 7, "/components/schemas/A/$ref", f"remote $ref not supported: no network at generation time ({ref})")


def test_refs_outside_the_spec_folder_are_refused() -> None:
    message = ("$ref '../../../../etc/passwd' points outside the spec's folder (escape/); "
               "only files inside it are read")
    assert only_problem(SPECS / "bad" / "escape" / "openapi.yaml")[1:] == (
        12, 7, "/components/schemas/Secret/$ref", message)


def test_absolute_path_ref_is_refused(tmp_path: Path) -> None:
    message = only_problem(write(tmp_path, {"spec.yaml": ref_spec("/etc/passwd")}))[4]
    assert message.startswith("$ref to an absolute path is not allowed: /etc/passwd")


@pytest.mark.parametrize("ref", ["a\x00.yaml", "a%00.yaml#/A"])
def test_nul_in_a_file_ref_is_refused(tmp_path: Path, ref: str) -> None:
    path = write(tmp_path, {"spec.yaml": ref_spec(ref.replace("\x00", "\\0")).replace("'", '"')})
    assert only_problem(path)[1:] == (8, 7, "/components/schemas/A/$ref", "$ref file path contains a NUL character")


def test_symlink_leading_outside_is_refused(tmp_path: Path) -> None:
    outside = write(tmp_path, {"outside/secret.yaml": "type: string\n"})
    root = write(tmp_path / "spec", {"openapi.yaml": ref_spec("link.yaml")})
    (root.parent / "link.yaml").symlink_to(outside)
    assert only_problem(root)[4] == "$ref 'link.yaml' points outside the spec's folder (spec/); only files inside it are read"


def test_missing_file_and_missing_target_are_reported_at_the_ref(tmp_path: Path) -> None:
    root = write(tmp_path, {
        "openapi.yaml": HEADER + "components:\n  schemas:\n    A:\n      $ref: 'nope.yaml'\n"
                                 "    B:\n      $ref: 'other.yaml#/Missing'\n",
        "other.yaml": "Present:\n  type: string\n",
    })
    assert problems(root) == [
        ("openapi.yaml", 8, 7, "/components/schemas/A/$ref",
         f"$ref target unreadable: file not found: {tmp_path / 'nope.yaml'}"),
        ("openapi.yaml", 10, 7, "/components/schemas/B/$ref", f"$ref target not found: /Missing in {tmp_path / 'other.yaml'}"),
    ]


def test_errors_inside_a_referenced_file_name_that_file(tmp_path: Path) -> None:
    root = write(tmp_path, {"openapi.yaml": ref_spec("other.yaml"), "other.yaml": "a: 1\nb: [\n"})
    assert only_problem(root)[:3] == ("other.yaml", 3, 1)


def test_alias_cycle_across_files(tmp_path: Path) -> None:
    root = write(tmp_path, {"openapi.yaml": ref_spec("a.yaml"), "a.yaml": "$ref: b.yaml\n", "b.yaml": "$ref: a.yaml\n"})
    file, line, col, pointer, message = only_problem(root)
    # reported once, where the cycle closed while bundling (b was hoisted from inside a)
    assert (file, line, col, pointer) == ("b.yaml", 1, 1, "/components/schemas/b/$ref")
    assert message == "$ref cycle with no content: #/components/schemas/b -> #/components/schemas/a -> #/components/schemas/b"


def test_path_item_cycle(tmp_path: Path) -> None:
    root = write(tmp_path, {"openapi.yaml": HEADER + "paths:\n  /a:\n    $ref: a.yaml\n", "a.yaml": "$ref: a.yaml\n"})
    assert only_problem(root) == ("a.yaml", 1, 1, "/$ref", "$ref cycle between path items")


# --- bundling ---------------------------------------------------------------------------


def test_multifile_spec_is_bundled_into_one_document() -> None:
    spec = load_spec(MULTIFILE / "openapi.yaml")
    components = spec.document["components"]
    # root's own Pet came first, so the hoisted Pet gets a suffix; hoisted once for three refs
    assert list(components["schemas"]) == ["Pet", "Pet2", "Tag", "Owner", "node", "Error"]
    assert all_refs(spec.document).count("#/components/schemas/Pet2") == 3
    assert list(components["parameters"]) == ["PetId"] and list(components["responses"]) == ["Error"]
    assert all(ref.startswith("#/") for ref in all_refs(spec.document))
    # the recursive schema from its own file keeps its recursion as a $ref
    assert components["schemas"]["node"]["properties"]["children"]["items"] == {"$ref": "#/components/schemas/node"}
    # the path item from paths/pets.yaml is inlined, its refs rewritten
    assert spec.document["paths"]["/pets"]["get"]["operationId"] == "listPets"
    assert [os.path.relpath(f, MULTIFILE) for f in spec.files] == [
        "openapi.yaml", "paths/pets.yaml", "schemas/pet.yaml", "shared.yaml", "schemas/node.yaml"]


@pytest.mark.parametrize(("pointer", "where"), [
    ("/components/schemas/Pet2/properties/tag", ("schemas/pet.yaml", 9, 5)),
    ("/components/schemas/node/properties/children/items/$ref", ("schemas/node.yaml", 9, 7)),
    ("/paths/~1pets/get/responses/200", ("paths/pets.yaml", 4, 5)),
    ("/components/parameters/PetId/nope", ("shared.yaml", 3, 5)),  # nearest existing ancestor
    ("/paths/~1pets~1{petId}/get/operationId", ("openapi.yaml", 10, 7)),
])
def test_positions_of_hoisted_nodes_map_back_to_their_file(pointer: str, where: tuple[str, int, int]) -> None:
    file, line, col = load_spec(MULTIFILE / "openapi.yaml").locate(pointer)
    assert (os.path.relpath(file, MULTIFILE), line, col) == where


def test_bundling_is_deterministic_and_digest_tracks_every_file(tmp_path: Path) -> None:
    copy = tmp_path / "multifile"
    shutil.copytree(MULTIFILE, copy)
    first, second = load_spec(copy / "openapi.yaml"), load_spec(copy / "openapi.yaml")
    assert json.dumps(first.document) == json.dumps(second.document)
    assert first.digest == second.digest
    (copy / "schemas" / "node.yaml").write_text("type: string\n")
    assert load_spec(copy / "openapi.yaml").digest != first.digest


def test_ref_back_into_the_root_file_becomes_local(tmp_path: Path) -> None:
    root = write(tmp_path, {
        "openapi.yaml": HEADER + "components:\n  schemas:\n    A:\n      $ref: 'b.yaml'\n    C:\n      type: string\n",
        "b.yaml": "type: array\nitems:\n  $ref: 'openapi.yaml#/components/schemas/C'\n",
    })
    assert load_spec(root).document["components"]["schemas"]["b"]["items"] == {"$ref": "#/components/schemas/C"}


def test_json_positions_are_found_lazily(tmp_path: Path) -> None:
    path = write(tmp_path, {"spec.json": json.dumps({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}, indent=2)})
    spec = load_spec(path)
    assert isinstance(spec, LoadedSpec)
    assert spec.locate("/info/version") == (str(path), 5, 5)
    assert spec.diagnostic("/info/missing", "m") == Diagnostic(str(path), 3, 3, "/info/missing", "m")


def test_yaml_positions_follow_aliases_merges_and_items(tmp_path: Path) -> None:
    text = (
        "openapi: 3.1.0\n"
        "info: &info\n"
        "  title: t\n"
        "  version: '1'\n"
        "x-copy:\n"
        "  <<: *info\n"
        "  title: own\n"
        "x-alias: *info\n"
        "x-list:\n"
        "  - a\n"
        "  - {b: 1}\n"
    )
    path = write(tmp_path, {"spec.yaml": text})
    spec = load_spec(path)
    assert isinstance(spec, LoadedSpec)
    assert spec.locate("/info/version") == (str(path), 4, 3)
    assert spec.locate("/x-copy/title") == (str(path), 7, 3)  # the key written last counts
    assert spec.locate("/x-copy/version") == (str(path), 4, 3)  # a merged key, where it was written
    assert spec.locate("/x-alias/title") == (str(path), 3, 3)  # an alias is its anchor's node
    assert spec.locate("/x-list/1/b") == (str(path), 11, 6)
    assert spec.locate("/x-list/7") == (str(path), 9, 1)  # the nearest ancestor that exists
    assert spec.locate("/x-list/0/deeper") == (str(path), 10, 5)


def test_positions_take_a_fraction_of_the_node_tree() -> None:
    # Kept for the whole run and copied into the workers' pages: twilio's node tree was
    # 6.1 MiB of the 7.9 MiB its load took.
    import tracemalloc

    tracemalloc.start()
    try:
        spec = load_spec(CORPUS / "twilio_messaging_v1.yaml")
        held = tracemalloc.get_traced_memory()[0]
        assert isinstance(spec, LoadedSpec)
    finally:
        tracemalloc.stop()
    assert held < 5 * 2**20


@pytest.mark.parametrize("path", sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".json")), ids=lambda p: p.name)
def test_corpus_loads(path: Path) -> None:
    spec = load_spec(path)
    assert spec.document["openapi"].startswith("3.")
    assert all(ref.startswith("#/") for ref in all_refs(spec.document))
