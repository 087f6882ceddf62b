"""The permission matrix over the JSON API: every role × list, detail and confidential fields, and
anonymous callers seeing exactly what the public pages show."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from speechwatch.incidents import services
from speechwatch.incidents.models import Case, Incident, Proceeding

ROLES = ["anonymous", "viewer", "monitor", "editor", "admin"]
HOSTILE = '<script>alert("pwn")</script> & \' \\ </textarea>'


@pytest.fixture
def world(users):
    editor, monitor = users["editor"], users["monitor"]
    victim, _ = services.actor_get_or_create("Public Victim", "person", subkind="journalist")
    secret, _ = services.actor_get_or_create("Secret Person", "person", subkind="journalist")
    public_case = Case.objects.create(title="Open case")
    secret_case = Case.objects.create(title="Closed case", is_confidential=True)
    base = {"date": dt.date(2024, 3, 4), "registered_month": dt.date(2024, 3, 1), "primary_category": "rights.attack"}
    public = services.incident_create(
        user=editor, title="Public incident", summary=HOSTILE, confidential_notes="NOTE-public", case=public_case,
        involvements=[(victim, "victim")], places=["Almaty"], status="published",
        sources=[{"kind": "url", "url": "https://example.org/open", "title": "open source"},
                 {"kind": "correspondent", "correspondent": "Hidden correspondent", "is_confidential": True}],
        **base,
    )  # fmt: skip
    open_proc = Proceeding.objects.create(incident=public, case=public_case, kind="civil", title="open claim")
    Proceeding.objects.create(incident=public, kind="criminal", title="secret charge", is_confidential=True)
    conf_mon = services.incident_create(
        user=monitor, title="Monitor's confidential", confidential_notes="NOTE-monitor", is_confidential=True,
        involvements=[(secret, "victim")], **base,
    )  # fmt: skip
    services.incident_publish(conf_mon, user=editor)
    conf_ed = services.incident_create(
        user=editor, title="Editor's confidential", is_confidential=True, case=secret_case, status="verified", **base
    )
    draft = services.incident_create(user=monitor, title="A draft", **base)
    return {
        "users": users, "public": public, "conf_mon": conf_mon, "conf_ed": conf_ed, "draft": draft,
        "public_case": public_case, "secret_case": secret_case, "open_proc": open_proc,
    }  # fmt: skip


def client_for(world, role: str) -> Client:
    c = Client()
    if role != "anonymous":
        c.force_login(world["users"][role])
    return c


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content[:300]
    return {row["id"] for row in response.json()["results"]}


EXPECTED_LIST = {
    "anonymous": {"public"},
    "viewer": {"public", "draft"},
    "monitor": {"public", "draft", "conf_mon"},
    "editor": {"public", "draft", "conf_mon", "conf_ed"},
    "admin": {"public", "draft", "conf_mon", "conf_ed"},
}


@pytest.mark.parametrize("role", ROLES)
def test_incident_list_and_detail_per_role(world, role):
    c = client_for(world, role)
    expected = {world[name].pk for name in EXPECTED_LIST[role]}
    assert ids(c.get("/api/incidents/")) == expected
    for name in ["public", "conf_mon", "conf_ed", "draft"]:
        status = c.get(f"/api/incidents/{world[name].pk}/").status_code
        assert status == (200 if world[name].pk in expected else 404), (role, name)


@pytest.mark.parametrize("role", ROLES)
def test_confidential_fields_per_role(world, role):
    c = client_for(world, role)
    sees_all = role in {"editor", "admin"}
    detail = c.get(f"/api/incidents/{world['public'].pk}/").json()
    assert ("confidential_notes" in detail) == sees_all
    assert len(detail["sources"]) == (2 if sees_all else 1)
    assert ("Hidden correspondent" in json.dumps(detail)) == sees_all
    assert {p["title"] for p in detail["proceedings"]} == (
        {"open claim", "secret charge"} if sees_all else {"open claim"}
    )
    if role in {"monitor", "editor", "admin"}:
        own = c.get(f"/api/incidents/{world['conf_mon'].pk}/").json()
        assert own["confidential_notes"] == "NOTE-monitor"  # a monitor reads the notes of what they created
    proceedings = {p["title"] for p in c.get("/api/proceedings/").json()["results"]}
    assert ("secret charge" in proceedings) == sees_all and "open claim" in proceedings
    cases = ids(c.get("/api/cases/"))
    assert world["public_case"].pk in cases
    assert (world["secret_case"].pk in cases) == sees_all
    actors = {a["name"] for a in c.get("/api/actors/").json()["results"]}
    assert "Public Victim" in actors
    # named only in the monitor's confidential incident: a viewer must not learn the name
    assert ("Secret Person" in actors) == (role in {"monitor", "editor", "admin"})


@pytest.mark.parametrize("role", ROLES)
def test_api_is_read_only(world, role):
    c = client_for(world, role)
    assert c.post("/api/incidents/", {"title": "x"}).status_code in {403, 405}
    assert c.delete(f"/api/incidents/{world['public'].pk}/").status_code in {403, 405}


def test_anonymous_api_matches_the_public_rule(world):
    public = set(Incident.objects.restrict(AnonymousUser()).values_list("pk", flat=True))
    assert ids(Client().get("/api/incidents/")) == public == {world["public"].pk}


def test_hostile_text_is_returned_json_escaped(world):
    response = Client().get(f"/api/incidents/{world['public'].pk}/")
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["summary"] == HOSTILE  # verbatim once decoded
    assert b'<script>alert(\\"pwn\\")' in response.content  # quotes escaped inside the JSON string


def test_filters(world):
    c = client_for(world, "editor")
    everyone = {world[n].pk for n in EXPECTED_LIST["editor"]}
    assert ids(c.get("/api/incidents/?month=2024-03")) == everyone
    assert ids(c.get("/api/incidents/?month=2023-03")) == set()
    assert ids(c.get("/api/incidents/?status=draft")) == {world["draft"].pk}
    assert ids(c.get("/api/incidents/?category=rights.attack")) == everyone
    assert ids(c.get("/api/incidents/?category=legal")) == set()
    assert ids(c.get("/api/incidents/?region=almaty_city")) == {world["public"].pk}
    assert ids(c.get("/api/incidents/?actor=Public Victim")) == {world["public"].pk}
    assert ids(c.get("/api/incidents/?proceeding_kind=civil")) == {world["public"].pk}
    assert ids(c.get("/api/incidents/?q=Monitor")) == {world["conf_mon"].pk}
    assert c.get("/api/incidents/?month=2024-13").status_code == 400


def test_schema_and_docs():
    schema = Client().get("/api/schema/")
    assert schema.status_code == 200
    text = schema.content.decode()
    for path in ["/api/incidents/", "/api/cases/", "/api/actors/", "/api/proceedings/", "/api/published-figures/"]:
        assert path in text
    docs = Client().get("/api/docs/")
    assert docs.status_code == 200 and b"/api/schema/" in docs.content
    js = Client().get("/api/docs/redoc.js")
    assert js.status_code == 200 and "javascript" in js["Content-Type"]
    assert b"cdn." not in docs.content


@pytest.mark.django_db
def test_codebook_endpoints():
    c = Client()
    cats = c.get("/api/categories/").json()
    assert len(cats) == 25 and {x["code"] for x in cats} >= {"rights.murder", "legal.civil"}
    assert c.get("/api/categories/legal.civil/").json()["group"] == "legal"
    assert c.get("/api/regions/astana/").json()["kind"] == "city"
