"""Check a loaded document: openapi-spec-validator, then the rules this generator adds.

Every problem is reported at once, each pinned to its place in the user's files.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from importlib.metadata import version as package_version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import cache_root, store
from .diagnostics import Diagnostic, Severity, SpecError
from .load import HTTP_METHODS, LoadedSpec, pointer_of, resolve_pointer, segments_of

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

    from .workers import Workers

MAX_SHOWN = 60  # characters of a value quoted in a message
RESOLVED_PATHS_CACHED = 1 << 16  # box's semantic pass resolves ~12k distinct paths
_TEMPLATE_PARAMETER = re.compile(r"\{([^{}]+)\}")
# Reported by our own checks, with positions the validator cannot give.
_ENVIRONMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def validate(spec: LoadedSpec, workers: Workers | None = None, *, strict: bool = False) -> tuple[Diagnostic, ...]:
    """The warnings of spec; raise SpecError listing every problem found when there are
    errors (or, strict, warnings)."""
    return start_validation(spec, workers, strict=strict)()


def start_validation(
    spec: LoadedSpec, workers: Workers | None = None, *, strict: bool = False
) -> Callable[[], tuple[Diagnostic, ...]]:
    """Begin checking spec, the validator's two passes side by side in workers when given and
    the spec is large enough to gain. The function returned waits for the checks to end,
    raises SpecError listing every problem found when there are errors (or, strict,
    warnings), and returns the warnings, sorted by place."""
    problems = [*_own_checks(spec), *_extension_checks(spec), *_placement_checks(spec)]
    misdirected = list(_misdirected_parameter_refs(spec))
    problems.extend(misdirected)
    # The validator's semantic pass crashes (KeyError) on a parameter $ref that leads to
    # something other than a parameter: only its structural pass runs then.
    semantic = not misdirected
    found = _validator_findings(spec, semantic, workers)

    def wait() -> tuple[Diagnostic, ...]:
        everything = problems + [
            spec.diagnostic(pointer, message, severity) for pointer, message, severity in found()
        ]
        if any(d.severity == "error" for d in everything) or (strict and everything):
            raise SpecError(everything)
        return tuple(sorted(set(everything)))

    return wait


# --- openapi-spec-validator -----------------------------------------------------------------

# (JSON pointer, message, severity): a problem the validator found, before it is placed in a
# file. Plain data, so that it crosses from a worker process.
Finding = tuple[str, str, Severity]
PARALLEL_MIN_BYTES = 20_000  # smaller specs check in less time than starting workers takes
# Each worker that checks imports the validator first (jsonschema and openapi-spec-validator:
# 0.25 s quiet, twice that on a busy machine). The semantic pass is worth a second worker only
# when it costs more than that import: twilio's 0.4 MB takes 0.08 s, box's 1.8 MB 0.41 s.
SPLIT_PASSES_MIN_BYTES = 1_000_000


def worker_processes(spec: LoadedSpec) -> int:
    """How many workers checking ``spec`` keeps busy at most."""
    return 2 if spec.size >= SPLIT_PASSES_MIN_BYTES else 1


def _cache_entry(spec: LoadedSpec) -> Path | None:
    root = cache_root()
    if root is None:
        return None
    key = f"{spec.digest}\0openapi-spec-validator {package_version('openapi-spec-validator')}"
    return root / "validated" / hashlib.sha256(key.encode()).hexdigest()


def _validator_findings(
    spec: LoadedSpec, semantic: bool, workers: Workers | None
) -> Callable[[], list[Finding]]:
    """Start the validator's passes; the function returned waits for what they found."""
    # The validator takes seconds on a large document: success is cached per content.
    entry = _cache_entry(spec)
    try:
        if entry is not None and entry.is_file():
            return list
    except OSError:
        pass
    document = spec.document
    found: Callable[[], list[Finding]] = functools.partial(_findings, document, semantic)
    if workers is not None and workers.parallel and spec.size >= PARALLEL_MIN_BYTES:
        if semantic and spec.size >= SPLIT_PASSES_MIN_BYTES:
            # The semantic pass assumes a well-formed document; beside the structural pass it
            # may run on one that is not, and its findings (or failure) are then set aside.
            structural = workers.submit_on_document(_structural_findings).result
            semantic_pass = workers.submit_on_document(_semantic_findings).result
            found = lambda: _after_structural(structural(), semantic_pass)
        else:
            found = workers.submit_on_document(functools.partial(_findings, semantic=semantic)).result

    def wait() -> list[Finding]:
        findings = found()
        if not findings and entry is not None:
            store(entry, b"")
        return findings

    return wait


