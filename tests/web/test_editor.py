"""The one-flow incident editor: a full incident with its proceeding saved at once; every bad input
is named and nothing is written."""

from __future__ import annotations

import pytest
from django.urls import reverse

from .conftest import editor_data


@pytest.fixture
def editor(client, users):
    client.force_login(users["editor"])
    return client


@pytest.fixture
def refs(db):
    from speechwatch.incidents.models import Actor
    from speechwatch.vocab.models import Category, LegalArticle, Place

    return {
        "cat": Category.objects.get(code="legal.civil").pk,
        "cat2": Category.objects.get(code="rights.pressure").pk,
        "article": LegalArticle.objects.get(code_id="CC", article="131").pk,
        "place": Place.objects.get(name_en="Almaty").pk,
        "actor": Actor.objects.create(name="Daryn Sapar", kind="person", subkind="journalist").pk,
    }


def full_data(refs, **extra):
    rows = {
        "involvements": [
            {"actor": refs["actor"], "role": "victim"},
            {"new_name": "Zhetysu Courier", "new_kind": "outlet", "role": "victim"},
        ],
        "places": [{"place": refs["place"]}],
        "sources": [
            {"kind": "url", "url": "https://example.org/news/1", "title": "Open report", "reliability": "B"},
            {
                "kind": "correspondent",
                "correspondent": "Hidden correspondent",
                "reliability": "A",
                "is_confidential": "on",
            },
        ],
        "bases": [{"article": refs["article"], "part": "2"}],
        "parties": [
            {"new_name": "Akim of Nowhere", "new_kind": "person", "role": "plaintiff"},
            {"actor": refs["actor"], "role": "defendant"},
        ],
        "stages": [
            {"kind": "complaint_filed", "date": "2024-03-01", "date_precision": "day"},
            {"kind": "first_instance", "date": "2024-03-20", "date_precision": "day", "in_favour_of_media": "false"},
        ],
        "amounts": [
            {"kind": "claimed", "amount_kzt": "5000000"},
            {"kind": "awarded", "amount_kzt": "250000", "date": "2024-03-20"},
        ],
    }
    rows.update(extra.pop("rows", {}))
    data = editor_data(
        rows,
        title="Journalist sued over a post",
        primary_category=refs["cat"],
        secondary_categories=[refs["cat2"]],
        narrative="The journalist wrote about the akimat; the akim sued him.",
        new_case_title="Akim v. Sapar",
        **{
            "proc-kind": "civil",
            "proc-is_honor_claim": "on",
            "proc-court_name": "District court No. 2",
            "proc-outcome": "partly_satisfied",
            "proc-filed_on": "2024-03-01",
        },
    )
    data.update(extra)
    return data


def test_full_incident_saved_in_one_go(editor, refs):
    from speechwatch.incidents.models import Incident

    response = editor.post(reverse("web:incident_create"), full_data(refs))
    assert response.status_code == 302, response.content.decode()[:3000]
    inc = Incident.objects.get()
    assert response["Location"] == reverse("web:incident_detail", args=[inc.pk])
    assert inc.status == "draft" and inc.case.title == "Akim v. Sapar"
    assert [c.code for c in inc.secondary_categories.all()] == ["rights.pressure"]
    assert {(i.actor.name, i.role) for i in inc.involvements.all()} == {
        ("Daryn Sapar", "victim"),
        ("Zhetysu Courier", "victim"),
    }
    place = inc.incident_places.get()
    assert place.region_now.code == "almaty_city" and place.region_then.code == "almaty_city"
    assert inc.sources.filter(is_confidential=True).get().correspondent == "Hidden correspondent"
    proc = inc.proceedings.get()
    assert proc.kind == "civil" and proc.case == inc.case and proc.is_honor_claim
    assert [(b.article.article, b.part) for b in proc.bases.all()] == [("131", "2")]
    assert {(p.actor.name, p.role) for p in proc.parties.all()} == {
        ("Akim of Nowhere", "plaintiff"),
        ("Daryn Sapar", "defendant"),
    }
    assert [s.kind for s in proc.stages.order_by("date")] == ["complaint_filed", "first_instance"]
    amounts = {a.kind: a.amount_kzt for a in proc.amounts.all()}
    assert amounts == {"claimed": 5_000_000, "awarded": 250_000} and all(isinstance(v, int) for v in amounts.values())
    assert inc.history.count() == 1 and inc.history.first().history_user.username == "editor"


