"""Validation: openapi-spec-validator plus our own rules, all reported at once, with places."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from generator import validate as validate_module
from generator.diagnostics import Diagnostic, SpecError
from generator.load import load_spec
from generator.validate import MAX_SHOWN, validate
from generator.workers import Workers

CORPUS = Path(__file__).resolve().parent / "corpus"
MULTIFILE = Path(__file__).resolve().parent / "specs" / "multifile"
HEADER = "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths:\n"  # 5 lines
OK = "      responses:\n        '200':\n          description: ok\n"


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(cache))
    return cache


def problems(tmp_path: Path, text: str, *, strict: bool = False) -> list[tuple[int, int, str, str]]:
    """What validating text reports, errors and warnings (``warning: message``), the same
    whether the validator's passes run here, one after the other, or side by side in worker
    processes. A spec with warnings only validates; under strict it is refused with the same."""
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    spec = load_spec(path)

    def found(workers: Workers | None) -> tuple[Diagnostic, ...]:
        try:
            warnings = validate(spec, workers, strict=strict)
        except SpecError as error:
            return error.diagnostics
        assert warnings and all(d.severity == "warning" for d in warnings)
        with pytest.raises(SpecError) as refused:
            validate(spec, workers, strict=True)
        assert refused.value.diagnostics == warnings
        return warnings

    here = found(None)
    with pytest.MonkeyPatch.context() as patch, Workers(spec.document) as workers:
        patch.setattr(validate_module, "PARALLEL_MIN_BYTES", 0)  # however small the spec
        patch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "workers-cache"))  # no success reused
        in_workers = found(workers)
        assert multiprocessing.active_children()  # the passes did run in workers
    assert in_workers == here
    assert all(d.file == str(path) for d in here)
    return [(d.line, d.col, d.pointer, ("warning: " if d.severity == "warning" else "") + d.message)
            for d in here]


def test_operation_without_responses(tmp_path: Path) -> None:
    text = HEADER + "  /a:\n    get:\n      operationId: a\n"
    message = "operation has no responses: at least one is needed to decide what the SDK method returns"
    assert problems(tmp_path, text) == [(7, 5, "/paths/~1a/get", message)]


def test_duplicate_operation_ids(tmp_path: Path) -> None:
    text = HEADER + "  /a:\n    get:\n      operationId: same\n" + OK + "    put:\n      operationId: same\n" + OK
    assert problems(tmp_path, text) == [
        (13, 7, "/paths/~1a/put/operationId",
         (f"warning: duplicate operationId 'same' (first at {tmp_path / 'spec.yaml'}:8): in the same "
          "resource, the later method takes a numbered name"))]


UNDECLARED_ID = ("warning: path parameter 'id' of '/a/{id}' is not declared: taken as a required "
                 "string (declare it with in: path)")


def test_path_parameters_must_match_the_template(tmp_path: Path) -> None:
    text = HEADER + (
        "  /a/{id}:\n"                                       # 6
        "    parameters:\n"
        "      - {name: stray, in: path, required: true, schema: {type: string}}\n"  # 8
        "    get:\n"                                         # 9
        "      operationId: a\n"
        "      parameters:\n"
        "        - {name: other, in: path, required: true, schema: {type: string}}\n"  # 12
        "      responses: {'200': {description: ok}}\n"
        "    put:\n"                                         # 14
        "      operationId: b\n"
        "      responses: {'200': {description: ok}}\n"
    )
    assert problems(tmp_path, text) == [
        (8, 9, "/paths/~1a~1{id}/parameters/0", "path parameter 'stray' does not appear in the path '/a/{id}'"),
        (9, 5, "/paths/~1a~1{id}/get", UNDECLARED_ID),
        (12, 11, "/paths/~1a~1{id}/get/parameters/0", "path parameter 'other' does not appear in the path '/a/{id}'"),
        (14, 5, "/paths/~1a~1{id}/put", UNDECLARED_ID),
    ]


def test_path_parameter_declared_through_a_ref(tmp_path: Path) -> None:
    text = HEADER + "  /a/{id}:\n    get:\n      operationId: a\n      parameters:\n" \
        "        - $ref: '#/components/parameters/Id'\n" + OK + \
        "components:\n  parameters:\n    Id: {name: id, in: path, required: true, schema: {type: string}}\n"
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    validate(load_spec(path))


def test_validator_errors_have_pointers_and_short_messages(tmp_path: Path) -> None:
    huge = ", ".join(f"value{n}" for n in range(200))
    text = HEADER.replace("3.1.0", "3.0.3") + "  /a:\n    get:\n      operationId: a\n" + OK + (
        "components:\n  schemas:\n    A:\n      type: strin\n"
        f"      enum: [{huge}]\n"
    )
    found = problems(tmp_path, text)
    assert [(line, col, pointer) for line, col, pointer, _ in found] == [(14, 5, "/components/schemas/A")]
    message = found[0][3]
    assert len(message) <= 300 and "\n" not in message and "value199" not in message


def test_schema_errors_found_by_the_semantic_pass_are_placed(tmp_path: Path) -> None:
    # 3.1 schemas are checked after the structure, and the validator gives a path relative to
    # the schema only: the place is found from the value it quotes.
    text = HEADER + "  /a:\n    get:\n      operationId: a\n" + OK + (
        "components:\n  schemas:\n    A:\n      type: strin\n"  # 15
        "    B:\n      properties:\n        c: {type: string, minLength: -1}\n"  # 18
    )
    assert problems(tmp_path, text) == [
        (15, 7, "/components/schemas/A/type",
         ("'strin' is not valid under any of the given schemas (e.g. 'strin' is not one of "
          "['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'])")),
        (18, 27, "/components/schemas/B/properties/c/minLength", "-1 is less than the minimum of 0"),
    ]


DEFAULT_UNUSED = "warning: the default does not fit its schema: "


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_a_default_that_its_schema_refuses_is_placed(tmp_path: Path, version: str) -> None:
    text = HEADER.replace("3.1.0", version) + (
        "  /a:\n    get:\n      operationId: a\n      parameters:\n"
        "        - {name: q, in: query, schema: {type: integer, default: nope}}\n"  # 10
        + OK + "components:\n  schemas:\n    A:\n      properties:\n"
        "        n: {type: integer, default: 3}\n"  # 18
        "        s: {type: string, default: 3}\n"  # 19: the same object 3, refused only here
    )
    assert problems(tmp_path, text) == [
        (10, 56, "/paths/~1a/get/parameters/0/schema/default", f"{DEFAULT_UNUSED}'nope' is not of type 'integer'"),
        (19, 27, "/components/schemas/A/properties/s/default", f"{DEFAULT_UNUSED}3 is not of type 'string'"),
    ]


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_an_all_of_schema_requiring_what_it_does_not_define_is_placed(tmp_path: Path, version: str) -> None:
    text = HEADER.replace("3.1.0", version) + "  /a:\n    get:\n      operationId: a\n" + OK + (
        "components:\n  schemas:\n    A:\n      properties: {b: {type: string}}\n"
        "    B:\n      allOf: [{$ref: '#/components/schemas/A'}]\n      required: [b, zzz, yyy, xxx]\n"  # 18
    )
    assert problems(tmp_path, text) == [  # the names sorted: the validator gives them in set order
        (18, 7, "/components/schemas/B/required", "Required list has not defined properties: ['xxx', 'yyy', 'zzz']")
    ]


def test_a_quoted_value_found_in_several_places_is_not_pinned_to_a_guess(tmp_path: Path) -> None:
    # -1 is one shared object in Python, and both schemas have it at the same relative path.
    text = HEADER + "  /a:\n    get:\n      operationId: a\n" + OK + "components:\n  schemas:\n" + "".join(
        f"    {name}:\n      properties:\n        c: {{type: string, minLength: -1}}\n" for name in "AB"
    )
    assert problems(tmp_path, text) == [
        (1, 1, "", "in a schema, at /properties/c/minLength of it: -1 is less than the minimum of 0")
    ]


def test_structural_and_own_problems_are_reported_together(tmp_path: Path) -> None:
    text = "openapi: 3.1.0\ninfo:\n  title: t\npaths:\n  /a:\n    get:\n      operationId: a\n"
    assert [(line, col, pointer) for line, col, pointer, _ in problems(tmp_path, text)] == [
        (2, 1, "/info"), (6, 5, "/paths/~1a/get")]


def test_ref_siblings_are_fine_in_3_1(tmp_path: Path) -> None:
    text = HEADER + "  /a:\n    get:\n      operationId: a\n" + OK + (
        "components:\n  schemas:\n    B: {type: string}\n"
        "    A:\n      $ref: '#/components/schemas/B'\n      description: a B with words\n"
    )
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    validate(load_spec(path))


def test_success_is_cached_and_a_broken_cache_is_a_miss(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = load_spec(MULTIFILE / "openapi.yaml")
    validate(spec)
    assert len(list((private_cache / "validated").iterdir())) == 1

    def must_not_run(document: object) -> None:
        raise AssertionError("the validator ran despite a cached success")

    monkeypatch.setattr(validate_module, "_validator", must_not_run)
    validate(spec)
    monkeypatch.undo()
    # a file where the cache folder should be: neither read nor write works, validation still does
    blocked = tmp_path / "blocked"
    blocked.write_text("")
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(blocked))
    validate(spec)


def test_failures_are_not_cached(tmp_path: Path, private_cache: Path) -> None:
    problems(tmp_path, "openapi: 3.1.0\ninfo:\n  title: t\npaths: {}\n")
    assert not (private_cache / "validated").exists()


def test_small_specs_are_checked_without_starting_workers() -> None:
    spec = load_spec(MULTIFILE / "openapi.yaml")
    assert spec.size < validate_module.PARALLEL_MIN_BYTES
    with Workers(spec.document) as workers:
        validate(spec, workers)
        assert not multiprocessing.active_children()


def test_the_meta_schema_is_crawled_once_not_once_a_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    # A 3.1 document's schemas are each checked through a $dynamicRef; resolving one used to
    # crawl the whole meta-schema again (box's schemas as 3.1: 2.4 s instead of 0.6 s).
    from referencing import Registry

    crawls: list[int] = []
    crawl = Registry.crawl
    monkeypatch.setattr(Registry, "crawl", lambda registry: crawls.append(1) or crawl(registry))
    spec = load_spec(Path(__file__).resolve().parent.parent / "spec" / "commerce.yaml")
    assert spec.document["openapi"].startswith("3.1")
    assert validate_module._structural_findings(spec.document) == []
    assert len(crawls) <= 3  # loading the meta-schemas, then ours: a few, whatever the spec


def test_multifile_spec_validates() -> None:
    validate(load_spec(MULTIFILE / "openapi.yaml"))


@pytest.mark.parametrize(
    "path",
    # box_openapi.json (1.7 MB) costs about a second here, more on slow machines; it runs once.
    sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".json")),
    ids=lambda p: p.name,
)
def test_corpus_validates(path: Path) -> None:
    validate(load_spec(path))


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_extension_keys_under_paths_are_allowed(tmp_path: Path, version: str) -> None:
    # The validator's semantic pass would take x-internal for a path item (KeyError).
    text = HEADER.replace("3.1.0", version) + "  x-internal: {owner: team}\n  /a:\n    get:\n      operationId: a\n" + OK
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    validate(load_spec(path))


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_parameter_ref_leading_elsewhere_is_reported_at_the_ref(tmp_path: Path, version: str) -> None:
    # The validator's semantic pass would crash on both (KeyError 'name').
    text = HEADER.replace("3.1.0", version) + (
        "  /a:\n"                                       # 6
        "    parameters:\n"
        "      - $ref: '#'\n"                           # 8
        "    get:\n"
        "      operationId: a\n"
        "      parameters:\n"
        "        - $ref: '#/info'\n"                    # 12
        + OK
    )
    message = "$ref {} must lead to a parameter (an object with name and in)"
    assert problems(tmp_path, text) == [(8, 9, "/paths/~1a/parameters/0/$ref", message.format("'#'")),
                                        (12, 11, "/paths/~1a/get/parameters/0/$ref", message.format("'#/info'"))]


@pytest.mark.parametrize(("version", "component"), [
    ("3.0.3", "securitySchemes:\n    S: '{}'\n"),  # structural pass: an absolute path
    ("3.1.0", "schemas:\n    A:\n      enum: '{}'\n"),  # semantic pass: a schema-relative one
])
def test_a_long_value_quoted_in_a_message_is_shortened(tmp_path: Path, version: str, component: str) -> None:
    long = "x" * 400
    text = HEADER.replace("3.1.0", version) + "  /a:\n    get:\n      operationId: a\n" + OK + \
        "components:\n  " + component.format(long)
    [(_, _, _, message)] = problems(tmp_path, text)
    # The value gives way, not what the message says about it.
    assert "'" + "x" * (MAX_SHOWN - 4) + "... is not" in message and long not in message
    assert len(message) < 250 and message.rstrip(")").endswith(("'object'", "'array'")), message


def test_a_ref_inside_data_is_never_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The validator follows $ref even in a default value; it must not reach the network."""
    import urllib.request

    real_urlopen = urllib.request.urlopen

    def no_network(url: Any, *args: Any, **kwargs: Any) -> Any:
        # The validator reads its own meta-schemas from its package, as file: URLs.
        assert str(getattr(url, "full_url", url)).startswith("file:"), f"fetched {url}"
        return real_urlopen(url, *args, **kwargs)

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "paths": {"/{d}": {"get": {
            "parameters": [{"name": "d", "in": "path", "required": True,
                            "schema": {"type": "string", "default": {"$ref": "http://example.com/s.yaml"}}}],
            "responses": {"200": {"description": "ok"}},
        }}},
    }))
    try:
        validate(load_spec(spec))
    except SpecError as error:
        assert all(str(d).startswith(f"{spec}:") for d in error.diagnostics)


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_keys_openapi_does_not_define_are_warnings(tmp_path: Path, version: str) -> None:
    # The most common mistake of public specs: a title on an operation. One line per key.
    text = HEADER.replace("3.1.0", version) + (
        "  /a:\n    get:\n      operationId: a\n      title: List them\n      summary2: no\n" + OK
    )
    assert problems(tmp_path, text) == [
        (9, 7, "/paths/~1a/get/title", "warning: 'title' is not a key OpenAPI defines here; ignored"),
        (10, 7, "/paths/~1a/get/summary2", "warning: 'summary2' is not a key OpenAPI defines here; ignored"),
    ]