def _findings(document: dict[str, Any], semantic: bool) -> list[Finding]:
    """The passes, one after the other."""
    second = functools.partial(_semantic_findings, document) if semantic else None
    return _after_structural(_structural_findings(document), second)


def _after_structural(structural: list[Finding], semantic: Callable[[], list[Finding]] | None) -> list[Finding]:
    """The structural pass's findings, then the semantic pass's unless that pass is off or the
    document is not well-formed."""
    if semantic is None or any(severity == "error" for _, _, severity in structural):
        return structural
    return structural + semantic()


def _validator(document: dict[str, Any]) -> Any:
    # Imported here: a cached success never needs the validator, and importing it is a
    # fifth of a no-op regeneration.
    from jsonschema_path import SchemaPath
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    validator_class = (OpenAPIV31SpecValidator if str(document.get("openapi", "")).startswith("3.1")
                       else OpenAPIV30SpecValidator)
    # The validator follows every $ref it meets, even in example or extension data that the
    # loader leaves alone, and would fetch URLs to do so: it gets nothing but the document.
    # With nothing fetched its registry never changes, so resolved paths can be cached (off by
    # default for handlers that might fetch): the semantic pass on box takes 0.41 s, not 0.70.
    schema_path = SchemaPath.from_dict(
        _without_path_extensions(document),
        base_uri="",
        handlers=_NO_FETCH,
        resolved_cache_maxsize=RESOLVED_PATHS_CACHED,
    )
    return validator_class(schema_path)


# The validator's own iter_errors runs both passes; they are kept apart here because errors of
# the meta-schema pass carry absolute paths while the semantic pass assumes a well-formed
# document and only knows paths relative to the schema or value it was checking.


def _structural_findings(document: dict[str, Any]) -> list[Finding]:
    from jsonschema.validators import validator_for
    from jsonschema_specifications import REGISTRY  # type: ignore[import-untyped]
    from referencing import Resource

    # The validator's own meta-schema validator crawls the whole 3.1 meta-schema again for each
    # $dynamicRef it resolves (0.13 s of commerce's 0.15 s); in a registry crawled once, the
    # same meta-schema and validator class find them at once. Nothing is fetched from outside.
    meta_schema = _validator(document).schema_validator.schema
    resource = Resource.from_contents(meta_schema)
    registry = REGISTRY.with_resource(resource.id() or "", resource).crawl()
    findings = []
    for error in validator_for(meta_schema)(meta_schema, registry=registry).iter_errors(document):
        unknown = _unknown_keys(error)
        if unknown is None:
            findings.append(_finding(error, pointer_of([str(segment) for segment in error.absolute_path])))
        else:
            findings.extend(
                (pointer_of([*(str(segment) for segment in place), key]),
                 f"{key!r} is not a key OpenAPI defines here; ignored", "warning")
                for place, key in unknown
            )
    return findings


# What jsonschema says of keys an object may not have, and the keys it quotes.
_UNKNOWN_KEY_KEYWORDS = frozenset({"additionalProperties", "unevaluatedProperties"})
_UNEXPECTED = re.compile(r"\((.*) (?:was|were) unexpected\)\Z|\A(.*) (?:does|do) not match any of the regexes: ",
                         re.DOTALL)


def _unknown_keys(error: ValidationError) -> list[tuple[Sequence[Any], str]] | None:
    """(place of the object, key) of every key OpenAPI does not define, when such keys are all
    that is wrong (for a oneOf or anyOf: in one of its alternatives); None otherwise. Only in
    an object of named fields (an operation, a parameter): a map whose keys are names (the
    schemas of components) has no field to ignore, only a name that is refused."""
    if error.validator in _UNKNOWN_KEY_KEYWORDS and isinstance(error.schema, dict) and "properties" in error.schema:
        quoted = _UNEXPECTED.search(error.message)
        try:
            keys = ast.literal_eval(f"({quoted.group(1) or quoted.group(2)},)") if quoted else None
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            keys = None
        if not keys or not all(isinstance(key, str) for key in keys):
            return None
        return [(tuple(error.absolute_path), key) for key in keys]
    if error.validator not in ("oneOf", "anyOf") or not error.context:
        return None
    alternatives: dict[str, list[ValidationError]] = {}
    for sub in error.context:
        alternatives.setdefault(str(sub.relative_schema_path[0]), []).append(sub)
    for subs in alternatives.values():
        found = [_unknown_keys(sub) for sub in subs]
        if all(keys is not None for keys in found):
            return [key for keys in found if keys is not None for key in keys]
    return None