def test_edit_changes_rows_and_keeps_history(editor, refs):
    from speechwatch.incidents.models import Incident

    editor.post(reverse("web:incident_create"), full_data(refs))
    inc = Incident.objects.get()
    page = editor.get(reverse("web:incident_edit", args=[inc.pk]))
    assert page.status_code == 200
    form = page.context["editor"]
    # Re-post the existing rows (as the browser would), changing the title and deleting one source.
    data = {}
    for bound in [form.form, form.proceeding_form]:
        for f in bound:
            value = f.value()
            if value is None or value is False:
                continue
            if isinstance(value, list):
                data[f.html_name] = [str(v) for v in value]
            else:
                data[f.html_name] = "on" if value is True else str(value)
    for fs in [*form.formsets.values(), *form.proceeding_sets.values()]:
        mgmt = fs.management_form
        for f in mgmt:
            data[f.html_name] = f.value()
        for sub in fs.forms:
            for f in sub:
                value = f.value()
                if value is None or value is False or value == "":
                    continue
                if isinstance(value, list):  # a multiple select sends each chosen option (none: nothing)
                    data[f.html_name] = [str(v) for v in value]
                    continue
                data[f.html_name] = "on" if value is True else str(value)
    data["title"] = "Journalist sued over a Facebook post"
    data["new_case_title"] = ""
    data["case"] = str(inc.case_id)
    confidential_index = [s.is_confidential for s in form.formsets["sources"].queryset].index(True)
    data[f"sources-{confidential_index}-DELETE"] = "on"
    response = editor.post(reverse("web:incident_edit", args=[inc.pk]), data)
    assert response.status_code == 302, [e for e in response.context["editor"].summary]
    inc.refresh_from_db()
    assert inc.title == "Journalist sued over a Facebook post"
    assert inc.sources.count() == 1 and inc.proceedings.get().amounts.count() == 2
    last = inc.history.first()
    changes = last.diff_against(last.prev_record).changed_fields
    assert changes == ["title"]


@pytest.mark.parametrize(
    ("change", "field_label", "fragment"),
    [
        ({"date": "2024-02-30"}, "Incident: Date", "valid date"),
        ({"date": "2999-01-01"}, "Incident: Date", "future"),
        ({"date": "1980-01-01"}, "Incident: Date", "1991"),
        ({"registered_month": "2024-13"}, "Incident: Registration month", "YYYY-MM"),
        ({"primary_category": "999999"}, "Incident: Category", "valid choice"),
        ({"title": "x" * 301}, "Incident: Title", "at most 300"),
        ({"title": ""}, "Incident: Title", "required"),
        ({"is_follow_up": "on", "new_case_title": ""}, "Incident: Case", "follow-up"),
        ({"rows": {"amounts": [{"kind": "claimed", "amount_kzt": "-5"}]}}, "Money #1: Amount, KZT", "greater than"),
        ({"rows": {"amounts": [{"kind": "claimed", "amount_kzt": "12.5"}]}}, "Money #1: Amount, KZT", "whole number"),
        (
            {"rows": {"stages": [{"kind": "appeal", "date": "2024-04-31", "date_precision": "day"}]}},
            "Stages #1: Date",
            "valid date",
        ),
        ({"rows": {"bases": [{"article": "999999", "part": ""}]}}, "Legal bases #1: Article", "valid choice"),
        (
            {"rows": {"involvements": [{"new_name": "Daryn  Sapar", "new_kind": "person", "role": "victim"}]}},
            "Actors #1: Or new actor name",
            "already exists: Daryn Sapar",
        ),
        (
            {"rows": {"involvements": [{"new_name": "Someone", "new_kind": "", "role": "victim"}]}},
            "Actors #1: New actor kind",
            "what kind",
        ),
        (
            {"rows": {"sources": [{"kind": "url", "url": "javascript:alert(1)", "reliability": "C"}]}},
            "Sources #1: URL",
            "valid URL",
        ),
        ({"proc-kind": ""}, "Proceeding: Kind", "kind of the proceeding"),
    ],
)
def test_bad_input_is_named_and_nothing_is_written(editor, refs, change, field_label, fragment):
    from speechwatch.incidents.models import Actor, Case, Incident, Proceeding, Source

    actors_before = Actor.objects.count()
    data = full_data(refs, **change)
    response = editor.post(reverse("web:incident_create"), data)
    assert response.status_code == 400
    summary = response.context["editor"].summary
    assert any(where == field_label and fragment in message for where, message in summary), summary
    body = response.content.decode()
    assert field_label.split(": ")[-1] in body
    assert not Incident.objects.exists() and not Proceeding.objects.exists() and not Source.objects.exists()
    assert not Case.objects.exists() and Actor.objects.count() == actors_before


