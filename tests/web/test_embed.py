"""Embeds for partner sites: small cacheable pages that other sites may frame (and only these), with
figures computed as an anonymous visitor sees the data, whoever asks."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse


@pytest.fixture
def incidents(make_incident):
    make_incident("Attack in March", "rights.attack", registered_month=dt.date(2024, 3, 1))
    make_incident("Second attack in March", "rights.attack", registered_month=dt.date(2024, 3, 1))
    make_incident("Lawsuit in January", "legal.civil", registered_month=dt.date(2024, 1, 1), date=dt.date(2024, 1, 9))
    make_incident("Hidden draft", "rights.attack", status="draft")
    make_incident("Hidden confidential", "rights.attack", is_confidential=True)


def counter(client, **params) -> int:
    response = client.get(reverse("opendata:embed_counter"), params)
    assert response.status_code == 200
    return int(re.search(r'<span class="n">(\d+)</span>', response.content.decode()).group(1))


@pytest.mark.parametrize("name", ["embed_counter", "embed_chart"])
def test_embed_headers_allow_framing_and_caching(client, incidents, name):
    response = client.get(reverse(f"opendata:{name}"), {"category": "rights"})
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors *" in csp and "frame-ancestors 'none'" not in csp
    assert "script-src 'self'" in csp  # the rest of the policy still holds
    assert "public" in response["Cache-Control"] and "max-age=900" in response["Cache-Control"]
    assert response["ETag"] and response["Last-Modified"]
    assert len(response.content) < 8000
    again = client.get(reverse(f"opendata:{name}"), {"category": "rights"}, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    stale = client.get(reverse(f"opendata:{name}"), {"category": "rights"}, HTTP_IF_NONE_MATCH='"other"')
    assert stale.status_code == 200


@pytest.mark.parametrize("name", ["embed_counter", "embed_chart"])
def test_signed_in_embed_is_not_for_shared_caches(client, users, incidents, name):
    """A signed-in request may get a refreshed session cookie back: such a response is private."""
    client.force_login(users["editor"])
    response = client.get(reverse(f"opendata:{name}"))
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    assert "public" in client.get(reverse(f"opendata:{name}"))["Cache-Control"]


def test_other_pages_still_refuse_framing(client, incidents):
    for url in (reverse("web:incident_list"), reverse("opendata:dictionary"), reverse("web:home")):
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_embed_frame_ancestors_configurable(client, incidents, settings):
    settings.SPEECHWATCH_EMBED_FRAME_ANCESTORS = "https://partner.example"
    response = client.get(reverse("opendata:embed_counter"))
    assert "frame-ancestors https://partner.example" in response["Content-Security-Policy"]


@pytest.mark.parametrize("role", ["anonymous", "editor"])
def test_counter_counts_what_the_public_sees(client, users, incidents, role):
    if role != "anonymous":
        client.force_login(users[role])
    assert counter(client) == 3
    assert counter(client, category="rights.attack") == 2
    assert counter(client, month="2024-01") == 1
    page = client.get(reverse("opendata:embed_counter"), {"category": "rights.attack"}).content.decode()
    assert "/incidents/?category=rights.attack" in page
    assert "<script" not in page


def test_chart_bars_and_table(client, users, incidents):
    client.force_login(users["editor"])  # still the public figures
    page = client.get(reverse("opendata:embed_chart")).content.decode()
    cells = re.findall(r"<tr><td>(\d{4}-\d{2})</td><td>(\d+)</td></tr>", page)
    assert len(cells) == 12 and cells[-1] == ("2024-03", "2") and ("2024-01", "1") in cells
    assert cells[0][0] == "2023-04"
    assert page.count('class="bar"') == 12
    assert "<svg" in page and 'role="img"' in page


def test_embed_language(client, incidents):
    page = client.get(reverse("opendata:embed_counter"), {"lang": "ru"}).content.decode()
    assert 'lang="ru"' in page
    page = client.get(reverse("opendata:embed_chart"), {"lang": "kk"}).content.decode()
    assert 'lang="kk"' in page
    assert "lang=" not in re.search(r'href="([^"]+)"', page).group(1)
