"""Source files: served only through /sources/<pk>/file/ under the source's permission rule, never
from /media/, and stored under random names."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from speechwatch.incidents.models import Incident, Source
from speechwatch.vocab.models import Category
from speechwatch.web.views.files import download_name

PAYLOAD = b"%PDF-1.4 confidential letter from a correspondent\n"
ROLES = (None, "viewer", "monitor", "editor", "admin")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return settings.MEDIA_ROOT


def make_incident(created_by: Any = None, **fields: Any) -> Incident:
    fields.setdefault("status", "published")
    return Incident.objects.create(
        title="A reporter was pushed out of a hearing",
        registered_month=dt.date(2024, 3, 1),
        date=dt.date(2024, 3, 5),
        primary_category=Category.objects.get(code="rights.attack"),
        created_by=created_by,
        **fields,
    )


def make_source(incident: Incident, name: str = "letter.pdf", **fields: Any) -> Source:
    source = Source(incident=incident, kind="document", **fields)
    source.document.save(name, ContentFile(PAYLOAD), save=False)
    source.save()
    return source


def fetch(client, users, role, source: Source):
    client.logout()
    if role:
        client.force_login(users[role])
    return client.get(reverse("web:source_file", args=[source.pk]))


def expect(client, users, source: Source, allowed: set[str | None]) -> None:
    got = {}
    for role in ROLES:
        response = fetch(client, users, role, source)
        got[role] = response.status_code
        if response.status_code == 200:
            assert b"".join(response.streaming_content) == PAYLOAD
    assert got == {role: 200 if role in allowed else 404 for role in ROLES}


@pytest.mark.django_db
def test_public_source_of_a_published_incident_is_served_to_everyone(client, users):
    source = make_source(make_incident())
    expect(client, users, source, set(ROLES))


@pytest.mark.django_db
def test_confidential_source_of_a_published_incident(client, users):
    source = make_source(make_incident(), is_confidential=True)
    expect(client, users, source, {"editor", "admin"})


@pytest.mark.django_db
def test_monitor_sees_a_confidential_source_only_on_incidents_they_created(client, users):
    own = make_source(make_incident(created_by=users["monitor"], status="draft"), is_confidential=True)
    expect(client, users, own, {"monitor", "editor", "admin"})
    others = make_source(make_incident(created_by=users["editor"], status="draft"), is_confidential=True)
    expect(client, users, others, {"editor", "admin"})


@pytest.mark.django_db
def test_sources_of_draft_and_confidential_incidents(client, users):
    draft = make_source(make_incident(status="draft"))
    expect(client, users, draft, {"viewer", "monitor", "editor", "admin"})
    secret = make_source(make_incident(is_confidential=True, created_by=users["editor"]))
    expect(client, users, secret, {"editor", "admin"})


@pytest.mark.django_db
def test_unknown_source_and_source_without_file_are_404(client, users):
    client.force_login(users["admin"])
    assert client.get(reverse("web:source_file", args=[987654])).status_code == 404
    bare = Source.objects.create(incident=make_incident(), kind="url", url="https://example.org/a")
    assert client.get(reverse("web:source_file", args=[bare.pk])).status_code == 404


@pytest.mark.django_db
def test_download_headers(client, users):
    source = make_source(make_incident(), name='Письмо; "evil"\r\nX-Injected: 1.html', title="")
    client.force_login(users["editor"])
    response = client.get(reverse("web:source_file", args=[source.pk]))
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "\r" not in disposition and "\n" not in disposition and "X-Injected: " not in disposition.split(";")[0]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Type"] == "application/octet-stream"  # an uploaded page never renders here
    assert "X-Injected" not in response


@pytest.mark.django_db
def test_media_url_serves_nothing(client, users, settings):
    source = make_source(make_incident())
    assert (settings.MEDIA_ROOT / source.document.name).is_file()
    for debug in (True, False):
        settings.DEBUG = debug
        for role in ROLES:
            client.logout()
            if role:
                client.force_login(users[role])
            assert client.get(f"/media/{source.document.name}").status_code == 404, (debug, role)
            assert client.get(source.document.url).status_code == 404, (debug, role)


@pytest.mark.django_db
def test_stored_name_is_random_and_the_title_keeps_the_original_name():
    incident = make_incident()
    a = make_source(incident, name="Ivanov appeal 2024-03.PDF")
    b = make_source(incident, name="Ivanov appeal 2024-03.PDF")
    for source in (a, b):
        assert re.fullmatch(r"sources/[0-9a-f]{32}\.pdf", source.document.name), source.document.name
        assert source.title == "Ivanov appeal 2024-03.PDF"
    assert a.document.name != b.document.name
    titled = make_source(incident, name="scan.exe.sh", title="Court ruling")
    assert re.fullmatch(r"sources/[0-9a-f]{32}\.sh", titled.document.name)
    assert titled.title == "Court ruling"
    assert download_name(a) == "Ivanov appeal 2024-03.pdf"
    assert download_name(titled) == "Court ruling.sh"


@pytest.mark.django_db
def test_editor_upload_goes_to_a_random_name_and_the_page_links_the_download(client, users):
    incident = make_incident()
    client.force_login(users["editor"])
    page = client.get(reverse("web:incident_edit", args=[incident.pk]))
    assert page.status_code == 200
    # The editor form is exercised by tests/web; here only what the model does with an upload.
    source = Source(incident=incident, kind="document")
    source.document = SimpleUploadedFile("Protocol of the search.pdf", PAYLOAD)
    source.save()
    source.refresh_from_db()
    assert re.fullmatch(r"sources/[0-9a-f]{32}\.pdf", source.document.name)
    assert source.title == "Protocol of the search.pdf"
    detail = client.get(reverse("web:incident_detail", args=[incident.pk])).content.decode()
    assert reverse("web:source_file", args=[source.pk]) in detail
    assert "/media/" not in detail


@pytest.mark.django_db
def test_uploaded_reports_under_media_ingest_are_not_served(client, users, settings, media):
    """Ingest keeps uploaded report files under MEDIA_ROOT/ingest/; SourceDocument stores only their
    text, shown to staff by /ingest/documents/. The files themselves are served to nobody."""
    stored = media / "ingest" / "2024" / "03" / "0a1b2c3d4e5f" / "monthly-report.txt"
    stored.parent.mkdir(parents=True)
    stored.write_text("An unpublished monthly report.")
    settings.DEBUG = True
    for role in ROLES:
        client.logout()
        if role:
            client.force_login(users[role])
        assert client.get("/media/ingest/2024/03/0a1b2c3d4e5f/monthly-report.txt").status_code == 404


@pytest.mark.django_db
def test_editor_file_widget_links_to_the_checked_download(client, users):
    """The editor's "Currently:" link pointed at the old public /media/ path (now a 404)."""
    incident = make_incident(created_by=users["editor"])
    source = make_source(incident, title="Letter from the akimat")
    client.force_login(users["editor"])
    html = client.get(reverse("web:incident_edit", args=[incident.pk])).content.decode()
    assert f'href="{reverse("web:source_file", args=[source.pk])}"' in html
    assert "/media/" not in html and "Letter from the akimat" in html