def test_same_actor_twice_in_a_role_is_rejected(editor, refs):
    rows = {"involvements": [{"actor": refs["actor"], "role": "victim"}, {"actor": refs["actor"], "role": "victim"}]}
    response = editor.post(reverse("web:incident_create"), full_data(refs, rows=rows))
    assert response.status_code == 400
    assert ("Actors #2: Actor", "This actor is already listed in this role.") in response.context["editor"].summary


def test_failure_while_saving_rolls_everything_back(editor, refs, monkeypatch):
    """A database error after the incident row is written leaves no trace (one transaction)."""
    from speechwatch.incidents.models import Incident, MoneyAmount

    def boom(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(MoneyAmount, "save", boom)
    editor.raise_request_exception = True
    with pytest.raises(RuntimeError):
        editor.post(reverse("web:incident_create"), full_data(refs))
    assert not Incident.objects.exists()


def test_no_proceeding_is_fine(editor, refs):
    from speechwatch.incidents.models import Incident

    data = editor_data(primary_category=refs["cat2"])
    response = editor.post(reverse("web:incident_create"), data)
    assert response.status_code == 302
    assert not Incident.objects.get().proceedings.exists()


def test_follow_up_of_a_new_case_is_accepted(editor, refs):
    from speechwatch.incidents.models import Incident

    data = editor_data(primary_category=refs["cat2"], is_follow_up="on", new_case_title="Long story")
    assert editor.post(reverse("web:incident_create"), data).status_code == 302
    assert Incident.objects.get().case.title == "Long story"


@pytest.mark.parametrize("typed", ["{name} [{pk}]", "{pk}", "{name}", "Daryn  SAPAR", "Дарын Сапар"])
def test_existing_actor_is_typed_from_the_list_or_by_name(editor, refs, typed):
    from speechwatch.incidents.models import Actor, ActorAlias, Incident

    actor = Actor.objects.get(pk=refs["actor"])
    ActorAlias.objects.create(actor=actor, name="Дарын Сапар")
    value = typed.format(name=actor.name, pk=actor.pk)
    data = editor_data({"involvements": [{"actor": value, "role": "victim"}]}, primary_category=refs["cat2"])
    response = editor.post(reverse("web:incident_create"), data)
    assert response.status_code == 302, response.context["editor"].summary
    assert Incident.objects.get().involvements.get().actor == actor


def test_unknown_or_ambiguous_actor_is_named(editor, refs):
    from speechwatch.incidents.models import Actor

    Actor.objects.create(name="Daryn Sapar", kind="outlet")  # same name, another kind
    for typed, fragment in [
        ("Nobody Known", "No actor"),
        ("Daryn Sapar", "Several actors"),
        ("x [999999]", "No actor"),
    ]:
        data = editor_data({"involvements": [{"actor": typed, "role": "victim"}]}, primary_category=refs["cat2"])
        response = editor.post(reverse("web:incident_create"), data)
        assert response.status_code == 400
        assert any(w == "Actors #1: Actor" and fragment in m for w, m in response.context["editor"].summary)


def test_editor_page_offers_actors_in_one_datalist(editor, refs):
    body = editor.get(reverse("web:incident_create")).content.decode()
    assert body.count('<datalist id="actor-names">') == 1
    assert f"Daryn Sapar [{refs['actor']}]" in body
    assert 'list="actor-names"' in body


def test_editor_writes_through_the_services(editor, refs, monkeypatch):
    """Cases, actors, the incident, its proceeding and every row are written by
    speechwatch.incidents.services (the one place with the write rules), not by the view."""
    from speechwatch.incidents import services
    from speechwatch.incidents.models import Incident

    called: list[str] = []
    for name in ("case_create", "actor_for_editor", "incident_save_validated", "proceeding_save_validated", "row_save"):
        original = getattr(services, name)

        def spy(*args, _name=name, _original=original, **kwargs):
            called.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(services, name, spy)
    response = editor.post(reverse("web:incident_create"), full_data(refs))
    assert response.status_code == 302
    assert {"case_create", "actor_for_editor", "incident_save_validated", "proceeding_save_validated"} <= set(called)
    assert called.count("row_save") >= 10  # 2 actors, 1 place, 2 sources, 1 basis, 2 parties, 2 stages, 2 amounts
    inc = Incident.objects.get()
    assert inc.case.history.first().history_user.username == "editor"
    new_actor = inc.involvements.get(actor__name="Zhetysu Courier").actor
    assert new_actor.history.first().history_user.username == "editor"


def test_services_write_from_the_command_line_without_a_user(db):
    """user=None is the trusted operator context: no permission check, no audit author."""
    from speechwatch.incidents import services

    case = services.case_create("Operator's case")
    actor = services.actor_for_editor("New Outlet", "outlet")
    assert services.actor_for_editor("new  outlet", "outlet") == actor
    assert case.history.first().history_user is None


def test_services_refuse_a_viewer(users):
    from django.core.exceptions import PermissionDenied

    from speechwatch.incidents import services

    with pytest.raises(PermissionDenied):
        services.case_create("Not allowed", user=users["viewer"])


def _form_data(page) -> dict:
    """POST data re-sending every field of a rendered edit page, as a browser would."""
    form = page.context["editor"]
    data: dict = {}
    for bound in [form.form, form.proceeding_form]:
        for f in bound:
            value = f.value()
            if value is None or value is False:
                continue
            if isinstance(value, list):
                data[f.html_name] = [str(v) for v in value]
            else:
                data[f.html_name] = "on" if value is True else str(value)
    for fs in [*form.formsets.values(), *form.proceeding_sets.values()]:
        for f in fs.management_form:
            data[f.html_name] = f.value()
        for sub in fs.forms:
            for f in sub:
                value = f.value()
                if value is None or value is False or value == "":
                    continue
                if isinstance(value, list):  # a multiple select sends each chosen option (none: nothing)
                    data[f.html_name] = [str(v) for v in value]
                    continue
                data[f.html_name] = "on" if value is True else str(value)
    data["new_case_title"] = ""
    return data


def test_second_save_of_a_stale_form_is_refused_and_keeps_the_typed_text(editor, refs, users):
    """Editors A and B open the same incident; B saves first; A's save is refused (409) with A's
    typed text kept in the form and B's values shown beside it; the database holds B's version."""
    from django.test import Client

    from speechwatch.incidents.models import Incident

    editor.post(reverse("web:incident_create"), full_data(refs))
    inc = Incident.objects.get()
    url = reverse("web:incident_edit", args=[inc.pk])
    other = Client()
    other.force_login(users["admin"])
    page_a, page_b = editor.get(url), other.get(url)
    data_a, data_b = _form_data(page_a), _form_data(page_b)
    assert data_a["version"] and data_a["version"] == data_b["version"]

    data_b.update(title="B: sued over a Telegram post", summary="B's summary")
    assert other.post(url, data_b).status_code == 302

    data_a.update(title="A: sued over a Facebook post", narrative="A typed this narrative by hand.")
    response = editor.post(url, data_a)
    assert response.status_code == 409
    inc.refresh_from_db()
    assert inc.title == "B: sued over a Telegram post" and inc.summary == "B's summary"
    body = response.content.decode()
    assert "A typed this narrative by hand." in body and 'value="A: sued over a Facebook post"' in body
    rows = {label: (stored, mine) for label, stored, mine in response.context["editor"].conflict.rows}
    assert rows["Title"] == ("B: sued over a Telegram post", "A: sued over a Facebook post")
    assert rows["Summary"] == ("B's summary", "—")
    assert "admin saved this incident" in body and 'id="conflict"' in body
    assert inc.history.count() == 2  # creation and B's save; A wrote nothing

    # Having compared, A saves again from the conflict page: that replaces B's version on purpose.
    again = _form_data(response)
    assert again["version"] == inc.updated_at.isoformat()
    assert editor.post(url, again).status_code == 302
    inc.refresh_from_db()
    assert inc.title == "A: sued over a Facebook post"


def test_same_editor_saving_twice_in_a_row_is_not_a_conflict(editor, refs):
    from speechwatch.incidents.models import Incident

    editor.post(reverse("web:incident_create"), full_data(refs))
    url = reverse("web:incident_edit", args=[Incident.objects.get().pk])
    for title in ("First change", "Second change"):
        data = _form_data(editor.get(url))
        data["title"] = title
        assert editor.post(url, data).status_code == 302
    assert Incident.objects.get().title == "Second change"


def _read_only(on: bool) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA query_only={'ON' if on else 'OFF'}")


def test_read_only_database_keeps_the_typed_form(editor, refs):
    """A database that refuses writes (full disk, read-only file) is a 503 with the typed text kept
    and a message saying nothing was saved, not a 500 that loses it. (A real read-only SQLite.)"""
    from django.db import connection

    from speechwatch.incidents.models import Incident

    if connection.vendor != "sqlite":
        pytest.skip("PRAGMA query_only is SQLite's; the patched test below covers PostgreSQL")
    editor.get(reverse("web:incident_create"))  # session and CSRF settled before the database turns read-only
    data = full_data(refs, narrative="Typed for an hour and must not be lost.")
    _read_only(True)
    try:
        response = editor.post(reverse("web:incident_create"), data)
    finally:
        _read_only(False)
    assert response.status_code == 503
    body = response.content.decode()
    assert "The database refused the write" in body and "Nothing was saved; your text is below." in body
    assert "Typed for an hour and must not be lost." in body and 'value="Journalist sued over a post"' in body
    assert not Incident.objects.exists()


@pytest.mark.parametrize(
    "error",
    ["operational", "disk_full_file"],
)
def test_storage_errors_while_saving_an_edit_keep_the_typed_form(editor, refs, monkeypatch, error):
    from django.db import OperationalError

    from speechwatch.incidents import services
    from speechwatch.incidents.models import Incident

    editor.post(reverse("web:incident_create"), full_data(refs))
    inc = Incident.objects.get()
    url = reverse("web:incident_edit", args=[inc.pk])
    data = _form_data(editor.get(url))
    data.update(title="A new title typed by hand", narrative="A long narrative typed by hand.")

    def refuse(*args, **kwargs):
        if error == "operational":
            raise OperationalError("database or disk is full")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(services, "row_save", refuse)
    response = editor.post(url, data)
    assert response.status_code == 503
    body = response.content.decode()
    if error == "operational":
        assert "The database refused the write: database or disk is full. Nothing was saved" in body
    else:
        assert "The file storage refused the write: No space left on device. Nothing was saved" in body
    assert "A long narrative typed by hand." in body and 'value="A new title typed by hand"' in body
    inc.refresh_from_db()
    assert inc.title == "Journalist sued over a post"  # the incident row written before the failure is rolled back
