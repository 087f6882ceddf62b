"""Pages, the API and downloads serve each record's text in the reader's language: a translation when
there is one, else the record's own text under a visible "not translated" marker (with the language in
a `lang` attribute on pages, `is_fallback` in the API and downloads)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from speechwatch.incidents.models import (
    Actor,
    ActorTranslation,
    Case,
    CaseTranslation,
    Incident,
    IncidentTranslation,
)

pytestmark = pytest.mark.django_db

KK_NOTE = "Аударылмаған: ағылшын тілінде берілген"


@pytest.fixture
def world(db):
    from tests.reports.factories import build

    build()
    attack = Incident.objects.get(title="Camera operator pushed at a rally")
    assert attack.status == "published" and not attack.is_confidential
    return {"attack": attack, "case": Case.objects.get(title="Detention of the blogger")}


def _body(response) -> bytes:
    return b"".join(response.streaming_content)


def _kk(client):
    client.cookies["django_language"] = "kk"
    return client


def test_detail_marks_a_fallback_and_drops_the_marker_once_translated(client, world):
    attack = world["attack"]
    url = f"/incidents/{attack.pk}/"
    html = _kk(client).get(url).content.decode()
    assert KK_NOTE in html and 'class="fallback-note"' in html
    assert f'<h1 lang="en">{attack.title}</h1>' in html
    IncidentTranslation.objects.create(incident=attack, lang="kk", title="Митингіде операторды итеріп жіберді",
                                       summary="Оператордың камерасы сынды.", status="reviewed")
    html = client.get(url).content.decode()
    assert "<h1>Митингіде операторды итеріп жіберді</h1>" in html and "Оператордың камерасы сынды." in html
    assert "fallback-note" not in html and attack.title not in html.split("<main", 1)[1]
    # an English reader sees the English source without any marker
    client.cookies["django_language"] = "en"
    html = client.get(url).content.decode()
    assert f"<h1>{attack.title}</h1>" in html and "fallback-note" not in html


def test_list_rows_localized_with_a_badge_and_a_constant_number_of_queries(client, world):
    _kk(client)
    client.get("/incidents/?month=2024-04")  # caches warmed: both measured requests read the same way
    with CaptureQueriesContext(connection) as before:
        html = client.get("/incidents/?month=2024-04").content.decode()
    assert 'class="badge fallback"' in html and "аударылмаған: ағылшын тілінде берілген" in html
    for inc in Incident.objects.all():
        IncidentTranslation.objects.create(incident=inc, lang="kk", title=f"Оқиға {inc.pk} қазақша", status="reviewed")
    with CaptureQueriesContext(connection) as after:
        html = client.get("/incidents/?month=2024-04").content.decode()
    attack = world["attack"]
    assert f"Оқиға {attack.pk} қазақша" in html and 'class="badge fallback"' not in html
    assert len(after.captured_queries) == len(before.captured_queries)


def test_a_draft_translation_is_not_published_until_reviewed(client, users, world):
    """A monitor's unchecked Kazakh wording never reaches the public list, detail page, feed, API,
    download or search; the editor's review is what publishes it."""
    from speechwatch.incidents.translations import save_translation

    attack = world["attack"]
    draft = "Жоба мәтіні тексерілмеген"
    save_translation(attack, "kk", {"title": draft, "summary": "Тексерілмеген түйіндеме."}, user=users["monitor"])
    _kk(client)
    from django.urls import reverse

    pages = [f"/incidents/{attack.pk}/", "/incidents/?month=2024-04", reverse("opendata:feed"),
             f"/api/incidents/{attack.pk}/?lang=kk",
             reverse("opendata:incidents", kwargs={"fmt": "csv"}) + "?lang=kk"]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        body = _body(response) if response.streaming else response.content
        assert draft not in body.decode("utf-8-sig"), url
    one = client.get(f"/api/incidents/{attack.pk}/?lang=kk").json()
    assert (one["title"], one["is_fallback"], one["translation_status"]) == (attack.title, True, "missing")
    assert attack.pk not in {r["id"] for r in client.get("/api/incidents/?q=тексерілмеген").json()["results"]}
    client.force_login(users["editor"])
    full = client.get(f"/api/incidents/{attack.pk}/?translations=1").json()["translations"]
    assert (full["kk"]["title"], full["kk"]["status"]) == (draft, "draft")  # the editors' view shows it
    save_translation(attack, "kk", {"title": draft, "summary": "Тексерілмеген түйіндеме."}, user=users["editor"],
                     status="reviewed")
    client.logout()
    _kk(client)
    assert draft in client.get(f"/incidents/{attack.pk}/").content.decode()
    assert draft in client.get("/incidents/?month=2024-04").content.decode()
    assert client.get(f"/api/incidents/{attack.pk}/?lang=kk").json()["title"] == draft
    assert attack.pk in {r["id"] for r in client.get("/api/incidents/?q=тексерілмеген").json()["results"]}


