"""Findings of the attacker's probe that are not about one canary: redirects, integer overflows and
the schema saying what the API returns."""

from __future__ import annotations

import pytest
from django.urls import reverse

HUGE = "99999999999999999999"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        f"/api/incidents/?limit={HUGE}",
        f"/api/incidents/?offset={HUGE}",
        f"/api/incidents/?case={HUGE}",
        f"/api/proceedings/?incident={HUGE}",
        f"/api/proceedings/?case={HUGE}",
        f"/incidents/?case={HUGE}",
        "/api/incidents/?limit=-5",
        "/api/incidents/?limit=abc",
    ],
)
def test_huge_or_bad_numbers_are_not_a_server_error(client, url):
    response = client.get(url)
    assert response.status_code in {200, 400}, (url, response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize("target", ["//evil.example/phish", "https://evil.example/", "/\\evil.example"])
def test_render_start_does_not_redirect_off_site(client, users, settings, target):
    settings.SPEECHWATCH_REPORT_JOB_MODE = "inline"
    client.force_login(users["editor"])
    response = client.post(
        reverse("reports:render"),
        {"kind": "monthly", "period": "2024-04", "lang": "en", "format": "md", "next": target},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("stats:index")


@pytest.mark.django_db
def test_render_start_follows_a_local_next(client, users, settings):
    settings.SPEECHWATCH_REPORT_JOB_MODE = "inline"
    client.force_login(users["editor"])
    response = client.post(
        reverse("reports:render"),
        {"kind": "monthly", "period": "2024-04", "lang": "en", "format": "md", "next": "/reports/close/2024-04/"},
    )
    assert response["Location"] == "/reports/close/2024-04/"


@pytest.mark.django_db
def test_schema_says_registered_month_is_a_yyyy_mm_string(client):
    import yaml

    schema = yaml.safe_load(client.get("/api/schema/").content)
    prop = schema["components"]["schemas"]["Incident"]["properties"]["registered_month"]
    assert prop["type"] == "string" and prop.get("format") != "date"
    assert prop["pattern"] == r"^\d{4}-\d{2}$"


@pytest.mark.django_db
def test_anonymous_status_filter_offers_published_only(client, users):
    html = client.get("/incidents/").content.decode()
    select = html[html.index('name="status"') : html.index("</select>", html.index('name="status"'))]
    assert 'value="published"' in select
    assert 'value="draft"' not in select and 'value="rejected"' not in select
    client.force_login(users["viewer"])
    html = client.get("/incidents/").content.decode()
    select = html[html.index('name="status"') : html.index("</select>", html.index('name="status"'))]
    assert 'value="draft"' in select
