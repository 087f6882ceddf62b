"""The close-the-month page in headless Chromium: sign in as editor, check the key elements, generate a
PDF through the background job, see the download link, and check a screenshot."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SHOTS = Path(os.environ.get("SPEECHWATCH_SCREENSHOT_DIR", "test-results"))


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("chromium is not installed (make system-deps)")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            yield b
            b.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def test_close_the_month_in_a_browser(browser, live_server, users, media_root, settings):
    from speechwatch.reports.models import ReportPlan
    from tests.reports.factories import build

    build()
    # the fixture's records are English only: the Russian render below prints them marked (else it refuses)
    ReportPlan.objects.update_or_create(kind="monthly", period="2024-04", defaults={"untranslated": "mark"})
    settings.SPEECHWATCH_REPORT_JOB_MODE = "thread"
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/accounts/login/?next=/reports/close/2024-04/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "pw-secret-1")
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_url("**/reports/close/2024-04/")

    assert page.locator("h1").inner_text().startswith("Close the month")
    row = page.locator('#figures tr[data-measure="reports.total"]')
    assert row.locator("td.num").first.inner_text() == "10"
    assert page.locator("#reconciliation").count() == 1
    assert "Unchecked report of an attack" in page.locator("#drafts").inner_text()
    assert page.locator("form.render-form button").count() == 24

    page.locator('form.render-form button[data-kind="monthly"][data-lang="ru"][data-format="pdf"]').click()
    link = page.locator("#jobs a.download")
    link.wait_for(timeout=60_000)
    assert link.inner_text().endswith("speechwatch-monthly-2024-04-ru.pdf")
    with page.expect_download() as info:
        link.click()
    pdf_path = info.value.path()
    assert Path(pdf_path).read_bytes()[:4] == b"%PDF"

    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / "close-the-month.png"
    page.screenshot(path=str(shot), full_page=True)
    page.close()  # stop the status polling before the live server and its database go away
    from PIL import Image

    img = Image.open(io.BytesIO(shot.read_bytes())).convert("RGB")
    assert img.width == 1280 and img.height >= 900
    colours = img.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50  # not a blank page
    # the header bar (dark) and the white page body are both there
    assert img.getpixel((5, 5)) != img.getpixel((640, img.height // 2)) or len(colours) > 200


def test_public_statistics_page_in_a_browser(browser, live_server, db):
    from tests.reports.factories import build

    build()
    page = browser.new_page(viewport={"width": 1100, "height": 800})
    page.goto(f"{live_server.url}/stats/2024-04/")
    assert page.locator("h1").inner_text() == "Statistics: April 2024"
    # anonymous: only the one published incident of April counts
    assert page.locator('#figures tr[data-measure="reports.total"] td.num').first.inner_text() == "1"
    assert page.locator("text=Close the month").count() == 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "statistics-period.png"), full_page=False)
    page.close()  # an open page keeps a live-server connection, and so a database session, alive