def _semantic_findings(document: dict[str, Any]) -> list[Finding]:
    from jsonschema.exceptions import ValidationError
    from openapi_spec_validator.validation.exceptions import (
        DuplicateOperationIDError,
        UnresolvableParameterError,
    )

    ours = (DuplicateOperationIDError, UnresolvableParameterError)  # we report these ourselves
    validator = _validator(document)
    errors: list[ValidationError] = []
    failed: ValidationError | None = None
    try:
        errors.extend(
            error for error in validator.root_validator(validator.schema_path) if not isinstance(error, ours)
        )
    except Exception as failure:  # noqa: BLE001 - third-party code on untrusted input: report it
        reference = getattr(failure, "ref", None) or failure
        failed = ValidationError(f"a reference could not be followed: {reference}")
        errors.append(failed)
    instances = {id(error.instance) for error in errors}
    places: dict[int, list[tuple[str, ...]]] = {}
    for place, node in _places_where(document, lambda node: id(node) in instances) if errors else ():
        places.setdefault(id(node), []).append(place)
    findings = []
    for error in errors:
        names = _undefined_required(error)
        # The validator's own findings are OpenAPIValidationErrors; plain ones are what
        # jsonschema says of a default checked against its schema.
        if type(error) is ValidationError and error is not failed:
            findings.append(_finding(error, _place_of(error, places, document), "warning",
                                     lead="the default does not fit its schema: "))
        elif names is None:
            findings.append(_finding(error, _place_of(error, places, document)))
        else:  # the validator quotes them in the order of a set of strings, which varies by run
            error.message = f"Required list has not defined properties: {sorted(names, key=repr)}"
            findings.append(_finding(error, _required_list_place(names, document)))
    return findings


def _places_where(document: dict[str, Any], wanted: Callable[[Any], bool]) -> Iterator[tuple[tuple[str, ...], Any]]:
    """(segments, node) of every node of document that is wanted."""
    # (node, its key, the entry of its parent): a place is spelled out only when it is wanted.
    Entry = tuple[Any, str, Any]
    stack: list[Entry] = [(document, "", None)]
    while stack:
        entry = stack.pop()
        node = entry[0]
        if wanted(node):
            segments: list[str] = []
            step: Entry | None = entry
            while step is not None and step[2] is not None:
                segments.append(step[1])
                step = step[2]
            yield tuple(reversed(segments)), node
        if isinstance(node, dict):
            stack.extend((value, str(key), entry) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, str(index), entry) for index, value in enumerate(node))


# The message of the validator's check that an allOf schema requires only properties it has:
# it quotes no object of the document, only the names.
_UNDEFINED_REQUIRED = re.compile(r"Required list has not defined properties: (\[.*\])\Z", re.DOTALL)


def _undefined_required(error: ValidationError) -> list[Any] | None:
    """The names an "undefined required properties" error quotes; None for other errors."""
    quoted = _UNDEFINED_REQUIRED.match(error.message)
    try:
        names = ast.literal_eval(quoted.group(1)) if quoted else None
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    return names if isinstance(names, list) and names else None


def _required_list_place(names: list[Any], document: dict[str, Any]) -> str | None:
    """The pointer of the required list an "undefined required properties" error is about,
    when exactly one allOf schema of the document requires all the names it quotes."""

    def requires_them(node: Any) -> bool:
        if not isinstance(node, dict) or "allOf" not in node or not isinstance(node.get("required"), list):
            return False
        return all(name in node["required"] for name in names)

    places = [place for place, _ in _places_where(document, requires_them)]
    return pointer_of([*places[0], "required"]) if len(places) == 1 else None


def _place_of(
    error: ValidationError, places: dict[int, list[tuple[str, ...]]], document: dict[str, Any]
) -> str | None:
    """The pointer of what a semantic-pass error is about, when the document shows it.

    The validator names no place, but what it quotes (error.instance) is the very object of the
    document, at the error's relative path below the schema or value it checked. Small numbers,
    booleans and one-character strings are shared objects: when several places match and none
    is a default refused by its own schema, the error stays unplaced rather than pinned to a guess.
    """
    relative = tuple(str(segment) for segment in error.absolute_path)
    candidates = [
        place for place in places.get(id(error.instance), ())
        if len(place) >= len(relative) and place[len(place) - len(relative):] == relative
    ]
    if len(candidates) > 1 and not relative:
        candidates = [
            place for place in candidates
            if place[-1:] == ("default",) and _node_at(document, place[:-1]) is error.schema
        ]
    return pointer_of(candidates[0]) if len(candidates) == 1 else None


