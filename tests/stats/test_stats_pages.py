"""The public statistics pages: basis statement, period navigation, links behind every number, charts."""

from __future__ import annotations

from datetime import date

import pytest

from speechwatch.stats.basis import set_basis
from tests.stats.builders import build_world, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    w = build_world()
    publish("reports.total", "period", 52, date(2024, 4, 1), date(2024, 4, 30), wording="52 reports")
    return w


@pytest.mark.parametrize("path", ["/stats/2024-04/", "/stats/2024-Q2/", "/stats/2024-H1/", "/stats/2024/",
                                  "/stats/2024-03-15..2024-04-20/"])  # fmt: skip
def test_pages_render_for_every_kind_of_period(world, client, path):
    page = client.get(path)
    assert page.status_code == 200
    assert 'id="figures"' in page.content.decode()


def test_published_basis_page(world, client):
    set_basis("2024-04", "published")
    html = client.get("/stats/2024-04/").content.decode()
    assert "Official basis: the figures the organisation published." in html
    assert ">52</a>" in html
