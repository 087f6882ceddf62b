"""The permission matrix through the web pages: every role × list, detail, create, edit (own draft and
someone else's), publish and see-confidential."""

from __future__ import annotations

import pytest
from django.urls import reverse

from .conftest import editor_data

ROLES = ["admin", "editor", "monitor", "viewer", "anonymous"]


@pytest.fixture
def world(users, make_incident):
    """A public incident, a draft by the monitor, a draft by the editor, a confidential published
    incident, and a confidential source and note on the public one."""
    from speechwatch.incidents.models import Source

    public = make_incident("Public incident", confidential_notes="secret-note-text")
    Source.objects.create(incident=public, url="https://example.org/open", title="open-source-title")
    Source.objects.create(
        incident=public, kind="correspondent", correspondent="secret-correspondent", is_confidential=True
    )
    return {
        "public": public,
        "monitor_draft": make_incident("Monitor draft", status="draft", created_by=users["monitor"]),
        "editor_draft": make_incident("Editor draft", status="draft", created_by=users["editor"]),
        "confidential": make_incident("Confidential published", is_confidential=True),
    }


def client_for(client, users, role):
    if role != "anonymous":
        client.force_login(users[role])
    return client


@pytest.mark.parametrize("role", ROLES)
def test_list_shows_what_the_role_may_see(client, users, world, role):
    body = client_for(client, users, role).get(reverse("web:incident_list")).content.decode()
    assert "Public incident" in body
    assert ("Monitor draft" in body) == (role != "anonymous")
    assert ("Editor draft" in body) == (role != "anonymous")
    assert ("Confidential published" in body) == (role in {"admin", "editor"})


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("which", "visible_to"),
    [
        ("public", set(ROLES)),
        ("monitor_draft", {"admin", "editor", "monitor", "viewer"}),
        ("confidential", {"admin", "editor"}),
    ],
)
def test_detail(client, users, world, role, which, visible_to):
    response = client_for(client, users, role).get(reverse("web:incident_detail", args=[world[which].pk]))
    assert response.status_code == (200 if role in visible_to else 404)


@pytest.mark.parametrize(
    ("role", "allowed"), [("admin", True), ("editor", True), ("monitor", True), ("viewer", False), ("anonymous", False)]
)
def test_create(client, users, category_pk, role, allowed):
    from speechwatch.incidents.models import Incident

    c = client_for(client, users, role)
    get = c.get(reverse("web:incident_create"))
    post = c.post(reverse("web:incident_create"), editor_data(primary_category=category_pk("rights.attack")))
    if role == "anonymous":
        assert get.status_code == 302 and "/accounts/login/" in get["Location"]
        assert post.status_code == 302 and "/accounts/login/" in post["Location"]
    elif allowed:
        assert get.status_code == 200
        assert post.status_code == 302, post.content.decode()[:2000]
        made = Incident.objects.get()
        assert made.status == "draft" and made.created_by == users[role]
    else:
        assert get.status_code == 403 and post.status_code == 403
    if not allowed:
        assert not Incident.objects.exists()


@pytest.mark.parametrize(
    ("role", "own_draft", "other_draft", "published"),
    [
        ("admin", True, True, True),
        ("editor", True, True, True),
        ("monitor", True, False, False),
        ("viewer", False, False, False),
        ("anonymous", False, False, False),
    ],
)
def test_edit(client, users, world, role, own_draft, other_draft, published):
    c = client_for(client, users, role)
    mine = world["monitor_draft"] if role in {"monitor", "viewer", "anonymous"} else world["editor_draft"]
    other = world["editor_draft"] if role == "monitor" else world["monitor_draft"]
    for incident, ok in ((mine, own_draft), (other, other_draft), (world["public"], published)):
        response = c.get(reverse("web:incident_edit", args=[incident.pk]))
        if role == "anonymous":
            assert response.status_code == 302
        else:
            assert response.status_code == (200 if ok else 403), (incident.title, response.status_code)