def _node_at(document: dict[str, Any], segments: tuple[str, ...]) -> Any:
    try:
        return resolve_pointer(document, segments)
    except LookupError:
        return None


def _refuse_to_fetch(uri: str) -> Any:
    raise OSError(f"{uri}: not fetched; only the bundled document is read")


_NO_FETCH = {scheme: _refuse_to_fetch for scheme in ("<all_urls>", "http", "https", "file")}


def _without_path_extensions(document: dict[str, Any]) -> dict[str, Any]:
    """document without the x- keys of paths, which OpenAPI allows there but the semantic pass
    takes for path items (KeyError). Extension values are free-form: nothing is lost."""
    paths = document.get("paths")
    if not isinstance(paths, dict) or not any(key.startswith("x-") for key in paths):
        return document
    return {**document, "paths": {key: item for key, item in paths.items() if not key.startswith("x-")}}


def _shorten(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 3] + "..."


def _finding(error: ValidationError, place: str | None, severity: Severity = "error", lead: str = "") -> Finding:
    """(pointer, message, severity) of error, which is about what is at place; None: not known
    where."""
    # The message quotes the offending value whole, which may be a large part of the spec.
    message = lead + error.message.replace(repr(error.instance), _shorten(error.instance))
    if place is None:
        inside = pointer_of([str(segment) for segment in error.absolute_path])
        message = f"in a schema, at {inside} of it: {message}" if inside else message
        place = ""  # the root is all that is known
    if error.context:
        # "not valid under any of the given schemas" says little; the closest alternative's
        # complaint says what to fix.
        best = max(error.context, key=lambda sub: len(sub.path))  # deepest: the most specific
        message += f" (e.g. {best.message.replace(repr(best.instance), _shorten(best.instance))})"
    if len(message) > 300:
        message = message[:297] + "..."
    return place, message, severity


# --- our own rules --------------------------------------------------------------------------


def _path_items(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path template, path item) of every path item under paths, through its $ref."""
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return
    for template, item in paths.items():
        item = _resolved(document, item)
        if isinstance(item, dict):
            yield template, item


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path template, method, path item, operation) of every operation under paths."""
    for template, item in _path_items(document):
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield template, method, item, operation


def _resolved(document: dict[str, Any], node: Any) -> Any:
    """node, or what its local $ref points at (None when that is missing)."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 64:
        try:
            node = resolve_pointer(document, segments_of(node["$ref"].partition("#")[2]))
        except LookupError:
            return None
        seen += 1
    return node


def _path_parameters(document: dict[str, Any], parameters: Any, pointer: str) -> Iterator[tuple[str, str]]:
    """(name, pointer) of each ``in: path`` parameter of a parameters list."""
    if not isinstance(parameters, list):
        return
    for index, parameter in enumerate(parameters):
        parameter = _resolved(document, parameter)
        if isinstance(parameter, dict) and parameter.get("in") == "path" and isinstance(parameter.get("name"), str):
            yield parameter["name"], f"{pointer}/parameters/{index}"


def _parameter_lists(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(pointer, parameters field) of every path item under paths and of each of its operations."""
    for template, item in _path_items(document):
        item_pointer = pointer_of(("paths", template))
        yield item_pointer, item.get("parameters")
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield f"{item_pointer}/{method}", operation.get("parameters")


def _misdirected_parameter_refs(spec: LoadedSpec) -> Iterator[Diagnostic]:
    """A parameter $ref whose target has no name and in (the validator's structural pass does
    not follow $ref, so nothing else catches it)."""
    for pointer, parameters in _parameter_lists(spec.document):
        if not isinstance(parameters, list):
            continue
        for index, parameter in enumerate(parameters):
            if not (isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str)):
                continue
            target = _resolved(spec.document, parameter)
            if not (isinstance(target, dict) and "name" in target and "in" in target):
                yield spec.diagnostic(f"{pointer}/parameters/{index}/$ref",
                                      f"$ref {_shorten(parameter['$ref'])} must lead to a parameter "
                                      "(an object with name and in)")


