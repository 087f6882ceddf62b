"""The report editor in headless Chromium: an editor opens the monthly report's editor from the close
page, writes the introduction, sees the live preview update (without saving), features an incident
as a lead story, saves, and a screenshot goes to test-results/report-editor.png."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reports.test_e2e_close import browser  # noqa: F401 - the Chromium fixture of the close-page test

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SHOTS = Path(os.environ.get("SPEECHWATCH_SCREENSHOT_DIR", "test-results"))


def _preview_text(page) -> str:
    return page.frame_locator("#report-preview").locator("body").inner_text()


def test_report_editor_live_preview(browser, live_server, users):  # noqa: F811
    from speechwatch.reports.models import LeadText
    from speechwatch.stats.models import ReportText
    from tests.reports.factories import build

    build()
    page = browser.new_page(viewport={"width": 1400, "height": 950})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{live_server.url}/accounts/login/?next=/reports/close/2024-04/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "pw-secret-1")
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_url("**/reports/close/2024-04/")
    page.locator("#edit-monthly").click()
    page.wait_for_url("**/reports/edit/monthly/2024-04/**")

    frame = page.frame_locator("#report-preview")
    frame.locator("h1").wait_for(timeout=30_000)
    assert "Violations of freedom of speech in Kazakhstan, April 2024" in _preview_text(page)
    intro = "Street reporting became riskier this month, the editors write."
    page.fill("#text-intro", intro)
    frame.locator("#sec-intro").get_by_text(intro).wait_for(timeout=30_000)  # the live preview updated
    assert not ReportText.objects.filter(key="intro").exists()  # previewed, not saved

    row = page.locator("tr", has_text="Camera operator pushed at a rally")
    row.locator(".lead-toggle").check()
    row.locator("input[name^=heading-]").fill("Cameras unwelcome at rallies")
    frame.locator("#sec-lead h3", has_text="Cameras unwelcome at rallies").wait_for(timeout=30_000)
    page.wait_for_timeout(600)  # let a last debounced preview settle before reading the database
    text = _preview_text(page)
    assert text.count("Camera operator pushed at a rally") == 1  # the lead story is not listed again

    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "report-editor.png"), full_page=False)
    assert (SHOTS / "report-editor.png").stat().st_size > 20_000

    with page.expect_navigation():
        page.locator("#report-form button[type=submit]").click()
    # the reloaded page previews the saved report; wait for it before reading the database
    page.locator("#report-preview[data-version]").wait_for(state="attached", timeout=30_000)
    assert frame.locator("#sec-lead h3", has_text="Cameras unwelcome at rallies").count() == 1
    assert ReportText.objects.get(kind="monthly", period="2024-04", key="intro", lang="en").body == intro
    assert LeadText.objects.get(lang="en").heading == "Cameras unwelcome at rallies"
    assert not [e for e in errors if "Content Security Policy" in e], errors
