"""The close-the-month page, the render job with its JSON status, downloads, texts and permissions."""

from __future__ import annotations

import pytest
from django.urls import reverse

from speechwatch.core.models import Job
from speechwatch.stats.models import RenderedReport, ReportText


@pytest.fixture
def editor_client(client, users):
    client.force_login(users["editor"])
    return client


def test_close_page_shows_figures_reconciliation_drafts_and_buttons(editor_client, report_data):
    from speechwatch.incidents.models import PublishedFigure

    PublishedFigure.objects.create(measure="reports.total", scope="period", value=11,
                                   period_start="2024-04-01", period_end="2024-04-30", publisher="Us")
    PublishedFigure.objects.create(measure="rights.total", scope="period", value=4,
                                   period_start="2024-04-01", period_end="2024-04-30", publisher="Us")
    response = editor_client.get(reverse("reports:close", args=["2024-04"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="figures"' in html and 'data-measure="reports.total"' in html
    assert 'class="mismatch" data-measure="reports.total"' in html  # 11 published vs 10 computed
    assert 'class="match" data-measure="rights.total"' in html
    assert "Unchecked report of an attack" in html  # the month's draft
    assert html.count('class="render-form inline"') == 2 * 3 * 4  # kinds × languages × formats
    assert "Sharp increase" in html


@pytest.mark.parametrize("role,status", [("viewer", 403), ("monitor", 403), ("admin", 200)])
def test_close_page_is_for_editors_and_admins(client, users, report_data, role, status):
    client.force_login(users[role])
    assert client.get(reverse("reports:close", args=["2024-04"])).status_code == status


def test_anonymous_visitor_is_sent_to_login(client, db):
    response = client.get(reverse("reports:close", args=["2024-04"]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_render_job_stores_a_file_and_reports_progress(editor_client, report_data, marked, media_root, settings):
    settings.SPEECHWATCH_REPORT_JOB_MODE = "inline"
    response = editor_client.post(reverse("reports:render"), {"kind": "monthly", "period": "2024-04", "lang": "ru",
                                                             "format": "docx"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 202
    status = editor_client.get(response.json()["status_url"]).json()
    assert status["status"] == "done" and status["percent"] == 100
    report = RenderedReport.objects.get()
    assert report.format == "docx" and report.lang == "ru" and report.size > 1000
    assert (media_root / report.file.name).exists()
    download = editor_client.get(status["download_url"])
    assert download.status_code == 200
    assert b"".join(download.streaming_content)[:2] == b"PK"
    assert "speechwatch-monthly-2024-04-ru.docx" in download["Content-Disposition"]


def test_render_rejects_bad_requests(editor_client, db):
    bad = editor_client.post(reverse("reports:render"), {"kind": "monthly", "period": "2024-13", "lang": "en",
                                                       "format": "pdf"}, HTTP_ACCEPT="application/json")
    assert bad.status_code == 400 and "month 13" in bad.json()["error"]
    assert editor_client.post(reverse("reports:render"), {"kind": "weekly", "period": "2024-04", "lang": "en",
                                                        "format": "pdf"}).status_code == 400
    assert not Job.objects.exists()


def test_render_and_download_need_an_editor(client, users, report_data):
    client.force_login(users["viewer"])
    assert client.post(reverse("reports:render"), {"kind": "monthly", "period": "2024-04", "lang": "en",
                                                 "format": "md"}).status_code == 403


def test_failed_job_reports_its_error(editor_client, db):
    job = Job.objects.create(kind="render_report", status="failed", error="ValueError: boom\n\ntraceback")
    status = editor_client.get(reverse("reports:job_status", args=[job.pk])).json()
    assert status["status"] == "failed" and status["error"] == "ValueError: boom"


def test_editing_texts_changes_the_annual_report(editor_client, report_data):
    url = reverse("reports:texts", args=["2024-04"])
    page = editor_client.get(url + "?kind=annual&lang=en")
    assert page.status_code == 200 and "Conclusions" in page.content.decode()
    editor_client.post(url, {"kind": "annual", "lang": "en", "conclusions": "A conclusion we wrote.",
                             "overview": "", "legislation_intro": "", "recommendations": ""})
    assert ReportText.objects.get(kind="annual", period="2024", key="conclusions").body == "A conclusion we wrote."
    from speechwatch.reports import build, render

    assert "A conclusion we wrote." in render(build("annual", "2024", lang="en"), "md").decode()


def test_public_statistics_page_counts_only_published_for_anonymous(client, report_data):
    response = client.get(reverse("stats:period", args=["2024-04"]))
    assert response.status_code == 200
    html = response.content.decode()
    # only the attack of 3 April is published (all others are verified): 1 report in public figures
    row = html.split('data-measure="reports.total"')[1].split("</tr>")[0]
    assert public_value(row) == 1
    assert "Confidential" not in html


def public_value(row_html: str) -> int:
    """The first numeric cell of a /stats/ table row (a plain number or a link to the incidents)."""
    import re

    m = re.search(r'<td class="num"[^>]*>(?:<a [^>]*>)?([\d,\u00a0 ]+)<', row_html)
    assert m, row_html
    return int(re.sub(r"\D", "", m.group(1)))


def test_report_on_published_basis_agrees_with_public_statistics(client, report_data):
    """The same basis, the same figure: a report of published incidents only prints what /stats/ shows
    anonymous visitors, and says which basis it is."""
    from speechwatch.reports import build, render
    from speechwatch.reports.models import ReportPlan

    ReportPlan.objects.filter(kind="monthly", period="2024-04").update(basis="published")
    html = client.get(reverse("stats:period", args=["2024-04"])).content.decode()
    public = public_value(html.split('data-measure="reports.total"')[1].split("</tr>")[0])
    md = render(build("monthly", "2024-04", lang="en"), "md").decode()
    assert f"| **All reports** | **{public}** |" in md
    assert "Data basis: published incidents only" in md
    ReportPlan.objects.filter(kind="monthly", period="2024-04").update(basis="verified")
    md = render(build("monthly", "2024-04", lang="en"), "md").decode()
    assert "| **All reports** | **9** |" in md and public != 9
    assert "Data basis: verified and published incidents" in md


def test_reconcile_page(editor_client, report_data):
    response = editor_client.get(reverse("stats:reconcile", args=["2024-04"]))
    assert response.status_code == 200
    assert editor_client.get(reverse("stats:reconcile", args=["2024-99"])).status_code == 404


def test_html_preview_of_the_month_and_the_year(editor_client, client, users, report_data):
    url = reverse("reports:preview", args=["2024-04"])
    html = editor_client.get(url + "?kind=monthly&lang=ru").content.decode()
    assert "Нарушения свободы слова в Казахстане, апрель 2024 года" in html and "<svg" in html
    annual = editor_client.get(url + "?kind=annual&lang=en").content.decode()
    assert "annual report" in annual and "12. Administrative cases" in annual
    assert editor_client.get(url + "?kind=weekly").status_code == 404
    client.force_login(users["viewer"])
    assert client.get(url).status_code == 403
