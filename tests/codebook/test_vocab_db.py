"""The data migration loads the codebook; reloading updates rows by code."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import translation

from speechwatch.vocab.models import Category, LegalArticle, Place, Region
from speechwatch.vocab.services import load_codebook

pytestmark = pytest.mark.django_db


def test_migration_loaded_the_codebook():
    assert Category.objects.count() == 25
    assert LegalArticle.objects.filter(code_id="CC", article="274").exists()
    assert Region.objects.filter(code="almaty_city").exists()


def test_labels_follow_the_active_language():
    cat = Category.objects.get(code="rights.detention")
    with translation.override("ru"):
        assert cat.label == "Задержание"
    with translation.override("kk"):
        assert cat.label == "Ұстау"
    with translation.override("en"):
        assert cat.label == "Detention"


def test_place_region_history_in_the_database():
    shymkent = Place.objects.get(name_en="Shymkent")
    assert shymkent.region_on(dt.date(2016, 1, 1)).code == "south_kazakhstan"
    assert shymkent.region_on(None).code == "shymkent"


def test_reloading_is_idempotent():
    before = Category.objects.count(), Place.objects.count(), LegalArticle.objects.count()
    pk = Category.objects.get(code="legal.civil").pk
    load_codebook()
    assert (Category.objects.count(), Place.objects.count(), LegalArticle.objects.count()) == before
    assert Category.objects.get(code="legal.civil").pk == pk
