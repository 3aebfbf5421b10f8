"""Schemas to types and models: every schema the API uses gets its annotation here, and
every schema that needs a name (objects, enums, named components) its model.

Models are collected in homes, the models/ modules in the making: a component schema opens
a home of its own, and the inline schemas it owns are built into it.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from ..literals import py_literal
from ..load import segments_of
from ..names import (
    NameTable,
    pascal,
    safe_class,
    safe_field,
    safe_module,
    safe_parameter,
    snake,
    upper_snake,
)
from . import ir
from . import types as t
from .document import (
    Document,
    annotates_only,
    annotating_parts,
    is_component_schema,
    join,
    ref_pointer,
    says,
)

_FORMATS = {
    ("string", "date-time"): "datetime",
    ("string", "date"): "date",
    ("string", "time"): "time",
    ("string", "uuid"): "UUID",
    ("string", "binary"): "bytes",
    ("string", "decimal"): "Decimal",
    ("number", "decimal"): "Decimal",
}
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
# The runtime's open-enum aliases (``_models``), by the base type of the enum they wrap.
_OPEN_ENUMS = {"str": "OpenEnum", "int": "OpenIntEnum"}


@dataclass
class Home:
    """A models/ module in the making: one top-level model and the inline models it owns."""

    module: str
    models: list[ir.Model] = field(default_factory=list)
    deps: set[str] = field(default_factory=set)  # names of models it uses


class Schemas:
    """Annotations for schemas, and the models they name, built once per schema."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.class_names = NameTable(["Model"])
        self.module_names = NameTable(["models", "resources"])
        self.named: dict[str, str] = {}  # pointer -> class name, set before the model is built
        self.home_of: dict[str, Home] = {}  # class name -> module in the making
        self.homes: list[Home] = []
        self.home_stack: list[Home] = []
        self.params_named: dict[tuple[str, str], str] = {}  # (pointer, body kind) -> TypedDict

    def annotation(self, schema: Any, pointer: str, hint: str) -> ir.TypeExpr:
        """The Python annotation for a schema; named models are created on the way.

        ``hint`` names an inline schema that needs a model (``CustomerAddress``).
        """
        if isinstance(schema, bool) or schema is None:
            return t.ANY
        if not isinstance(schema, dict):
            self.document.problem(pointer, "schema must be an object")
            return t.ANY
        if isinstance(schema.get("$ref"), str):
            return self.annotation_for_ref(ref_pointer(schema["$ref"]), join(pointer, "$ref"))
        nullable = self.is_nullable(schema)
        base = self.base_annotation(schema, pointer, hint)
        return t.or_none(base) if nullable else base

    def annotation_for_ref(self, pointer: str, origin: str) -> ir.TypeExpr:
        """The annotation for the schema at ``pointer``, which ``origin`` references."""
        if not segments_of(pointer):  # "#": the whole document, which is no schema
            self.document.problem(origin, "$ref must point at a schema, not at the whole document")
            return t.ANY
        target = self.document.at(pointer)
        if isinstance(target, dict) and isinstance(target.get("$ref"), str):
            return self.annotation_for_ref(ref_pointer(target["$ref"]), join(pointer, "$ref"))
        if not isinstance(target, dict):  # a boolean schema (3.1): anything, or nothing, goes
            return t.ANY
        if pointer in self.named:
            name = self.named[pointer]
            self.depend(name)
        else:
            raw_name = pascal(segments_of(pointer)[-1])
            # Primitive or container components become type aliases so names carry meaning.
            name = self.named_model(pointer, raw_name, target, alias=not needs_model(target))
        parts = [t.name(name)]
        base = enum_base(target) if target.get("enum") is not None else None
        if base is not None:
            parts.append(t.name(base))  # values the spec does not list yet parse
        # An alias carries its own None; a class cannot, so the reference adds it.
        if self.is_nullable(target) and not isinstance(self.model_if_built(name), ir.AliasModel):
            parts.append(t.NONE)
        return t.union(parts)

    def model_if_built(self, name: str) -> ir.Model | None:
        """The finished model of that name; None for annotations and models still being built."""
        home = self.home_of.get(name)
        return next((m for m in home.models if m.name == name), None) if home else None

    def model_named(self, annotation: ir.TypeExpr) -> ir.Model | None:
        """The finished model an annotation is exactly the name of, if any."""
        return self.model_if_built(annotation.text) if annotation.kind == "name" else None

    def models(self) -> list[ir.Model]:
        """Every model built so far."""
        return [model for home in self.homes for model in home.models]

    def depend(self, name: str) -> None:
        """The model being built uses model ``name``: its module must import it."""
        if self.home_stack:
            self.home_stack[-1].deps.add(name)

    def named_model(self, pointer: str, raw_name: str, schema: Any, *, alias: bool) -> str:
        """Names the schema at ``pointer`` and builds its model (a type alias when ``alias``)
        in a home: a new one for a component or a top-level schema, else the current one."""
        name = self.class_names.claim(safe_class(raw_name), "")
        self.named[pointer] = name
        if is_component_schema(pointer) or not self.home_stack:
            home = Home(self.module_names.claim(safe_module(snake(name))))
            self.homes.append(home)
            self.home_stack.append(home)
            pushed = True
        else:
            home, pushed = self.home_stack[-1], False
            self.depend(name)
        self.home_of[name] = home
        try:
            if alias:
                inner = self.inline_annotation(schema, pointer, name)
                model: ir.Model = ir.AliasModel(
                    "alias", name, description(schema), inner, deprecated(schema), pointer
                )
            elif schema.get("enum") is not None and enum_base(schema) is not None:
                model = enum_model(name, schema, pointer)
            else:
                model = self.build_object(name, schema, pointer)
            home.models.append(model)
        finally:
            if pushed:
                self.home_stack.pop()
        if pushed and self.home_stack:
            self.depend(name)
        return name

    def params_model(
        self, pointer: str, raw_name: str, keys: tuple[ir.ParamsKey, ...], kind: str
    ) -> str:
        """The TypedDict a body schema is sent as, built once per schema (and content kind:
        a multipart body takes files); it lives in the module of the schema's model."""
        if (pointer, kind) in self.params_named:
            return self.params_named[(pointer, kind)]
        name = self.class_names.claim(safe_class(raw_name), "")
        self.params_named[(pointer, kind)] = name
        of = self.named.get(pointer, "")
        home = self.home_of.get(of)
        if home is None:
            home = Home(self.module_names.claim(safe_module(snake(name))))
            self.homes.append(home)
        schema = self.document.at(pointer)
        home.models.append(
            ir.ParamsModel(
                "params", name, of, description(schema), keys, False, deprecated(schema), pointer
            )
        )
        home.deps |= {word for key in keys for word in key.annotation.names}
        self.home_of[name] = home
        return name

    def finish_params(self) -> None:
        """Once every model is known: a TypedDict's values take plain dicts for models, as
        arguments do, and its class syntax is decided from the final annotations."""
        objects = {m.name for m in self.models() if isinstance(m, ir.ObjectModel)}
        for home in self.homes:
            home.models = [
                finished_params(model, objects) if isinstance(model, ir.ParamsModel) else model
                for model in home.models
            ]

    def inline_annotation(self, schema: Any, pointer: str, hint: str) -> ir.TypeExpr:
        """An alias's right-hand side: the schema's annotation, never the alias itself."""
        nullable = self.is_nullable(schema)
        base = self.base_annotation(schema, pointer, hint + "Item", allow_model=False)
        if nullable and base.text not in ("Any", "None"):
            return t.union((base, t.NONE))
        return base

    def base_annotation(
        self, schema: dict[str, Any], pointer: str, hint: str, *, allow_model: bool = True
    ) -> ir.TypeExpr:
        """The annotation of a schema that is no ``$ref``, None aside; with ``allow_model``
        false, an object or enum is not made a model (an alias's own right-hand side)."""
        if "const" in schema:
            return t.subscript("Literal", t.value(literal(schema["const"])))
        enum = schema.get("enum")
        if enum is not None:
            base = enum_base(schema)
            if base is not None and allow_model:
                name = self.named.get(pointer) or self.named_model(pointer, hint, schema, alias=False)
                self.depend(name)
                return t.union((t.name(name), t.name(base)))
            values = [v for v in enum if v is not None]
            literals = [t.value(literal(v)) for v in values if isinstance(v, (str, int, float, bool))]
            kinds = sorted({_PRIMITIVES.get(json_type(v), "Any") for v in values})
            if not literals:
                return t.ANY
            return t.union([t.subscript("Literal", *literals), *map(t.name, kinds)])
        all_of = constraining_parts(schema)
        if len(all_of) == 1 and not schema.get("properties"):
            index, part = all_of[0]
            return self.annotation(part, join(pointer, "allOf", index), hint)
        if (schema.get("properties") or len(all_of) > 1) and allow_model:
            if pointer in self.named:
                self.depend(self.named[pointer])
                return t.name(self.named[pointer])
            return t.name(self.named_model(pointer, hint, schema, alias=False))
        for combinator in ("oneOf", "anyOf"):
            if schema.get(combinator):
                return self.union(schema, combinator, pointer, hint)
        kind = primary_type(schema)
        if isinstance(schema.get("type"), list):
            kinds = [k for k in schema["type"] if k != "null"]
            if len(kinds) > 1:
                return t.merge_union(
                    self.base_annotation(dict(schema, type=k), pointer, hint, allow_model=allow_model)
                    for k in kinds
                )
        if kind == "array":
            if schema.get("prefixItems"):
                members = [
                    self.annotation(item, join(pointer, "prefixItems", i), f"{hint}Item{i}")
                    for i, item in enumerate(schema["prefixItems"])
                ]
                return t.subscript("tuple", *members)
            items = schema.get("items", {})
            return t.subscript("list", self.annotation(items, join(pointer, "items"), hint + "Item"))
        if kind == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.annotation(extra, join(pointer, "additionalProperties"), hint + "Value")
                return t.subscript("dict", t.STR, value)
            return t.DICT_ANY
        if kind in _PRIMITIVES:
            return t.name(_FORMATS.get((kind, str(schema.get("format"))), _PRIMITIVES[kind]))
        if kind == "null":
            return t.NONE
        return t.ANY

    def union(self, schema: dict[str, Any], combinator: str, pointer: str, hint: str) -> ir.TypeExpr:
        """A ``oneOf`` or ``anyOf``: its members once each, tagged when a discriminator names
        every member."""
        members: list[ir.TypeExpr] = []
        refs: list[str | None] = []
        for index, part in enumerate(schema[combinator]):
            resolved = self.document.resolve(part)
            if isinstance(resolved, dict) and resolved.get("type") == "null":
                continue
            annotation = self.annotation(part, join(pointer, combinator, index), f"{hint}{index}")
            if annotation not in members:
                members.append(annotation)
                refs.append(ref_pointer(part["$ref"]) if isinstance(part, dict) and "$ref" in part else None)
        if not members:
            return t.NONE
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict) and all(refs) and len(members) > 1:
            tags = discriminator_tags(discriminator, refs)
            if tags is not None:
                tagged = t.union(
                    t.subscript("Annotated", member, t.value(f"Tag({py_literal(tag)})", ["Tag"]))
                    for member, tag in zip(members, tags)
                )
                prop = py_literal(str(discriminator.get("propertyName")))
                by = t.value(f"Discriminator(by_property({prop}))", ["Discriminator", "by_property"])
                return t.subscript("Annotated", tagged, by)
        return t.merge_union(members)

    def object_members(
        self, schema: dict[str, Any], pointer: str
    ) -> tuple[dict[str, tuple[Any, str]], set[str]]:
        """Properties and required names, with ``allOf`` parts merged in order."""
        properties: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        for index, part in enumerate(schema.get("allOf") or ()):
            resolved, part_pointer = self.document.deref(part, join(pointer, "allOf", index))
            if isinstance(resolved, dict):
                sub_properties, sub_required = self.object_members(resolved, part_pointer)
                properties.update(sub_properties)
                required |= sub_required
        for name, prop in (schema.get("properties") or {}).items():
            properties[str(name)] = (prop, join(pointer, "properties", name))
        required |= {str(r) for r in schema.get("required") or ()}
        return properties, required

    def build_object(self, name: str, schema: dict[str, Any], pointer: str) -> ir.ObjectModel:
        """A model class: one field a property (``allOf`` merged), optional ones ``| None``."""
        properties, required = self.object_members(schema, pointer)
        attributes = NameTable()
        fields = []
        for wire_name, (prop, prop_pointer) in properties.items():
            annotation = self.annotation(prop, prop_pointer, name + pascal(wire_name, fallback="Field"))
            resolved = self.document.resolve(prop)
            is_required = wire_name in required
            if not is_required:
                annotation = t.or_none(annotation)
            details = resolved if isinstance(resolved, dict) else {}
            py_name = attributes.claim(safe_field(snake(wire_name, fallback="field")))
            default = "None" if is_required else self.default_value(prop)
            if py_name == wire_name:
                value = None if is_required else default
            else:
                value = (
                    f"Field(alias={py_literal(wire_name)})"
                    if is_required
                    else f"Field({default}, alias={py_literal(wire_name)})"
                )
            fields.append(
                ir.Field(
                    py_name=py_name,
                    alias=wire_name,
                    annotation=annotation,
                    required=is_required,
                    value=value,
                    description=description(prop) or description(details),
                    deprecated=deprecated(prop) or deprecated(details),
                )
            )
        shadowed = {f.py_name for f in fields} & t.BUILTIN_TYPES
        fields = [
            replace(f, annotation=t.qualify_builtins(self.prefer_enum_members(f.annotation), shadowed))
            for f in fields
        ]
        return ir.ObjectModel(
            kind="object",
            name=name,
            description=description(schema),
            fields=tuple(fields),
            deprecated=deprecated(schema),
            pointer=pointer,
        )

    def default_value(self, prop: Any) -> str:
        """The Python literal of an optional property's ``default`` when it is a literal of the property's
        own type (and one of its enum values), else "None". Requests stay as they were: models are
        sent with exclude_unset."""
        resolved = self.document.resolve(prop)
        if not isinstance(prop, dict) or not isinstance(resolved, dict):
            return "None"
        default = prop.get("default", resolved.get("default"))
        kind = primary_type(resolved)
        if (kind, str(resolved.get("format"))) in _FORMATS:
            return "None"  # a date's default is a str on the wire, a date in the model
        fits = {
            "string": isinstance(default, str),
            "integer": isinstance(default, int) and not isinstance(default, bool),
            "number": isinstance(default, (int, float)) and not isinstance(default, bool),
            "boolean": isinstance(default, bool),
        }
        if isinstance(resolved.get("enum"), list) and default not in resolved["enum"]:
            return "None"  # refused by its schema (a warning of the validation): not used
        return py_literal(default) if fits.get(kind or "", False) else "None"

    def prefer_enum_members(self, annotation: ir.TypeExpr) -> ir.TypeExpr:
        """``E | str`` -> ``OpenEnum[E]`` (``E | int`` -> ``OpenIntEnum[E]``) for enums E.

        pydantic's smart unions would turn a known value into a plain str (str is the exact
        type match); the aliases (in the SDK's ``_models``) try the enum first, which gives
        members for known values and keeps unknown ones as they came.
        """
        if annotation.kind == "subscript":
            assert annotation.head is not None
            return t.subscript(annotation.head, *map(self.prefer_enum_members, annotation.members))
        if annotation.kind != "union":
            return annotation
        members, rest = [], list(map(self.prefer_enum_members, annotation.members))
        while rest:
            member = rest.pop(0)
            if (
                rest
                and rest[0].text in _OPEN_ENUMS
                and member.kind == "name"
                and isinstance(self.model_if_built(member.text), ir.EnumModel)
            ):
                member = t.subscript(_OPEN_ENUMS[rest.pop(0).text], member)
            members.append(member)
        return t.union(members)

    def is_nullable(self, schema: dict[str, Any]) -> bool:
        """Whether the schema admits null: 3.0's ``nullable`` (its own, or of an ``allOf`` part
        that only annotates it), 3.1's ``"null"`` type, a null enum value or a null member of
        a union."""
        kind = schema.get("type")
        if says(schema, "nullable") or (isinstance(kind, list) and "null" in kind):
            return True
        if None in (schema.get("enum") or ()):
            return True
        for combinator in ("oneOf", "anyOf"):
            for part in schema.get(combinator) or ():
                resolved = self.document.resolve(part)
                if isinstance(resolved, dict) and resolved.get("type") == "null":
                    return True
        return False


