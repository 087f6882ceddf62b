"""The public incident list in a real browser, in en, ru and kk: filter, watch the facet counts change,
follow a facet, change the sort, and land on canonical, shareable URLs; the download and map links
carry the same query. Screenshots at 390 px and 1280 px go to test-results/."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.e2e.public_world import LANGS, make_world

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
# The test asks for `users` as the other browser tests do: without a `db`-based fixture beside
# live_server, the next serialized-rollback test of the session found the codebook still loaded.

RESULTS = Path(__file__).resolve().parents[2] / "test-results"


def _facet(page, name: str) -> dict[str, int]:
    """{label: count} of one facet section, read from the page."""
    out = {}
    for li in page.locator(f"aside.facets section.facet:has(h3:text-is('{name}')) li").all():
        label = li.locator("a").inner_text().strip()
        out[label] = int(li.locator(".count").inner_text())
    return out


def test_filter_facets_sort_and_links(live_server, users, new_context):
    """One test (one transactional database set-up), each language in turn."""
    make_world()
    RESULTS.mkdir(exist_ok=True)
    for lang in LANGS:
        _walk(live_server, new_context, lang)


def _walk(live_server, new_context, lang: str) -> None:
    ctx = new_context()
    ctx.add_cookies([{"name": "django_language", "value": lang, "url": live_server.url}])
    page = ctx.new_page()
    page.goto(f"{live_server.url}/incidents/")
    assert page.locator("table.incidents tbody tr").count() == 6  # published, not confidential
    group_title = page.locator("aside.facets section.facet h3").first.inner_text()
    before = _facet(page, group_title)
    assert sum(before.values()) == 6

    # filter by region with the form: the URL is canonical, the counts follow
    page.select_option("#id_region", "abai")
    page.click("#incident-filters button[type=submit]")
    page.wait_for_url("**/incidents/?region=abai")
    assert page.locator("table.incidents tbody tr").count() == 2
    after = _facet(page, group_title)
    assert sum(after.values()) == 2 and after != before

    # a facet value adds its filter; the list has exactly that many rows
    first = page.locator("aside.facets section.facet").first.locator("li").first
    count = int(first.locator(".count").inner_text())
    first.locator("a").click()
    page.wait_for_load_state()
    query = dict(parse_qsl(urlsplit(page.url).query))
    assert query.get("region") == "abai" and "group" in query
    assert page.locator("table.incidents tbody tr").count() == count

    # the sort box re-orders at once and the caption says why
    page.goto(f"{live_server.url}/incidents/")
    page.select_option("#id_sort", "title")
    page.wait_for_url("**/incidents/?sort=title")
    titles = page.locator("table.incidents tbody tr td:nth-child(3) a").all_inner_texts()
    assert titles == sorted(titles)
    assert page.locator("table.incidents caption").inner_text().strip()

    # download and map links carry the view's query
    page.goto(f"{live_server.url}/incidents/?region=abai&sort=title")
    hrefs = page.locator(".view-links a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert "?region=abai&sort=title&format=csv" in hrefs
    assert any(h.startswith("/map/?region=abai&sort=title") for h in hrefs)
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(RESULTS / f"public-list-filtered-{lang}-{width}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        header = page.evaluate("document.querySelector('.site-header').getBoundingClientRect().width")
        assert header >= page.evaluate("document.documentElement.clientWidth") - 1  # the header spans the width
