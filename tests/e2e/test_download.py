"""Download a filtered view's CSV in a real browser and read it back: the same rows as the list page
the reader was looking at (anonymous visitor, then an editor who also sees drafts and confidential
rows)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _seed(users):
    from speechwatch.incidents.models import Incident
    from speechwatch.vocab.models import Category

    attack = Category.objects.get(code="rights.attack")
    civil = Category.objects.get(code="legal.civil")
    rows = [
        ("Cameraman pushed at a rally", attack, "published", False),
        ("=1+1 headline that looks like a formula", attack, "published", False),
        ("Корреспондента не пустили на сессию маслихата", attack, "published", False),
        ("Attack still being checked", attack, "draft", False),
        ("Attack on a protected source", attack, "published", True),
        ("Claim against a regional weekly", civil, "published", False),
    ]
    for i, (title, cat, status, confidential) in enumerate(rows):
        Incident.objects.create(
            title=title,
            primary_category=cat,
            status=status,
            is_confidential=confidential,
            registered_month=dt.date(2024, 2, 1),
            date=dt.date(2024, 2, 1 + i),
        )


def _list_ids(page) -> list[str]:
    hrefs = page.eval_on_selector_all("table.incidents tbody a", "links => links.map(a => a.getAttribute('href'))")
    return [m.group(1) for h in hrefs if (m := re.search(r"/incidents/(\d+)/$", h or ""))]


def _download_csv(page, live_url: str, query: str, tmp_path) -> list[dict[str, str]]:
    """Click the list page's CSV link when it has one; otherwise the data page's link for the same
    filters (the list's download buttons come with the list page's own work)."""
    link = page.locator("a[href*='format=csv']")
    if link.count() == 0:
        page.goto(f"{live_url}/data/?{query}")
        link = page.locator("ul.downloads a", has_text="CSV")
    with page.expect_download() as info:
        link.first.click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    body = target.read_bytes()
    assert body.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("role", ["anonymous", "editor"])
def test_csv_download_has_the_rows_of_the_list(live_server, users, new_context, tmp_path, role):
    _seed(users)
    context = new_context()
    page = context.new_page()
    if role != "anonymous":
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("#id_username", role)
        page.fill("#id_password", "pw-secret-1")
        page.click("form.narrow button[type=submit]")
        page.wait_for_url(f"{live_server.url}/dashboard/")
    query = "category=rights.attack"
    page.goto(f"{live_server.url}/incidents/?{query}")
    shown = _list_ids(page)
    rows = _download_csv(page, live_server.url, query, tmp_path)
    assert [r["id"] for r in rows] == shown
    titles = {r["title"] for r in rows}
    assert "'=1+1 headline that looks like a formula" in titles
    assert "Корреспондента не пустили на сессию маслихата" in titles
    assert "Claim against a regional weekly" not in titles  # another category
    if role == "anonymous":
        assert len(rows) == 3
        assert not titles & {"Attack still being checked", "Attack on a protected source"}
    else:
        assert len(rows) == 5
        assert {"Attack still being checked", "Attack on a protected source"} <= titles
