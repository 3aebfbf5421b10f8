"""The base of every generated model, and lenient parsing of responses that break the spec."""

from __future__ import annotations

import types
from collections.abc import Callable
from enum import Enum
from functools import lru_cache
from typing import Annotated, Any, TypeAlias, TypeVar, Union, get_args, get_origin

import pydantic
from pydantic.fields import FieldInfo

__all__ = ["BaseModel", "OpenEnum", "OpenIntEnum", "by_property", "lenient_validate"]

_E = TypeVar("_E", bound=Enum)
# pydantic's smart unions would turn a known value into a plain str, str being the exact
# type match: left to right, a known value becomes the member and an unknown one stays.
OpenEnum: TypeAlias = Annotated[_E | str, pydantic.Field(union_mode="left_to_right")]
"""A member of the enum, or the string the API sent when the spec does not know it yet."""
OpenIntEnum: TypeAlias = Annotated[_E | int, pydantic.Field(union_mode="left_to_right")]
"""A member of the enum, or the integer the API sent when the spec does not know it yet."""


class BaseModel(pydantic.BaseModel):
    """A pydantic model that keeps unknown fields (in ``model_extra``) and accepts field names or wire names."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        protected_namespaces=(),
        # Schemas are built on first use, so importing a large SDK stays fast.
        defer_build=True,
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data under its wire names, with only the fields that were set."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json(self) -> str:
        """The model as a JSON string under its wire names, with only the fields that were set."""
        return self.model_dump_json(by_alias=True, exclude_unset=True)


def by_property(wire_name: str) -> Callable[[Any], Any]:
    """A discriminator callable: the tag of a dict or a model is the value of ``wire_name``."""

    def tag_of(value: Any) -> Any:
        if isinstance(value, dict):
            tag = value.get(wire_name)
        elif isinstance(value, pydantic.BaseModel):
            tag = getattr(value, _attribute_of(type(value), wire_name), None)
        else:
            tag = None
        return tag.value if isinstance(tag, Enum) else tag

    return tag_of


def _attribute_of(model: type[pydantic.BaseModel], wire_name: str) -> str:
    for name, info in model.model_fields.items():
        if info.alias == wire_name:
            return name
    return wire_name


@lru_cache(maxsize=512)
def _adapter(annotation: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(annotation)


def _validates(annotation: Any, value: Any) -> tuple[bool, Any]:
    try:
        return True, _adapter(annotation).validate_python(value)
    except (pydantic.ValidationError, TypeError):
        # TypeError: an unhashable annotation cannot be cached; treat it as not validating.
        return False, value


def lenient_validate(annotation: Any, value: Any) -> Any:
    """``value`` as ``annotation`` as far as it fits; never raises.

    What validates is kept validated; a field whose value has an unexpected shape keeps the
    raw value; objects become models even when some of their fields are wrong, recursively
    into nested models, lists and maps.
    """
    ok, validated = _validates(annotation, value)
    if ok:
        return validated
    return _salvage(annotation, value)


def _salvage(annotation: Any, value: Any) -> Any:
    origin = get_origin(annotation)
    if origin is Annotated:
        return lenient_validate(get_args(annotation)[0], value)
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return _salvage_model(annotation, value) if isinstance(value, dict) else value
    if origin in (list, tuple, set, frozenset) and isinstance(value, list):
        item = (get_args(annotation) or (Any,))[0]
        return [lenient_validate(item, v) for v in value]
    if origin is dict and isinstance(value, dict):
        item = (get_args(annotation) or (Any, Any))[-1]
        return {k: lenient_validate(item, v) for k, v in value.items()}
    if origin in (Union, types.UnionType):
        for member in get_args(annotation):
            if _shape_fits(member, value):
                return _salvage(member, value)
    return value


def _shape_fits(annotation: Any, value: Any) -> bool:
    """Whether ``value`` is the kind of JSON value ``annotation`` is built from."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return isinstance(value, dict)
    origin = get_origin(annotation)
    if origin in (list, tuple, set, frozenset):
        return isinstance(value, list)
    if origin is dict:
        return isinstance(value, dict)
    return False


def _field_type(info: FieldInfo) -> Any:
    """The field's type with its constraints and union mode, as validation applies them."""
    if not info.metadata:
        return info.annotation
    return Annotated[(info.annotation, *info.metadata)]


def _salvage_model(
    model: type[pydantic.BaseModel], data: dict[str, Any]
) -> pydantic.BaseModel:
    if not model.__pydantic_complete__:
        # A model first met inside another's schema still holds forward references in its
        # fields (a reference cycle); resolving them now gives the real field types.
        model.model_rebuild()
    fields = model.model_fields
    by_wire_name = {(info.alias or name): name for name, info in fields.items()}
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, raw in data.items():
        name = by_wire_name.get(key) or (key if key in fields else None)
        if name is None:
            extra[key] = raw
        else:
            values[name] = lenient_validate(_field_type(fields[name]), raw)
    fields_set = set(values)
    for name, info in fields.items():
        if name not in values:
            # A missing required field reads as None rather than raising AttributeError.
            values[name] = (
                None
                if info.is_required()
                else info.get_default(call_default_factory=True)
            )
    instance = model.model_construct(_fields_set=fields_set, **values)
    if extra and instance.__pydantic_extra__ is not None:
        instance.__pydantic_extra__.update(extra)
    return instance
