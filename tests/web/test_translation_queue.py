"""The translation queue: counts per language and status, filters by language, status, registration
month and kind of record, links to the language's panel, and only records the reader may see."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

APRIL, MAY = dt.date(2024, 4, 1), dt.date(2024, 5, 1)


@pytest.fixture
def records(make_incident, users):
    """April: four English incidents (kk reviewed / kk draft / none / kk empty row) and one Russian;
    May: one English incident with a kk draft; plus a confidential April incident of the editor."""
    from speechwatch.incidents.models import IncidentTranslation
    from speechwatch.incidents.translations import save_translation

    editor = users["editor"]

    def make(title: str, month: dt.date, lang: str = "en", **fields):
        return make_incident(title, registered_month=month, date=month + dt.timedelta(days=3), source_lang=lang,
                             **fields)

    out = {
        "reviewed": make("Reviewed in Kazakh", APRIL),
        "draft": make("Draft in Kazakh", APRIL),
        "none": make("Not translated", APRIL),
        "empty": make("Only an empty row", APRIL),
        "russian": make("Написано по-русски", APRIL, "ru"),
        "may": make("Registered in May", MAY),
        "secret": make("Confidential April matter", APRIL, is_confidential=True, created_by=editor),
    }
    save_translation(out["reviewed"], "kk", {"title": "Қаралған"}, user=editor, status="reviewed")
    save_translation(out["draft"], "kk", {"title": "Жоба"}, user=editor)
    save_translation(out["may"], "kk", {"title": "Мамыр"}, user=editor)
    save_translation(out["secret"], "kk", {"title": "Құпия"}, user=editor)
    save_translation(out["russian"], "kk", {"title": "Орысша жазылған"}, user=editor)
    IncidentTranslation.objects.create(incident=out["empty"], lang="kk")  # an empty row is missing
    return out


def _login(users, role: str) -> Client:
    c = Client()
    c.force_login(users[role])
    return c


def _counts(response) -> dict[str, dict[str, int]]:
    return {code: {s: n for s, _label, n in cells} for code, _name, cells in response.context["count_rows"]}


def test_counts_for_the_kazakh_edition_of_april(records, users):
    response = _login(users, "editor").get(reverse("web:translation_queue"), {"month": "2024-04", "lang": "kk"})
    assert response.status_code == 200
    counts = _counts(response)
    # editors see the confidential record too: six April incidents
    assert counts["kk"] == {"source": 0, "reviewed": 1, "draft": 3, "missing": 2}
    assert counts["ru"] == {"source": 1, "reviewed": 0, "draft": 0, "missing": 5}
    assert counts["en"] == {"source": 5, "reviewed": 0, "draft": 0, "missing": 1}
    titles = {row.label for row in response.context["rows"]}
    assert titles == {"Draft in Kazakh", "Not translated", "Only an empty row", "Confidential April matter",
                      "Написано по-русски"}
    may = _counts(_login(users, "editor").get(reverse("web:translation_queue"), {"month": "2024-05"}))
    assert may["kk"] == {"source": 0, "reviewed": 0, "draft": 1, "missing": 0}


def test_status_and_language_filters(records, users):
    client = _login(users, "editor")
    url = reverse("web:translation_queue")
    drafts = client.get(url, {"month": "2024-04", "lang": "kk", "status": "draft"}).context["rows"]
    assert {r.label for r in drafts} == {"Draft in Kazakh", "Confidential April matter", "Написано по-русски"}
    missing = client.get(url, {"month": "2024-04", "lang": "kk", "status": "missing"}).context["rows"]
    assert {r.label for r in missing} == {"Not translated", "Only an empty row"}
    reviewed = client.get(url, {"lang": "kk", "status": "reviewed"}).context["rows"]
    assert [r.label for r in reviewed] == ["Reviewed in Kazakh"]
    # English is the source of all but one: only the Russian record lacks an English text
    english = client.get(url, {"month": "2024-04", "lang": "en"}).context["rows"]
    assert [r.label for r in english] == ["Написано по-русски"]
    assert english[0].statuses == {"kk": "draft", "ru": "source", "en": "missing"}
    # rows link to the editor anchored at the language's panel
    row = next(r for r in missing if r.label == "Not translated")
    assert row.links["kk"] == reverse("web:incident_edit", args=[records["none"].pk]) + "#tr-kk"
    assert "en" not in row.links  # the source language has nothing to translate


def test_queue_hides_what_the_role_may_not_see(records, users):
    from speechwatch.incidents.models import Case

    Case.objects.create(title="Open case", source_lang="en")
    Case.objects.create(title="Sealed case", source_lang="en", is_confidential=True)
    url = reverse("web:translation_queue")
    monitor = _login(users, "monitor")
    response = monitor.get(url, {"month": "2024-04", "lang": "kk"})
    assert response.status_code == 200
    assert "Confidential April matter" not in response.content.decode()
    assert _counts(response)["kk"] == {"source": 0, "reviewed": 1, "draft": 2, "missing": 2}
    # a monitor may not edit published incidents of others: the link goes to the translation page
    row = next(r for r in response.context["rows"] if r.label == "Not translated")
    assert row.links["kk"] == reverse("web:translation_edit", args=["incident", records["none"].pk]) + "#tr-kk"
    cases = monitor.get(url, {"kind": "case"})
    assert [r.label for r in cases.context["rows"]] == ["Open case"]
    assert sum(_counts(cases)["en"].values()) == 1
    editor_cases = _login(users, "editor").get(url, {"kind": "case"})
    assert {r.label for r in editor_cases.context["rows"]} == {"Open case", "Sealed case"}
    assert _login(users, "viewer").get(url).status_code == 403
    assert Client().get(url).status_code == 302


def test_other_kinds_by_month(records, users):
    from speechwatch.incidents.models import Actor, Case, Involvement, LegislativeEvent, LegislativeItem

    case = Case.objects.create(title="April case", source_lang="en")
    records["none"].case = case
    records["none"].save()
    Case.objects.create(title="Case without April incidents", source_lang="en")
    actor = Actor.objects.create(name="A news site", kind="outlet", description="Online outlet.", source_lang="en")
    Involvement.objects.create(incident=records["none"], actor=actor, role="victim")
    Actor.objects.create(name="A silent site", kind="outlet", description="Another.", source_lang="en")
    Actor.objects.create(name="No description", kind="outlet")
    law = LegislativeItem.objects.create(title="Amendments on media", source_lang="en")
    LegislativeEvent.objects.create(item=law, date=dt.date(2024, 4, 10), status="passed")
    LegislativeItem.objects.create(title="Another bill", source_lang="en")
    client = _login(users, "editor")
    url = reverse("web:translation_queue")

    def labels(kind: str, **extra) -> list[str]:
        return sorted(r.label for r in client.get(url, {"kind": kind, **extra}).context["rows"])

    assert labels("case", month="2024-04") == ["April case"]
    assert labels("actor", month="2024-04") == ["A news site"]
    assert labels("actor") == ["A news site", "A silent site"]  # nothing to translate without a description
    assert labels("legislative", month="2024-04") == ["Amendments on media"]
    assert len(labels("legislative")) == 2


def test_queue_is_in_the_nav_of_translators_only(users):
    url = reverse("web:translation_queue")
    for role, shown in [("monitor", True), ("editor", True), ("viewer", False)]:
        body = _login(users, role).get(reverse("web:dashboard")).content.decode()
        assert (f'href="{url}"' in body) is shown, role


def test_queue_runs_a_bounded_number_of_queries(records, users, django_assert_max_num_queries):
    """Counts and the page come from aggregate queries, not one query per record."""
    client = _login(users, "editor")
    with django_assert_max_num_queries(14):
        assert client.get(reverse("web:translation_queue"), {"lang": "kk"}).status_code == 200


def test_queue_pages_and_total(records, users, monkeypatch):
    from speechwatch.web.views import translations

    monkeypatch.setattr(translations, "QUEUE_PAGE_SIZE", 2)
    client = _login(users, "editor")
    url = reverse("web:translation_queue")
    first = client.get(url, {"month": "2024-04", "lang": "kk"})
    page = first.context["page"]
    assert (len(first.context["rows"]), page.has_next, page.total) == (2, True, 5)
    seen = [r.label for r in first.context["rows"]]
    for number in (2, 3):
        more = client.get(url, {"month": "2024-04", "lang": "kk", "page": number})
        seen += [r.label for r in more.context["rows"]]
    assert len(seen) == len(set(seen)) == 5 and not more.context["page"].has_next
    assert client.get(url, {"month": "2024-04"}).context["page"].total == -1  # any language: no total shown
