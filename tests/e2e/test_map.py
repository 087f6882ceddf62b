"""The map in a real browser: filter on the list, follow its link to the map (or open the map with the
same query), click a region and land on the list of exactly the incidents the region counted; switch
between today's regions and the regions at the time; screenshots at 390 px and 1280 px go to
test-results/ (gitignored) for a person to look at."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

# transactional (the live server's thread must see the rows); the suite's conftest reloads the codebook
# after each such test's flush, so no serialized rollback is needed (and it would clash with that reload)
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

RESULTS = Path(__file__).resolve().parents[2] / "test-results"


@pytest.fixture
def placed():
    """Invented published incidents in Shymkent (one before the 2018 split), Semey and Almaty, and a
    confidential one in Oral that the public map must not count."""
    from speechwatch.incidents.models import Incident, IncidentPlace
    from speechwatch.vocab.models import Category, Place

    attack = Category.objects.get(code="rights.attack")
    civil = Category.objects.get(code="legal.civil")
    rows = [
        ("Camera broken at a market", attack, dt.date(2024, 3, 5), "Shymkent", False),
        ("Reporter pushed at a hearing", attack, dt.date(2024, 3, 9), "Shymkent", False),
        ("Editor sued in 2017", civil, dt.date(2017, 4, 3), "Shymkent", False),
        ("Blogger sued over a post", civil, dt.date(2024, 2, 1), "Semey", False),
        ("Photographer detained", attack, dt.date(2024, 1, 7), "Almaty", False),
        ("Witness account withheld", attack, dt.date(2024, 3, 1), "Oral", True),
    ]
    made = []
    for title, category, day, place, secret in rows:
        incident = Incident.objects.create(
            title=title,
            primary_category=category,
            date=day,
            registered_month=day.replace(day=1),
            status="published",
            is_confidential=secret,
        )
        IncidentPlace.objects.create(incident=incident, place=Place.objects.get(name_en=place))
        made.append(incident)
    return made


def _rows(page) -> set[str]:
    return {re.sub(r"\D", "", href.split("/incidents/")[1]) for href in page.eval_on_selector_all(
        "main a[href*='/incidents/']", "els => els.map(e => e.getAttribute('href'))"
    ) if re.match(r".*/incidents/\d+/$", href)}  # fmt: skip


@pytest.mark.parametrize("width", [390, 1280])
def test_click_a_region_and_land_on_the_filtered_list(live_server, placed, new_context, width):
    RESULTS.mkdir(exist_ok=True)
    context = new_context()
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/map/?category=rights.attack")
    tile = page.locator("svg.region-map a[aria-label^='Shymkent:']")
    assert tile.get_attribute("aria-label") == "Shymkent: 2 incidents"
    assert (
        page.locator("svg.region-map a[aria-label^='West Kazakhstan Region:']").get_attribute("aria-label")
        == "West Kazakhstan Region: 0 incidents"
    )  # the confidential one is not counted for the public
    page.screenshot(path=str(RESULTS / f"map-{width}.png"), full_page=True)
    for part in ("svg.region-map", "table.map-table", "nav.map-switch", "svg.point-map"):
        box = page.locator(part).first.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, part  # fits the screen
    tile.click()
    page.wait_for_url(re.compile(r".*/incidents/\?.*region_now=shymkent"))
    assert "category=rights.attack" in page.url
    shown = _rows(page)
    assert shown == {str(placed[0].pk), str(placed[1].pk)}
    page.screenshot(path=str(RESULTS / f"map-list-{width}.png"), full_page=True)


def test_then_and_now_switch(live_server, placed, new_context):
    page = new_context().new_page()
    page.goto(f"{live_server.url}/map/")
    assert (
        page.locator("svg.region-map a[aria-label^='Shymkent:']").get_attribute("aria-label") == "Shymkent: 3 incidents"
    )
    assert page.locator("svg.region-map a[aria-label^='South Kazakhstan Region:']").count() == 0
    page.click("nav.map-switch >> text=Regions at the time of the incident")
    page.wait_for_url(re.compile(r".*regions=then"))
    assert (
        page.locator("svg.region-map a[aria-label^='Shymkent:']").get_attribute("aria-label") == "Shymkent: 2 incidents"
    )
    old = page.locator("svg.region-map a[aria-label^='South Kazakhstan Region:']")
    assert old.get_attribute("aria-label") == "South Kazakhstan Region: 1 incident"
    page.screenshot(path=str(RESULTS / "map-then-1280.png"), full_page=True)
    old.click()
    page.wait_for_url(re.compile(r".*/incidents/\?region=south_kazakhstan$"))
    assert _rows(page) == {str(placed[2].pk)}


def test_keyboard_reaches_a_region(live_server, placed, new_context):
    """Regions are focusable links and Enter follows them."""
    page = new_context().new_page()
    page.goto(f"{live_server.url}/map/")
    first = page.locator("svg.region-map a").first
    first.focus()
    label = first.get_attribute("aria-label")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == label
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/incidents/\?region_now="))