def test_case_and_actor_pages(client, users, world):
    case = world["case"]
    client.force_login(users["editor"])
    html = _kk(client).get(f"/cases/{case.pk}/").content.decode()
    assert KK_NOTE in html
    assert 'lang="en">Blogger released after questioning</a> <span class="badge fallback">' in html  # timeline
    CaseTranslation.objects.create(case=case, lang="kk", title="Блогерді ұстау", status="reviewed")
    html = client.get(f"/cases/{case.pk}/").content.decode()
    assert "Блогерді ұстау" in html and KK_NOTE not in html.split("<h1", 1)[1].split("</h1>", 1)[0]
    actor = Actor.objects.get(name="Steppe Courier")
    actor.description, actor.source_lang = "An online outlet.", "en"
    actor.save()
    ActorTranslation.objects.create(actor=actor, lang="kk", description="Интернет-басылым.", status="reviewed")
    html = client.get(f"/actors/{actor.pk}/").content.decode()
    assert "Интернет-басылым." in html and "An online outlet." not in html


def test_api_lang_parameter_header_and_fields(client, users, world):
    attack = world["attack"]
    IncidentTranslation.objects.create(incident=attack, lang="ru", title="Оператора толкнули на митинге",
                                       summary="Камера повреждена.", status="reviewed")
    one = client.get(f"/api/incidents/{attack.pk}/?lang=ru").json()
    assert (one["title"], one["summary"], one["lang"], one["source_lang"], one["translation_status"],
            one["is_fallback"]) == ("Оператора толкнули на митинге", "Камера повреждена.", "ru", "en", "reviewed",
                                    False)
    assert "translations" not in one
    client.force_login(users["editor"])  # the fixture's other incidents are verified: visible to staff
    rows = {r["id"]: r for r in client.get("/api/incidents/?lang=ru").json()["results"]}
    assert rows[attack.pk]["title"] == "Оператора толкнули на митинге" and rows[attack.pk]["lang"] == "ru"
    other = next(r for pk, r in rows.items() if pk != attack.pk)
    assert other["is_fallback"] is True and other["lang"] == "en" and other["translation_status"] == "missing"
    by_header = client.get(f"/api/incidents/{attack.pk}/", HTTP_ACCEPT_LANGUAGE="ru-RU, en;q=0.5").json()
    assert by_header["title"] == "Оператора толкнули на митинге"
    assert client.get(f"/api/incidents/{attack.pk}/?lang=en", HTTP_ACCEPT_LANGUAGE="ru").json()["title"] == (
        attack.title)
    plain = client.get(f"/api/incidents/{attack.pk}/").json()  # no lang, no header: the source text
    assert plain["title"] == attack.title and plain["translation_status"] == "source"
    assert client.get("/api/incidents/?lang=de").status_code == 400
    client.logout()
    assert "translations" not in client.get(f"/api/incidents/{attack.pk}/?translations=1").json()
    client.force_login(users["editor"])
    full = client.get(f"/api/incidents/{attack.pk}/?translations=1").json()["translations"]
    assert full["ru"]["status"] == "reviewed" and full["kk"]["status"] == "missing" and full["en"]["status"] == "source"
    listed = client.get("/api/incidents/?translations=1&lang=ru").json()["results"]
    assert next(r for r in listed if r["id"] == attack.pk)["translations"]["ru"]["title"] == (
        "Оператора толкнули на митинге")
    case = world["case"]
    CaseTranslation.objects.create(case=case, lang="kk", title="Блогерді ұстау", status="reviewed")
    data = client.get(f"/api/cases/{case.pk}/?lang=kk").json()
    assert data["title"] == "Блогерді ұстау" and data["is_fallback"] is False


def test_api_schema_documents_the_language(client):
    schema = client.get("/api/schema/?format=json").content.decode()
    assert '"name": "lang"' in schema.replace('":"', '": "') or '"name":"lang"' in schema
    assert "Accept-Language" in schema and "is_fallback" in schema


def test_download_in_a_language_with_fallback_columns(client, users, world):
    attack = world["attack"]
    client.force_login(users["editor"])  # the fixture's other incidents are verified: in staff downloads
    IncidentTranslation.objects.create(incident=attack, lang="kk", title="Митингіде операторды итеріп жіберді",
                                       summary="Камера сынды.", status="reviewed")
    text = _body(client.get("/data/incidents.csv?month=2024-04&lang=kk")).decode("utf-8-sig")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(text))}
    mine = rows[str(attack.pk)]
    assert (mine["title"], mine["summary"], mine["text_lang"], mine["is_fallback"]) == (
        "Митингіде операторды итеріп жіберді", "Камера сынды.", "kk", "false")
    others = [r for pk, r in rows.items() if pk != str(attack.pk)]
    assert others and all(r["is_fallback"] == "true" and r["text_lang"] == "en" for r in others)
    data = json.loads(_body(client.get("/data/incidents.json?month=2024-04&lang=kk")))
    assert any(r.get("is_fallback") is False for r in data["incidents"] if isinstance(r, dict))
