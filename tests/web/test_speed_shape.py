"""The shape of the fast pages: filter choices that cannot be cached empty, rows built from values with
label maps (same HTML, hidden cases stay hidden), and visibility as EXISTS, not IN (every id)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse


@pytest.fixture
def two(make_incident):
    attack = make_incident("Reporter beaten at a rally", "rights.attack")
    civil = make_incident("Defamation claim", "legal.civil")
    return attack, civil


def test_filters_work_after_the_api_schema_was_built(client, two):
    """drf-spectacular builds the filter fields when it writes the schema; the Category and Region
    drop-downs used to stay empty afterwards and `?category=` answered 400 "Select a valid choice"."""
    for url in (reverse("api:schema"), reverse("api:docs")):
        assert client.get(url).status_code == 200

    api = client.get("/api/incidents/", {"category": "rights.attack"})
    assert api.status_code == 200, api.content
    assert [r["title"] for r in api.json()["results"]] == ["Reporter beaten at a rally"]
    assert client.get("/api/incidents/", {"category": "legal", "region": "abai"}).status_code == 200

    page = client.get(reverse("web:incident_list"), {"category": "rights.attack"})
    assert page.status_code == 200
    html = page.content.decode()
    assert '<option value="rights.attack" selected>' in html
    assert '<option value="abai">' in html
    assert "Reporter beaten at a rally" in html
    assert "Defamation claim" not in html

    again = client.get(reverse("api:schema"))  # and the schema still lists the filters afterwards
    assert again.status_code == 200
    assert b"category" in again.content


def test_unknown_category_is_still_rejected(client, two):
    response = client.get("/api/incidents/", {"category": "no.such.code"})
    assert response.status_code == 400


def test_choices_follow_the_language(client, two):
    from speechwatch.web.filtersets import codebook

    en, ru = codebook("en"), codebook("ru")
    assert en.category_choices and ru.category_choices
    assert [c for c, _ in en.category_choices] == [c for c, _ in ru.category_choices]
    assert en.category_choices != ru.category_choices  # labels differ by language


def test_codebook_cache_is_invalidated_when_a_label_changes(db):
    from speechwatch.vocab.models import Category
    from speechwatch.web.filtersets import codebook

    cat = Category.objects.get(code="rights.attack")
    before = codebook("en").category_label[cat.pk]
    cat.label_en = "Attacks (renamed)"
    cat.save()
    assert codebook("en").category_label[cat.pk] == "Attacks (renamed)" != before
