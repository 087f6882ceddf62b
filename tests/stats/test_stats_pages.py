"""The public statistics pages: basis statement, period navigation, links behind every number, charts."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone

from speechwatch.incidents.models import Incident
from speechwatch.stats.basis import set_basis
from speechwatch.stats.page import default_period
from speechwatch.vocab.models import Category
from tests.stats.builders import build_world, incident, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    w = build_world()
    # publish most of the invented world so public figures are not all zero; I15 is published but
    # confidential (never counted or listed for the public)
    Incident.objects.filter(status="verified").update(status="published")
    w["I15"].refresh_from_db()
    w["I15"].is_confidential = True
    w["I15"].save()
    # an April attack also tagged as a detention: the list must match primary categories only
    extra = incident("2024-04", "rights.attack", status="published")
    extra.secondary_categories.add(Category.objects.get(code="rights.detention"))
    # a published follow-up of April: not a new report
    incident("2024-04", "rights.detention", status="published", is_follow_up=True)
    publish("reports.total", "period", 52, date(2024, 4, 1), date(2024, 4, 30), wording="52 reports")
    return w


@pytest.mark.parametrize("path", ["/stats/2024-04/", "/stats/2024-Q2/", "/stats/2024-H1/", "/stats/2024/",
                                  "/stats/2024-03-15..2024-04-20/"])  # fmt: skip
def test_pages_render_for_every_kind_of_period(world, client, path):
    page = client.get(path)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'id="figures"' in html and "Official basis: computed from the records." in html
    assert html.count("<svg") >= 3 and 'role="img"' in html and "<desc id=" in html
    assert html.count('class="counts chart-data"') == html.count("<svg")  # a table beside each chart


def _cells(response):
    return {(row["measure"], scope): cell for row in response.context["rows"] for scope, cell in row["cells"].items()}


def _list_count(client, url: str) -> int:
    page = client.get(url)
    assert page.status_code == 200
    form = page.context["filter"].form
    assert form.is_valid(), form.errors  # every parameter of the link is a filter the list knows
    assert set(parse_qs(urlsplit(url).query)) <= set(form.fields)
    return page.context["filter"].qs.count()


def _behind_count(client, url: str) -> int:
    page = client.get(url)
    assert page.status_code == 200
    return len(page.context["rows"])


@pytest.mark.parametrize("role", ["anonymous", "viewer"])
def test_every_public_count_links_to_a_list_of_that_many_incidents(world, client, users, role):
    if role != "anonymous":
        client.force_login(users[role])
    for period in ("2024-04", "2024-Q1", "2024"):
        cells = _cells(client.get(f"/stats/{period}/"))
        checked = 0
        for (measure, _scope), cell in cells.items():
            if cell["url"].startswith("/incidents/?"):
                assert _list_count(client, cell["url"]) == cell["value"], (period, measure, cell["url"])
                checked += 1
            elif not measure.startswith("legal.") or measure.count(".") == 1 or measure == "reports.total":
                # every incident-count figure the list cannot reproduce links to the exact record page
                assert _behind_count(client, cell["url"]) == cell["value"], (period, measure, cell["url"])
        assert checked >= 20  # groups and categories, period and ytd
    cells = _cells(client.get("/stats/2024-04/"))
    assert cells[("rights.detention", "period")]["value"] == 1  # I14; I15 confidential, the follow-up not new
    assert cells[("rights.attack", "period")]["value"] == 1  # the attack tagged detention counts once


def test_editors_numbers_link_to_exactly_the_records_behind_them(world, client, users):
    client.force_login(users["editor"])
    cells = _cells(client.get("/stats/2024-04/"))
    assert cells[("rights.detention", "period")]["value"] == 2  # editors count the confidential I15
    for (measure, _scope), cell in cells.items():
        assert "/behind/" in cell["url"]
        if measure == "reports.total" or not measure.startswith("legal.") or measure.count(".") == 1:
            assert _behind_count(client, cell["url"]) == cell["value"], (measure, cell["url"])
    anonymous_page = client.get(cells[("rights.detention", "period")]["url"])
    assert world["I15"].title in anonymous_page.content.decode()
    client.logout()
    public = client.get(cells[("rights.detention", "period")]["url"]).content.decode()
    assert f"/incidents/{world['I15'].pk}/" not in public  # the public never sees the confidential record


def test_published_basis_page_links_to_the_source(world, client, users):
    set_basis("2024-04", "published", user=users["editor"])
    page = client.get("/stats/2024-04/")
    html = page.content.decode()
    assert "Official basis: the figures the organisation published." in html
    cell = _cells(page)[("reports.total", "period")]
    assert cell["value"] == 52 and cell["url"].startswith("/stats/figure/")
    figure = client.get(cell["url"]).content.decode()
    assert "52 reports" in figure and "Invented Monitor" in figure
    assert ("rights.attack", "period") not in _cells(page)  # not published: absent, not 0


def test_basis_form_for_editors_only(world, client, users):
    assert client.post("/stats/basis/2024-04/", {"basis": "published"}).status_code == 302  # to sign-in
    client.force_login(users["viewer"])
    assert client.post("/stats/basis/2024-04/", {"basis": "published"}).status_code == 403
    assert "Official basis of this period" not in client.get("/stats/2024-04/").content.decode()
    client.force_login(users["editor"])
    assert "Official basis of this period" in client.get("/stats/2024-04/").content.decode()
    assert client.post("/stats/basis/2024-04/", {"basis": "published", "note": "old month"}).status_code == 302
    html = client.get("/stats/2024-04/").content.decode()
    assert "Official basis: the figures the organisation published." in html
    assert "editor (web): computed → published — old month" in html


def test_index_opens_the_latest_closed_month_with_data(world, client):
    assert default_period(None, today=date(2024, 7, 10)).label == "2024-04"
    incident("2024-07", "rights.attack", status="published")  # the current month does not count yet
    assert default_period(None, today=date(2024, 7, 10)).label == "2024-04"
    assert default_period(None, today=date(2024, 8, 1)).label == "2024-07"
    latest = default_period(None, today=timezone.localdate()).label
    assert client.get("/stats/")["Location"] == f"/stats/{latest}/"


def test_period_form_and_bad_periods(world, client):
    assert client.get("/stats/?from=2024-03-15&to=2024-04-20")["Location"] == "/stats/2024-03-15..2024-04-20/"
    assert client.get("/stats/?from=2024-01&to=2024-03")["Location"] == "/stats/2024-Q1/"
    assert client.get("/stats/?period=2024-h2")["Location"] == "/stats/2024-H2/"
    assert client.get("/stats/2024-13/").status_code == 404
    assert client.get("/stats/2024-01-01..2024-12-31/")["Location"] == "/stats/2024/"


def test_charts_are_accessible_svg_with_their_numbers(world, client):
    html = client.get("/stats/2024-04/").content.decode()
    for key in ("trend_groups", "trend_categories", "by_category", "by_region", "by_perpetrator"):
        block = re.search(rf'<figure class="chart-block" id="chart-{key}">(.*?)</figure>', html, re.S)
        assert block, key
        assert 'aria-labelledby="chart-' in block.group(1) and "<table" in block.group(1)
    assert "<script" not in html.split("<main", 1)[1]  # no inline or page script in the content


def test_chart_numbers_agree_with_the_figures(world, client):
    page = client.get("/stats/2024-04/")
    cells = _cells(page)
    charts = {c.key: c for c in page.context["charts"]}
    trend = charts["trend_groups"]
    april = dict(zip(trend.columns[1:], trend.rows[-1][1:], strict=True))
    assert trend.rows[-1][0] == "2024-04" and len(trend.rows) == 12
    labels = {row["measure"]: row["label"] for row in page.context["rows"]}
    for group in ("rights", "access", "legal"):
        assert april[labels[f"{group}.total"]] == cells[(f"{group}.total", "period")]["value"]
    by_cat = {label: value for label, value in charts["by_category"].rows}
    for (measure, scope), cell in cells.items():
        if scope == "period" and measure in labels and cell["value"] and labels[measure] in by_cat:
            assert by_cat[labels[measure]] == cell["value"]
    cat_trend = charts["trend_categories"]
    for column, value in zip(cat_trend.columns[1:], cat_trend.rows[-1][1:], strict=True):
        code = next(m for m, label in labels.items() if label == column)
        assert value == cells[(code, "period")]["value"]


def test_cached_figures_follow_every_change(world, client, users, settings):
    def value():
        return _cells(client.get("/stats/2024-04/"))[("rights.attack", "period")]["value"]

    assert value() == 1
    assert value() == 1  # from the cache
    incident("2024-04", "rights.attack", status="published")  # a new record (another request's save)
    assert value() == 2
    i14 = Incident.objects.get(pk=world["I14"].pk)
    i14.primary_category_id = world["I1"].primary_category_id  # re-categorised: detention → attack
    i14.save()
    assert value() == 3
    set_basis("2024-04", "published", user=users["editor"])  # a basis change
    assert ("rights.attack", "period") not in _cells(client.get("/stats/2024-04/"))
    settings.SPEECHWATCH_STATS_CACHE_SECONDS = 0
    set_basis("2024-04", "computed")
    Incident.objects.filter(pk=world["I14"].pk).update(status="draft")  # no signal, no history row
    assert value() == 2  # with the cache off, even a raw update shows at once


@pytest.mark.parametrize("role", ["anonymous", "viewer", "monitor"])
def test_no_hidden_record_behind_any_public_number(world, client, users, role):
    """Every link of the page (figures and chart tables) as a public reader: no title of a draft,
    rejected or confidential incident appears behind any of them."""
    for name in ("I6", "I8", "I16"):  # drafts and a rejected record get a recognisable title
        Incident.objects.filter(pk=world[name].pk).update(title=f"HIDDEN-{name}")
    Incident.objects.filter(pk=world["I15"].pk).update(title="HIDDEN-I15")  # published but confidential
    if role != "anonymous":
        client.force_login(users[role])
    for period in ("2024-04", "2024-Q1", "2024"):
        page = client.get(f"/stats/{period}/")
        urls = {cell["url"] for cell in _cells(page).values()}
        urls |= {u for chart in page.context["charts"] for u in chart.links if u}
        assert urls
        for url in sorted(urls):
            html = client.get(url).content.decode()
            assert "HIDDEN-" not in html, (role, url)