def test_an_unknown_key_inside_an_alternative_is_a_warning(tmp_path: Path) -> None:
    # In 3.0 a parameter is one of several shapes: the key is unknown to the one it fits.
    text = HEADER.replace("3.1.0", "3.0.3") + (
        "  /a:\n    get:\n      operationId: a\n      parameters:\n"
        "        - {name: q, in: query, schema: {type: string}, title: Q}\n" + OK  # 10
    )
    assert problems(tmp_path, text) == [
        (10, 56, "/paths/~1a/get/parameters/0/title", "warning: 'title' is not a key OpenAPI defines here; ignored"),
    ]


def test_an_unknown_key_beside_a_real_problem_is_an_error(tmp_path: Path) -> None:
    text = HEADER.replace("3.1.0", "3.0.3") + (
        "  /a:\n    get:\n      operationId: a\n      parameters:\n"
        "        - {name: q, in: nowhere, schema: {type: string}, title: Q}\n" + OK  # 10
    )
    [(line, _, pointer, message)] = problems(tmp_path, text)
    assert (line, pointer) == (10, "/paths/~1a/get/parameters/0") and not message.startswith("warning")


def test_the_semantic_pass_runs_beside_structural_warnings(tmp_path: Path) -> None:
    text = HEADER + "  /a:\n    get:\n      operationId: a\n      title: A\n" + OK + (
        "components:\n  schemas:\n    A:\n      type: strin\n"  # 16
    )
    assert [(line, message[:20]) for line, _, _, message in problems(tmp_path, text)] == [
        (9, "warning: 'title' is "), (16, "'strin' is not valid"),
    ]