def test_monitor_cannot_edit_own_incident_once_verified(client, users, world):
    draft = world["monitor_draft"]
    draft.status = "verified"
    draft.save()
    client.force_login(users["monitor"])
    assert client.get(reverse("web:incident_edit", args=[draft.pk])).status_code == 403
    assert client.post(reverse("web:incident_edit", args=[draft.pk]), {}).status_code == 403


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("admin", True), ("editor", True), ("monitor", False), ("viewer", False), ("anonymous", False)],
)
@pytest.mark.parametrize("action", ["verify", "publish", "reject"])
def test_workflow(client, users, world, role, allowed, action):
    draft = world["monitor_draft"]
    c = client_for(client, users, role)
    response = c.post(reverse(f"web:incident_{action}", args=[draft.pk]))
    draft.refresh_from_db()
    expected = {"verify": "verified", "publish": "published", "reject": "rejected"}[action]
    if allowed:
        assert response.status_code == 302
        assert draft.status == expected
        if action != "reject":
            assert draft.verified_by == users[role] and draft.verified_at is not None
        if action == "publish":
            assert draft.published_at is not None
    else:
        assert response.status_code in (302, 403)
        assert draft.status == "draft"
    assert c.get(reverse(f"web:incident_{action}", args=[draft.pk])).status_code in (302, 405)


@pytest.mark.parametrize(
    ("role", "sees"), [("admin", True), ("editor", True), ("monitor", False), ("viewer", False), ("anonymous", False)]
)
def test_confidential_source_and_notes(client, users, world, role, sees):
    body = client_for(client, users, role).get(reverse("web:incident_detail", args=[world["public"].pk])).content
    body = body.decode()
    assert "open-source-title" in body
    assert ("secret-correspondent" in body) == sees
    assert ("secret-note-text" in body) == sees


def test_monitor_sees_confidential_on_own_incident(client, users, world):
    from speechwatch.incidents.models import Source

    own = world["monitor_draft"]
    own.confidential_notes = "monitor-own-note"
    own.save()
    Source.objects.create(incident=own, kind="correspondent", correspondent="own-secret", is_confidential=True)
    client.force_login(users["monitor"])
    body = client.get(reverse("web:incident_detail", args=[own.pk])).content.decode()
    assert "monitor-own-note" in body and "own-secret" in body


@pytest.mark.parametrize("role", ROLES)
def test_history_only_for_staff(client, users, world, role):
    body = client_for(client, users, role).get(reverse("web:incident_detail", args=[world["public"].pk]))
    assert ('class="history"' in body.content.decode()) == (role != "anonymous")


@pytest.mark.parametrize("role", ROLES)
def test_dashboard(client, users, world, role):
    response = client_for(client, users, role).get(reverse("web:dashboard"))
    if role == "anonymous":
        assert response.status_code == 302
    else:
        assert response.status_code == 200
        drafts = {i.title for i in response.context["drafts"]}
        if role in {"admin", "editor"}:
            assert drafts == {"Editor draft", "Monitor draft"}
        else:
            assert drafts == ({"Monitor draft"} if role == "monitor" else set())


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("admin", {"Dashboard", "New incident", "Ingest", "Close month"}),
        ("editor", {"Dashboard", "New incident", "Ingest", "Close month"}),
        ("monitor", {"Dashboard", "New incident", "Ingest"}),
        ("viewer", {"Dashboard"}),
        ("anonymous", set()),
    ],
)
def test_navigation_by_role(client, users, role, expected):
    import re

    body = client_for(client, users, role).get(reverse("web:home")).content.decode()
    nav = re.search(r'<nav aria-label="[^"]*">(.*?)</nav>', body, re.S).group(1)
    labels = set(re.findall(r">([^<]+)</a>", nav))
    guarded = {"Dashboard", "New incident", "Ingest", "Close month"}
    assert labels & guarded == expected
    # the public research portal is in everyone's navigation
    assert {"Home", "Incidents", "Months", "Statistics", "Map", "Open data", "API"} <= labels
