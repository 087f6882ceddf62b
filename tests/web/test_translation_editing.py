"""Editing a record's texts in three languages: the incident editor's language panels, the translation
page of cases (and other records), statuses by role, authorship in the audit history, and the
version check that keeps two translators from silently overwriting each other."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from .test_editor import _form_data


@pytest.fixture
def clients(users) -> dict[str, Client]:
    out = {}
    for role, user in users.items():
        c = Client()
        c.force_login(user)
        out[role] = c
    return out


def _panels(response: Any) -> dict[str, str]:
    """The POST data of every language panel as the page rendered it."""
    panels = response.context.get("panels") or response.context["editor"].translations
    data: dict[str, str] = {}
    for form in panels.forms:
        for f in form:
            value = f.value()
            data[f.html_name] = "" if value is None else str(value)
    return data


def _editor_post(client: Client, url: str, **changes: str) -> Any:
    page = client.get(url)
    assert page.status_code == 200
    data = {**_form_data(page), **_panels(page), **changes}
    return client.post(url, data)


@pytest.fixture
def incident(make_incident, users):
    return make_incident(
        "A correspondent was detained at a rally",
        status="draft",
        source_lang="en",
        summary="Held for three hours.",
        created_by=users["monitor"],
    )


def test_editor_page_shows_the_other_languages_beside_the_source(clients, incident):
    page = clients["editor"].get(reverse("web:incident_edit", args=[incident.pk]))
    body = page.content.decode()
    assert 'id="tr-kk"' in body and 'id="tr-ru"' in body and 'id="tr-en"' not in body  # en is the source
    assert 'name="source_lang"' in body and 'name="tr-kk-narrative"' in body
    assert [f.lang for f in page.context["editor"].translations.forms] == ["kk", "ru"]


def test_monitor_saves_a_kazakh_draft_and_history_records_the_author(clients, incident, users):
    from speechwatch.incidents.models import IncidentTranslation

    url = reverse("web:incident_edit", args=[incident.pk])
    response = _editor_post(
        clients["monitor"], url, **{"tr-kk-title": "Митингте тілші ұсталды", "tr-kk-status": "draft"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    row = IncidentTranslation.objects.get(incident=incident, lang="kk")
    assert (row.title, row.status, row.updated_by) == ("Митингте тілші ұсталды", "draft", users["monitor"])
    assert not IncidentTranslation.objects.filter(incident=incident, lang="ru").exists()  # untouched panel
    record = row.history.get()
    assert record.history_user == users["monitor"] and record.history_type == "+"
    # the incident's own audit view and the translation history page both name the author
    history = clients["editor"].get(reverse("web:translation_history", args=["incident", incident.pk]) + "?lang=kk")
    assert history.status_code == 200
    entries = history.context["entries"]
    assert [(e.who, e.action) for e in entries] == [("monitor", "created")]
    detail = clients["editor"].get(reverse("web:incident_detail", args=[incident.pk]))
    assert any(e.who == "monitor" and "Қазақша" in e.what for e in detail.context["history"])


def test_monitor_cannot_mark_reviewed_editor_can(clients, incident, users):
    from speechwatch.incidents.models import IncidentTranslation

    url = reverse("web:incident_edit", args=[incident.pk])
    refused = _editor_post(
        clients["monitor"], url, **{"tr-ru-title": "Корреспондента задержали на митинге", "tr-ru-status": "reviewed"}
    )
    assert refused.status_code == 400
    assert "Only editors may mark a translation reviewed" in refused.content.decode()
    assert not IncidentTranslation.objects.filter(incident=incident).exists()  # nothing written at all

    ok = _editor_post(
        clients["monitor"], url, **{"tr-ru-title": "Корреспондента задержали на митинге", "tr-ru-status": "draft"}
    )
    assert ok.status_code == 302
    # the editor reviews it: only the status changes
    reviewed = _editor_post(clients["editor"], url, **{"tr-ru-status": "reviewed"})
    assert reviewed.status_code == 302
    row = IncidentTranslation.objects.get(incident=incident, lang="ru")
    assert (row.status, row.updated_by) == ("reviewed", users["editor"])
    assert [h.history_user.username for h in row.history.order_by("history_id")] == ["monitor", "editor"]
    assert row.history.order_by("history_id").last().status == "reviewed"
    history = clients["viewer"].get(reverse("web:translation_history", args=["incident", incident.pk]))
    newest = history.context["entries"][0]
    assert newest.who == "editor" and "Русский" in newest.what
    assert [(c.field, c.old, c.new) for c in newest.changes] == [("translation status", "draft", "reviewed")]


def test_a_cleared_panel_removes_the_translation(clients, incident, users):
    from speechwatch.incidents.models import IncidentTranslation
    from speechwatch.incidents.translations import save_translation

    save_translation(incident, "kk", {"title": "Тақырып"}, user=users["editor"])
    url = reverse("web:incident_edit", args=[incident.pk])
    response = _editor_post(clients["editor"], url, **{"tr-kk-title": "", "tr-kk-summary": "", "tr-kk-narrative": ""})
    assert response.status_code == 302
    assert not IncidentTranslation.objects.filter(incident=incident).exists()


def test_new_incident_is_written_in_the_interface_language(clients, category_pk):
    from speechwatch.incidents.models import Incident, IncidentTranslation

    from .conftest import editor_data

    client = clients["monitor"]
    client.cookies["django_language"] = "ru"
    page = client.get(reverse("web:incident_create"), HTTP_ACCEPT_LANGUAGE="ru")
    assert page.context["editor"].form["source_lang"].value() == "ru"
    assert [f.lang for f in page.context["editor"].translations.forms] == ["kk", "en"]
    data = editor_data(
        title="Журналиста не пустили в суд",
        primary_category=category_pk("rights.pressure"),
        source_lang="ru",
        **{"tr-en-title": "A journalist was kept out of court", "tr-en-status": "draft"},
    )
    response = client.post(reverse("web:incident_create"), data, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302, response.content.decode()[:2000]
    inc = Incident.objects.get()
    assert inc.source_lang == "ru"
    assert IncidentTranslation.objects.get(incident=inc).title == "A journalist was kept out of court"


def test_text_typed_into_the_panel_of_the_chosen_source_language_is_refused(clients, incident):
    from speechwatch.incidents.models import IncidentTranslation

    url = reverse("web:incident_edit", args=[incident.pk])
    response = _editor_post(clients["editor"], url, source_lang="kk", **{"tr-kk-title": "Тақырып"})
    assert response.status_code == 400
    assert "now in this language" in response.content.decode()
    assert not IncidentTranslation.objects.exists()


def test_case_translation_page_statuses_and_roles(clients, users):
    from speechwatch.incidents.models import Case, CaseTranslation

    case = Case.objects.create(title="Defamation claim against a newspaper", source_lang="en")
    url = reverse("web:translation_edit", args=["case", case.pk])
    page = clients["monitor"].get(url)
    assert page.status_code == 200 and [f.lang for f in page.context["panels"].forms] == ["kk", "ru"]
    data = {**_panels(page), "tr-kk-title": "Газетке қарсы ар-намыс туралы талап", "tr-kk-status": "reviewed"}
    assert clients["monitor"].post(url, data).status_code == 400
    assert not CaseTranslation.objects.exists()
    data["tr-kk-status"] = "draft"
    assert clients["monitor"].post(url, data).status_code == 302
    page = clients["editor"].get(url)
    data = {**_panels(page), "tr-kk-status": "reviewed"}
    assert clients["editor"].post(url, data).status_code == 302
    row = CaseTranslation.objects.get()
    assert (row.status, row.updated_by) == ("reviewed", users["editor"])
    assert row.title == "Газетке қарсы ар-намыс туралы талап"
    assert clients["viewer"].get(url).status_code == 403
    assert Client().get(url).status_code == 302  # to the sign-in page


def test_stale_translation_page_is_refused_and_keeps_the_typed_text(clients, users):
    from speechwatch.incidents.models import Case, CaseTranslation

    case = Case.objects.create(title="Claim over a television programme", source_lang="en")
    url = reverse("web:translation_edit", args=["case", case.pk])
    page_a, page_b = clients["editor"].get(url), clients["admin"].get(url)
    data_a, data_b = _panels(page_a), _panels(page_b)
    data_b["tr-ru-title"] = "Иск из-за телепередачи"
    assert clients["admin"].post(url, data_b).status_code == 302
    data_a["tr-ru-title"] = "Иск по поводу телепрограммы"
    refused = clients["editor"].post(url, data_a)
    assert refused.status_code == 409
    assert "Иск по поводу телепрограммы" in refused.content.decode()
    assert CaseTranslation.objects.get().title == "Иск из-за телепередачи"
    # saving again from the refused page replaces the other version deliberately
    again = _panels(refused)
    assert clients["editor"].post(url, again).status_code == 302
    assert CaseTranslation.objects.get().title == "Иск по поводу телепрограммы"


def test_monitor_cannot_translate_a_record_they_may_not_see(clients, make_incident, users):
    hidden = make_incident("Confidential matter", is_confidential=True, created_by=users["editor"], source_lang="en")
    url = reverse("web:translation_edit", args=["incident", hidden.pk])
    assert clients["monitor"].get(url).status_code == 404
    assert clients["monitor"].get(reverse("web:translation_history", args=["incident", hidden.pk])).status_code == 404
    assert clients["editor"].get(url).status_code == 200


def test_actor_and_legislative_item_pages(clients, users):
    from speechwatch.incidents.models import Actor, ActorTranslation, LegislativeItem, LegislativeItemTranslation

    actor = Actor.objects.create(name="Regional court", kind="organisation", description="A court.", source_lang="en")
    item = LegislativeItem.objects.create(title="Draft law on mass media", source_lang="en")
    for kind, obj, values in [
        ("actor", actor, {"tr-ru-description": "Областной суд."}),
        ("legislative", item, {"tr-ru-title": "Проект закона о СМИ"}),
    ]:
        url = reverse("web:translation_edit", args=[kind, obj.pk])
        page = clients["editor"].get(url)
        assert page.status_code == 200
        assert clients["editor"].post(url, {**_panels(page), **values}).status_code == 302
    assert ActorTranslation.objects.get().description == "Областной суд."
    assert LegislativeItemTranslation.objects.get().title == "Проект закона о СМИ"
    assert clients["editor"].get(reverse("web:translation_edit", args=["nothing", 1])).status_code == 404


def test_incident_editor_refuses_a_stale_translation_panel(clients, incident):
    """A saves the incident page after B changed its Kazakh translation elsewhere: refused, nothing of
    A's save written (not even the incident's own fields), A's typed text kept."""
    from speechwatch.incidents.models import Incident, IncidentTranslation

    edit_url = reverse("web:incident_edit", args=[incident.pk])
    page_a = clients["editor"].get(edit_url)
    data_a = {**_form_data(page_a), **_panels(page_a)}
    tr_url = reverse("web:translation_edit", args=["incident", incident.pk])
    page_b = clients["admin"].get(tr_url)
    assert clients["admin"].post(tr_url, {**_panels(page_b), "tr-kk-title": "B нұсқасы"}).status_code == 302
    data_a.update({"title": "A's new title", "tr-kk-title": "A нұсқасы"})
    refused = clients["editor"].post(edit_url, data_a)
    assert refused.status_code == 409
    body = refused.content.decode()
    assert "A нұсқасы" in body and "admin changed the Қазақша translation" in body
    assert IncidentTranslation.objects.get().title == "B нұсқасы"
    assert Incident.objects.get(pk=incident.pk).title == incident.title


