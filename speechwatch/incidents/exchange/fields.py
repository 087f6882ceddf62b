"""Typed conversion between model field values and JSON, with errors that name the record and field.

Export and import share these helpers so that a value written by `speechwatch export` reads back to
exactly the same Python value (dates as ISO strings, datetimes as ISO strings with offset, money and
counts as JSON integers, never floats).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models


class ImportFileError(Exception):
    """The import file cannot be loaded; the message says where and why. Nothing has been written."""


def fail(where: str, field: str | None, message: str) -> ImportFileError:
    place = f"{where}, field '{field}'" if field else where
    return ImportFileError(f"{place}: {message}")


def to_json(field: models.Field, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(field, models.DateTimeField):
        return value.isoformat()
    if isinstance(field, models.DateField):
        return value.isoformat()
    if isinstance(field, models.FileField):
        return value.name or ""
    return value


def export_fields(obj: models.Model, names: list[str]) -> dict[str, Any]:
    return {n: to_json(obj._meta.get_field(n), getattr(obj, n)) for n in names}


def from_json(field: models.Field, value: Any, where: str) -> Any:
    """Check the JSON type of one value and convert it to what the model field holds."""
    name = field.name
    if value is None:
        if field.null:
            return None
        raise fail(where, name, "may not be null")
    if isinstance(field, models.DateTimeField):
        if not isinstance(value, str):
            raise fail(where, name, f"expected an ISO date-time string, got {value!r}")
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise fail(where, name, f"invalid date-time {value!r} ({exc})") from None
    if isinstance(field, models.DateField):
        if not isinstance(value, str):
            raise fail(where, name, f"expected a date string YYYY-MM-DD, got {value!r}")
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise fail(where, name, f"invalid date {value!r} ({exc})") from None
    if isinstance(field, models.BooleanField):
        if not isinstance(value, bool):
            raise fail(where, name, f"expected true or false, got {value!r}")
        return value
    if isinstance(field, models.IntegerField):
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail(where, name, f"expected a whole number, got {value!r}")
        return value
    if isinstance(field, models.JSONField):
        return value
    if not isinstance(value, str):
        raise fail(where, name, f"expected a string, got {value!r}")
    if "\x00" in value:
        raise fail(where, name, "contains a NUL character (not allowed in text)")
    return value


def check_keys(data: Any, where: str, required: set[str], optional: set[str] = frozenset()) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise fail(where, None, f"expected an object, got {type(data).__name__}")
    missing = sorted(required - set(data))
    if missing:
        raise fail(where, missing[0], "missing")
    unknown = sorted(set(data) - required - set(optional))
    if unknown:
        raise fail(where, unknown[0], "unknown field")
    return data


def import_fields(model: type[models.Model], data: dict[str, Any], names: list[str], where: str) -> dict[str, Any]:
    return {n: from_json(model._meta.get_field(n), data[n], where) for n in names}


def clean_or_fail(obj: models.Model, where: str, exclude: list[str] | None = None) -> None:
    """full_clean() and turn the first ValidationError into a message naming the field."""
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as exc:
        items = exc.message_dict.items() if hasattr(exc, "error_dict") else [(NON_FIELD_ERRORS, exc.messages)]
        parts = []
        for field, messages in items:
            label = "record" if field == NON_FIELD_ERRORS else f"field '{field}'"
            parts.append(f"{label}: {' '.join(str(m) for m in messages)}")
        raise ImportFileError(f"{where}, " + "; ".join(parts)) from None


def as_list(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data[key]
    if not isinstance(value, list):
        raise fail(where, key, f"expected a list, got {type(value).__name__}")
    return value
