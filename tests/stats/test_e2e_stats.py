"""The statistics section in a real browser (Debian chromium, Playwright): from the home page to the
statistics, a click on a number lands on a list of exactly that many incidents, in three languages, at
390 px and 1280 px, with no request to any other host."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from speechwatch.incidents.models import Incident
from tests.stats.builders import build_world

CHROMIUM = Path(os.environ.get("SPEECHWATCH_CHROMIUM", "/usr/bin/chromium"))
SHOTS = Path(os.environ.get("SPEECHWATCH_SCREENSHOT_DIR", "test-results"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip
# the elements that stick out of a 390 px viewport, named for the failure message
WIDE_ELEMENTS = """[...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > 391).slice(0, 8)
  .map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium to run browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright (python) is not installed")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # live_server thread + Playwright's event loop
    try:
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            yield b
            b.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def world(transactional_db):
    w = build_world()
    Incident.objects.filter(status="verified").update(status="published")
    return w


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_click_a_statistic_and_land_on_its_list(browser, live_server, world, lang):
    host = urlsplit(live_server.url).netloc
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale=lang,
                              extra_http_headers={"Accept-Language": lang})  # fmt: skip
    ctx.set_default_timeout(20_000)
    foreign: list[str] = []
    ctx.on("request", lambda r: foreign.append(r.url) if urlsplit(r.url).netloc not in (host, "") and
           not r.url.startswith(("data:", "blob:")) else None)  # fmt: skip
    page = ctx.new_page()
    try:
        page.goto(f"{live_server.url}/")
        page.click("#home-stats-link")
        page.wait_for_url("**/stats/2024-04/")  # the latest closed month with data, not the current one
        assert page.locator("#basis").count() == 1
        cell = page.locator('#figures tr[data-measure="rights.detention"] td[data-scope="period"] a')
        shown = int(cell.inner_text())
        assert shown == 2  # I14 and I15, both published now
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"statistics-1280-{lang}.png"), full_page=True)
        cell.click()
        page.wait_for_url("**/incidents/?**")
        assert page.locator("table.incidents tbody tr").count() == shown
        assert "registered_from=2024-04" in page.url and "category=rights.detention" in page.url
        # a narrow phone: the page does not scroll sideways, the charts and tables stay inside it
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(f"{live_server.url}/stats/2024-04/")
        width = page.evaluate("document.documentElement.scrollWidth")
        wide = page.evaluate(WIDE_ELEMENTS)
        assert width <= 390, (width, wide)
        page.screenshot(path=str(SHOTS / f"statistics-390-{lang}.png"), full_page=True)
        # the SVG charts are drawn by the server and labelled for screen readers
        assert page.locator('svg[role="img"][aria-labelledby]').count() >= 3
        assert foreign == []
    finally:
        page.close()
        ctx.close()