def finished_key(key: ir.ParamsKey, objects: set[str]) -> ir.ParamsKey:
    annotation = t.accepting_dicts(key.annotation, objects)
    declared = t.subscript("Required", annotation) if key.required else annotation
    return replace(key, annotation=annotation, declared=declared)


def finished_params(model: ir.ParamsModel, objects: set[str]) -> ir.ParamsModel:
    keys = tuple(finished_key(key, objects) for key in model.keys)
    words = set().union(*(t.words(key.annotation) for key in keys))
    class_syntax = all(
        key.key.isidentifier()
        and not keyword.iskeyword(key.key)
        and not key.key.startswith("__")
        and key.key not in words
        for key in keys
    )
    return replace(model, keys=keys, class_syntax=class_syntax)


def needs_model(schema: Any) -> bool:
    """Whether a component schema becomes a class (an enum or an object), not a type alias."""
    if not isinstance(schema, dict):
        return False
    if schema.get("enum") is not None and enum_base(schema) is not None:
        return True
    return bool(schema.get("properties")) or len(constraining_parts(schema)) > 1


def constraining_parts(schema: dict[str, Any]) -> list[tuple[int, Any]]:
    """The ``allOf`` parts of schema, with their indexes, that constrain its values."""
    return [(i, part) for i, part in enumerate(schema.get("allOf") or ()) if not annotates_only(part)]