def test_an_unknown_key_among_the_responses_is_ignored(tmp_path: Path) -> None:
    text = HEADER.replace("3.1.0", "3.0.3") + "  /a:\n    get:\n      operationId: a\n" + OK + (
        "        x: {description: not a status}\n"  # 12
    )
    assert problems(tmp_path, text) == [
        (12, 9, "/paths/~1a/get/responses/x", "warning: 'x' is not a key OpenAPI defines here; ignored"),
    ]


def test_the_generators_extensions_are_checked(tmp_path: Path) -> None:
    text = (
        "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\n"
        "servers:\n"                                                  # 5
        "  - {url: 'https://a.example.com', x-environment: live}\n"
        "  - {url: 'https://b.example.com', x-environment: live}\n"   # 7
        "  - {url: 'https://c.example.com', x-environment: 'no spaces'}\n"
        "paths:\n"                                                    # 9
        "  /a:\n"
        "    get:\n"
        "      servers: [{url: 'https://d.example.com', x-environment: d}]\n"  # 12
        + OK +
        "components:\n"                                               # 16
        "  securitySchemes:\n"
        "    good: {type: apiKey, in: header, name: Authorization, x-credential-prefix: 'users API-Key '}\n"
        "    http: {type: http, scheme: bearer, x-credential-prefix: 'Token '}\n"  # 19
        "    broken: {type: apiKey, in: header, name: X, x-credential-prefix: \"a\\r\\nX-Injected: 1\"}\n"
    )
    assert problems(tmp_path, text) == [
        (7, 36, "/servers/1/x-environment", f"duplicate x-environment 'live' (first at {tmp_path / 'spec.yaml'}:6)"),
        (8, 36, "/servers/2/x-environment",
         "x-environment must be a name of letters, digits, '_', '.' and '-', not 'no spaces'"),
        (12, 48, "/paths/~1a/get/servers/0/x-environment",
         "x-environment names one of the document's own servers (the top-level servers), not a path's or an operation's"),
        (19, 40, "/components/securitySchemes/http/x-credential-prefix",
         "x-credential-prefix applies to apiKey schemes only (http schemes have their own: bearer sends 'Bearer ')"),
        (20, 49, "/components/securitySchemes/broken/x-credential-prefix",
         "x-credential-prefix must be non-empty printable ASCII text, not 'a\\r\\nX-Injected: 1'"),
    ]