def test_untouched_reviewed_translation_is_not_resubmitted(clients, incident, users):
    """A browser sends a textarea's lines with CRLF: a monitor saving the page without touching the
    reviewed Kazakh panel neither changes it nor is told they may not mark it reviewed."""
    from speechwatch.incidents.models import IncidentTranslation
    from speechwatch.incidents.translations import save_translation

    save_translation(incident, "kk", {"title": "Тақырып", "narrative": "Бірінші жол.\nЕкінші жол."},
                     user=users["editor"], status="reviewed")
    url = reverse("web:incident_edit", args=[incident.pk])
    response = _editor_post(clients["monitor"], url, **{"tr-kk-narrative": "Бірінші жол.\r\nЕкінші жол."})
    assert response.status_code == 302, response.content.decode()[:2000]
    row = IncidentTranslation.objects.get()
    assert (row.status, row.updated_by, row.history.count()) == ("reviewed", users["editor"], 1)


def test_over_long_translation_is_named(clients, incident):
    url = reverse("web:incident_edit", args=[incident.pk])
    response = _editor_post(clients["editor"], url, **{"tr-kk-narrative": "ж" * 100_001})
    assert response.status_code == 400
    assert any("Translation (Қазақша)" in where for where, _m in response.context["editor"].summary)


def test_record_pages_link_translators_to_the_translation_page(clients, incident, users):
    from speechwatch.incidents.models import Case

    case = Case.objects.create(title="A case with an incident", source_lang="en")
    incident.case = case
    incident.save()
    for kind, obj in [("incident", incident), ("case", case)]:
        url = reverse(f"web:{kind}_detail", args=[obj.pk])
        target = reverse("web:translation_edit", args=[kind, obj.pk])
        assert f'href="{target}"' in clients["monitor"].get(url).content.decode()
        assert f'href="{target}"' not in clients["viewer"].get(url).content.decode()