def enum_model(name: str, schema: dict[str, Any], pointer: str) -> ir.EnumModel:
    """An enum class, its members named from the values (``VALUE_<n>`` where that fails)."""
    base = enum_base(schema)
    assert base is not None
    members = NameTable()
    built = []
    for index, value in enumerate(v for v in schema["enum"] if v is not None):
        if base == "int":
            label = f"VALUE_{value}" if value >= 0 else f"VALUE_MINUS_{-value}"
        else:
            label = upper_snake(str(value), fallback="value") if str(value) else "EMPTY"
            if str(value)[:1] == "-" and str(value)[1:2].isalpha() and label.isidentifier():
                label += "_DESC"  # `-name`, the sort-key convention for descending
            if not label.isidentifier() or label == "VALUE":
                label = f"VALUE_{index}"
        built.append(ir.EnumMember(members.claim(safe_parameter(label)), py_literal(value)))
    return ir.EnumModel(
        kind="enum",
        name=name,
        description=description(schema),
        base=base,
        members=tuple(built),
        deprecated=deprecated(schema),
        pointer=pointer,
    )


def discriminator_tags(discriminator: dict[str, Any], refs: list[str | None]) -> list[str] | None:
    """The wire value of each member: from ``mapping``, else the schema's own name."""
    by_pointer: dict[str, str] = {}
    for value, target in (discriminator.get("mapping") or {}).items():
        target_pointer = ref_pointer(target) if target.startswith("#") else join("/components/schemas", target)
        by_pointer.setdefault(target_pointer, str(value))
    tags = []
    for ref in refs:
        assert ref is not None
        if ref in by_pointer:
            tags.append(by_pointer[ref])
        elif is_component_schema(ref):
            tags.append(segments_of(ref)[-1])
        else:
            return None
    return tags if len(set(tags)) == len(tags) else None


