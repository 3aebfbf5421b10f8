import keyword

import pytest

from generator.names import (
    NameTable,
    pascal,
    safe_attribute,
    safe_class,
    safe_module,
    safe_parameter,
    snake,
    upper_snake,
)

HOSTILE = [
    "",
    "123",
    "class",
    "__import__('os').system('x')",
    "a\nb",
    "{{ x }}",
    "{% if %}",
    "ünïcödé",
    "日本語",
    "\u2028",
    "\x00",
    '"""',
    "model_config",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fallback-locale", "fallback_locale"),
        ("consumerPreviousEmploymentincome", "consumer_previous_employmentincome"),
        ("HTTPServer2", "http_server2"),
        ("createdAt", "created_at"),
        ("already_snake", "already_snake"),
        ("Car Concierge (Andrew)", "car_concierge_andrew"),
        ("2fa", "value_2_fa"),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert snake(text) == expected


def test_pascal_and_upper_snake() -> None:
    assert pascal("customer delete-response") == "CustomerDeleteResponse"
    assert pascal("") == "Model"
    assert upper_snake("Car Concierge (Andrew)") == "CAR_CONCIERGE_ANDREW"
    assert upper_snake("Driv.ly Website") == "DRIV_LY_WEBSITE"


@pytest.mark.parametrize("text", HOSTILE)
def test_every_name_is_a_safe_identifier(text: str) -> None:
    for name in (
        safe_attribute(snake(text)),
        safe_parameter(snake(text)),
        safe_class(pascal(text)),
        safe_module(text),
        upper_snake(text),
    ):
        assert name.isidentifier() and name.isascii()
        assert not keyword.iskeyword(name)


def test_reserved_names_are_never_shadowed() -> None:
    assert safe_attribute("model_config") == "model_config_"
    assert safe_attribute("json") == "json_"
    assert safe_attribute("copy") == "copy_"
    assert safe_attribute("class") == "class_"
    assert safe_parameter("timeout", reserved=["timeout"]) == "timeout_"
    assert safe_class("str") == "strModel"
    assert safe_class("BaseModel") == "BaseModelModel"
    assert safe_module("models") == "models_"


def test_name_table_is_deterministic_and_case_insensitive() -> None:
    table = NameTable(["taken"])
    assert [table.claim(n) for n in ("ASC", "asc", "Taken", "x", "x")] == [
        "ASC",
        "asc_2",
        "Taken_2",
        "x",
        "x_2",
    ]
    assert table.is_taken("X_2")
