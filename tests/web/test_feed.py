"""The Atom feed of newly published incidents: valid XML, the right entries, newest first, per
category or group, and never an unpublished or confidential record, whoever asks."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def published(make_incident):
    now = timezone.now()
    out = {
        "old": make_incident("Older published attack", "rights.attack", published_at=now - dt.timedelta(days=3)),
        "new": make_incident(
            "Newer published lawsuit",
            "legal.civil",
            published_at=now - dt.timedelta(days=1),
            summary="A court accepted a claim against the newspaper.",
        ),
        "draft": make_incident("Draft incident not yet out", "rights.attack", status="draft"),
        "secret": make_incident(
            "Confidential published incident",
            "rights.attack",
            is_confidential=True,
            published_at=now,
            confidential_notes="name of the witness",
        ),
    }
    out["new"].secondary_categories.add(out["old"].primary_category)
    return out


def entries(client, **params):
    response = client.get(reverse("opendata:feed"), params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = etree.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root, [e.findtext(f"{ATOM}title") for e in root.findall(f"{ATOM}entry")], response.content


@pytest.mark.parametrize("role", ["anonymous", "editor"])
def test_feed_lists_published_public_incidents_newest_first(client, users, published, role):
    if role != "anonymous":
        client.force_login(users[role])
    root, titles, body = entries(client)
    assert titles == ["Newer published lawsuit", "Older published attack"]
    assert b"Confidential published" not in body and b"witness" not in body and b"Draft incident" not in body
    first = root.find(f"{ATOM}entry")
    assert first.find(f"{ATOM}link").get("href").endswith(f"/incidents/{published['new'].pk}/")
    assert first.findtext(f"{ATOM}summary") == "A court accepted a claim against the newspaper."
    assert first.find(f"{ATOM}category").get("term") == "legal.civil"
    assert "CC BY 4.0" in root.findtext(f"{ATOM}rights")


def test_feed_per_category_and_group(client, published):
    # the lawsuit has rights.attack as a secondary category, so it belongs to that category too
    assert entries(client, category="rights.attack")[1] == ["Newer published lawsuit", "Older published attack"]
    assert entries(client, category="legal.civil")[1] == ["Newer published lawsuit"]
    assert entries(client, group="legal")[1] == ["Newer published lawsuit"]
    root, _titles, _body = entries(client, group="legal")
    assert root.findtext(f"{ATOM}title").endswith(published["new"].primary_category.group.label)
    assert client.get(reverse("opendata:feed"), {"category": "no.such"}).status_code == 404
    assert client.get(reverse("opendata:feed"), {"group": "nogroup"}).status_code == 404


def test_feed_is_linked_from_the_data_page(client, published):
    page = client.get(reverse("opendata:dictionary")).content.decode()
    assert reverse("opendata:feed") in page
