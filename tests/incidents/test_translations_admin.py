"""The admin's translation inlines: shown on every translatable record, and a row saved through them
names the admin as its author (on the row and in the audit history)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse


@pytest.fixture
def admin_client_(db):
    from speechwatch.accounts.models import User

    user = User.objects.create_superuser(username="root", password="pw-secret-1", email="root@example.org")
    c = Client()
    c.force_login(user)
    return c, user


def test_inlines_on_each_translatable_record(admin_client_):
    import datetime as dt

    from speechwatch.incidents.models import Actor, Case, Incident, LegislativeItem
    from speechwatch.vocab.models import Category

    client, _user = admin_client_
    incident = Incident.objects.create(
        title="An incident", primary_category=Category.objects.get(code="legal.civil"),
        registered_month=dt.date(2024, 3, 1), date=dt.date(2024, 3, 5),
    )
    objs = {
        "incident": incident,
        "case": Case.objects.create(title="A case"),
        "actor": Actor.objects.create(name="An actor", kind="person"),
        "legislativeitem": LegislativeItem.objects.create(title="A bill"),
    }
    for name, obj in objs.items():
        page = client.get(reverse(f"admin:incidents_{name}_change", args=[obj.pk]))
        assert page.status_code == 200
        assert 'name="translations-TOTAL_FORMS"' in page.content.decode(), name


def test_row_saved_in_the_admin_names_its_author(admin_client_):
    from speechwatch.incidents.models import Case, CaseTranslation

    client, user = admin_client_
    case = Case.objects.create(title="Claim against a blogger", source_lang="en")
    data = {
        "title": case.title, "description": "", "source_lang": "en",
        "translations-TOTAL_FORMS": "1", "translations-INITIAL_FORMS": "0",
        "translations-MIN_NUM_FORMS": "0", "translations-MAX_NUM_FORMS": "1000",
        "translations-0-lang": "ru", "translations-0-status": "reviewed",
        "translations-0-title": "Иск к блогеру", "translations-0-description": "",
    }
    response = client.post(reverse("admin:incidents_case_change", args=[case.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    row = CaseTranslation.objects.get()
    assert (row.title, row.status, row.updated_by) == ("Иск к блогеру", "reviewed", user)
    assert row.history.get().history_user == user