def _own_checks(spec: LoadedSpec) -> Iterator[Diagnostic]:
    document = spec.document
    first_use: dict[str, str] = {}
    checked_path_items: set[str] = set()
    for template, method, item, operation in _operations(document):
        item_pointer = pointer_of(("paths", template))
        pointer = f"{item_pointer}/{method}"
        responses = operation.get("responses")
        if not isinstance(responses, dict) or not responses:
            yield spec.diagnostic(pointer, "operation has no responses: at least one is needed to "
                                           "decide what the SDK method returns")
        operation_id = operation.get("operationId")
        if isinstance(operation_id, str):
            if operation_id in first_use:
                file, line, _ = spec.locate(first_use[operation_id])
                yield spec.diagnostic(f"{pointer}/operationId",
                                      f"duplicate operationId {operation_id!r} (first at {file}:{line}): "
                                      "in the same resource, the later method takes a numbered name",
                                      "warning")
            else:
                first_use[operation_id] = f"{pointer}/operationId"
        in_template = set(_TEMPLATE_PARAMETER.findall(template))
        shared = list(_path_parameters(document, item.get("parameters"), item_pointer))
        own = list(_path_parameters(document, operation.get("parameters"), pointer))
        declared = {name for name, _ in shared + own}
        for name in sorted(in_template - declared):
            yield spec.diagnostic(pointer, f"path parameter {name!r} of {template!r} is not declared: "
                                           "taken as a required string (declare it with in: path)",
                                  "warning")
        # Path-level parameters are reported once, not once per operation.
        stray = own if item_pointer in checked_path_items else shared + own
        checked_path_items.add(item_pointer)
        for name, parameter_pointer in stray:
            if name not in in_template:
                yield spec.diagnostic(parameter_pointer, f"path parameter {name!r} does not appear in "
                                                         f"the path {template!r}")


def _extension_checks(spec: LoadedSpec) -> Iterator[Diagnostic]:
    """The generator's extensions: x-environment names a server of the document's own list,
    x-credential-prefix is header-safe text on an apiKey scheme."""
    document = spec.document
    servers = document.get("servers")
    named: dict[str, str] = {}
    for index, server in enumerate(servers if isinstance(servers, list) else ()):
        if not (isinstance(server, dict) and "x-environment" in server):
            continue
        pointer = f"/servers/{index}/x-environment"
        name = server["x-environment"]
        if not (isinstance(name, str) and _ENVIRONMENT_NAME.fullmatch(name)):
            yield spec.diagnostic(pointer, f"x-environment must be a name of letters, digits, '_', "
                                           f"'.' and '-', not {_shorten(name)}")
        elif name in named:
            file, line, _ = spec.locate(named[name])
            yield spec.diagnostic(pointer, f"duplicate x-environment {name!r} (first at {file}:{line})")
        else:
            named[name] = pointer
    for template, item in _path_items(document):
        item_pointer = pointer_of(("paths", template))
        places = [(item_pointer, item)] + [(f"{item_pointer}/{method}", item[method])
                                            for method in HTTP_METHODS if isinstance(item.get(method), dict)]
        for pointer, node in places:
            for index, server in enumerate(node.get("servers") or ()):
                if isinstance(server, dict) and "x-environment" in server:
                    yield spec.diagnostic(f"{pointer}/servers/{index}/x-environment",
                                          "x-environment names one of the document's own servers "
                                          "(the top-level servers), not a path's or an operation's")
    schemes = (document.get("components") or {}).get("securitySchemes")
    for key, raw in (schemes.items() if isinstance(schemes, dict) else ()):
        scheme = _resolved(document, raw)
        if not (isinstance(scheme, dict) and "x-credential-prefix" in scheme):
            continue
        pointer = pointer_of(("components", "securitySchemes", key, "x-credential-prefix"))
        prefix = scheme["x-credential-prefix"]
        if scheme.get("type") != "apiKey":
            yield spec.diagnostic(pointer, "x-credential-prefix applies to apiKey schemes only (http "
                                           "schemes have their own: bearer sends 'Bearer ')")
        elif not (isinstance(prefix, str) and prefix and prefix.isascii() and prefix.isprintable()):
            yield spec.diagnostic(pointer, "x-credential-prefix must be non-empty printable ASCII "
                                           f"text, not {_shorten(prefix)}")


def _placement_checks(spec: LoadedSpec) -> Iterator[Diagnostic]:
    """x-resource on tag objects: a path of Python names no other resource, group or client
    attribute takes (the model places resources with the same code)."""
    tags = spec.document.get("tags")
    if not (isinstance(tags, list) and any(isinstance(tag, dict) and "x-resource" in tag for tag in tags)):
        return
    # Here, not above: the names it checks against import pydantic, which most runs never need.
    from .model.placement import operation_tag, place_resources

    in_use = [operation_tag(template, operation)
              for template, _, _, operation in _operations(spec.document) if template.startswith("/")]
    for pointer, message in place_resources(tags, in_use)[1]:
        yield spec.diagnostic(pointer, message)