def enum_base(schema: dict[str, Any]) -> Literal["str", "int"] | None:
    """``str`` or ``int`` when every value has that type; mixed enums become Literals."""
    values = [v for v in schema.get("enum") or () if v is not None]
    if values and all(isinstance(v, str) for v in values):
        return "str"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    return None


def literal(value: Any) -> str:
    """A value inside ``Literal[...]``: strings, integers and booleans as they are, the rest
    as strings."""
    if isinstance(value, (str, int, bool)) or value is None:
        return py_literal(value)
    return py_literal(str(value))


def json_type(value: Any) -> str:
    """The JSON Schema type of a JSON value."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def primary_type(schema: dict[str, Any]) -> str | None:
    """The JSON type of a schema's values, as its annotation and its examples take it.

    A schema with properties is an object (its model is built whatever ``type`` says);
    else it is the first of its types that is not null; an untyped schema with object
    keywords (``properties``, ``additionalProperties``) is an object too.
    """
    kind = schema.get("type")
    if schema.get("properties"):
        return "object"
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return str(kinds[0]) if kinds else "null"
    if kind is not None:
        return str(kind)
    return "object" if "properties" in schema or "additionalProperties" in schema else None


def description(schema: Any) -> str:
    """What a schema says of itself: its description, else its title (its own, else that of an
    ``allOf`` part that only annotates it)."""
    parts = annotating_parts(schema)
    for key in ("description", "title"):
        for part in parts:
            if part.get(key):
                return str(part[key])
    return ""


def deprecated(schema: Any) -> bool:
    """Whether the schema, or an ``allOf`` part that only annotates it, says it is deprecated."""
    return any(part.get("deprecated") for part in annotating_parts(schema))
