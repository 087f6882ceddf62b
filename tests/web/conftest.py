"""Fixtures of the web tests: an incident factory and the editor's POST data builder."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PREFIXES = ("involvements", "places", "sources", "bases", "parties", "stages", "amounts")


@pytest.fixture
def make_incident(db):
    """Create an incident straight in the ORM (the web flow is tested separately)."""
    from speechwatch.incidents.models import Incident
    from speechwatch.vocab.models import Category

    def make(title: str = "An incident", category: str = "rights.attack", **fields: Any) -> Incident:
        fields.setdefault("registered_month", dt.date(2024, 3, 1))
        fields.setdefault("date", dt.date(2024, 3, 5))
        fields.setdefault("status", "published")
        return Incident.objects.create(title=title, primary_category=Category.objects.get(code=category), **fields)

    return make


def editor_data(rows: dict[str, list[dict[str, Any]]] | None = None, **incident: Any) -> dict[str, Any]:
    """POST data for /incidents/new/: incident fields plus formset rows keyed by prefix."""
    data: dict[str, Any] = {
        "source_lang": "en",  # the language select (a browser sends its value; default: the interface's)
        "title": "A reporter was pushed out of a court hearing",
        "date": "2024-03-05",
        "date_precision": "day",
        "registered_month": "2024-03",
        "primary_category": "",
        "summary": "",
        "narrative": "",
        "proc-kind": "",
        "proc-outcome": "pending",
    }
    data.update(incident)
    rows = rows or {}
    for prefix in PREFIXES:
        items = rows.get(prefix, [])
        data[f"{prefix}-TOTAL_FORMS"] = str(len(items))
        data[f"{prefix}-INITIAL_FORMS"] = "0"
        data[f"{prefix}-MIN_NUM_FORMS"] = "0"
        data[f"{prefix}-MAX_NUM_FORMS"] = "1000"
        for i, item in enumerate(items):
            for key, value in item.items():
                data[f"{prefix}-{i}-{key}"] = value
    return data


@pytest.fixture
def category_pk(db):
    from speechwatch.vocab.models import Category

    return lambda code: Category.objects.get(code=code).pk
