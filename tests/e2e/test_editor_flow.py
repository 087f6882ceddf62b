"""The editors' workflow in a real browser: sign in as an editor, create an incident with a
proceeding (legal basis, stage, amount) and a confidential source, publish it, then open it as an
anonymous visitor and confirm the confidential source is not on the page."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SECRET = "Correspondent Zh. (name withheld)"


def test_editor_creates_publishes_and_public_sees_it_without_secrets(live_server, users, new_context, tmp_path):
    from speechwatch.incidents.models import Incident
    from speechwatch.vocab.models import Category, LegalArticle

    category = Category.objects.get(code="legal.criminal")
    article = LegalArticle.objects.get(code_id="CC", article="274")

    page = new_context().new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-secret-1")
    page.click("form.narrow button[type=submit]")
    page.wait_for_url(f"{live_server.url}/dashboard/")

    page.click("text=New incident")
    page.wait_for_url(f"{live_server.url}/incidents/new/")
    page.fill("#id_title", "Blogger charged over a post about the reservoir")
    page.fill("#id_date", "2024-03-05")
    page.fill("#id_registered_month", "2024-03")
    page.select_option("#id_primary_category", str(category.pk))
    page.fill("#id_narrative", "Police opened a criminal case against a blogger for a post.")
    # actor: a new person
    page.fill("#id_involvements-0-new_name", "Erlan Invented")
    page.select_option("#id_involvements-0-new_kind", "person")
    page.select_option("#id_involvements-0-role", "accused" if False else "defendant")
    # sources: a confidential correspondent report, then a public web page in an added row
    page.select_option("#id_sources-0-kind", "correspondent")
    page.fill("#id_sources-0-correspondent", SECRET)
    page.check("#id_sources-0-is_confidential")
    page.click("fieldset[data-prefix=sources] .add-row")
    page.fill("#id_sources-1-url", "https://example.org/reservoir-post")
    page.fill("#id_sources-1-title", "Public news item")
    # the proceeding with a legal basis, a stage and an amount
    page.select_option("#id_proc-kind", "criminal")
    page.select_option("#id_bases-0-article", str(article.pk))
    page.fill("#id_bases-0-part", "1")
    page.select_option("#id_stages-0-kind", "investigation_opened")
    page.fill("#id_stages-0-date", "2024-03-04")
    page.select_option("#id_amounts-0-kind", "fine")
    page.fill("#id_amounts-0-amount_kzt", "1476800")
    page.click("form.editor button[type=submit]")

    page.wait_for_selector("text=Incident saved.")
    incident = Incident.objects.get(title="Blogger charged over a post about the reservoir")
    assert page.url == f"{live_server.url}/incidents/{incident.pk}/"
    assert SECRET in page.content()  # the editor sees the confidential source
    page.click("form[action$='/publish/'] button")
    page.wait_for_selector("text=Incident published.")
    incident.refresh_from_db()
    assert incident.status == "published" and incident.verified_by == users["editor"]
    page.screenshot(path=str(tmp_path / "editor-detail.png"), full_page=True)

    visitor = new_context().new_page()
    visitor.goto(f"{live_server.url}/incidents/")
    visitor.click("text=Blogger charged over a post about the reservoir")
    visitor.wait_for_url(f"{live_server.url}/incidents/{incident.pk}/")
    html = visitor.content()
    assert "Public news item" in html
    assert "274" in html and "Investigation opened" in html and "1\u202f476\u202f800" in html
    assert SECRET not in html and "Zh. (name withheld)" not in html
    assert "History" not in visitor.inner_text("main")
    visitor.screenshot(path=str(tmp_path / "public-detail.png"), full_page=True)
    assert (tmp_path / "public-detail.png").stat().st_size > 10_000


def test_bad_input_shows_named_errors_in_the_browser(live_server, users, new_context):
    from speechwatch.incidents.models import Incident

    page = new_context().new_page()
    page.goto(f"{live_server.url}/accounts/login/?next=/incidents/new/")
    page.fill("#id_username", "monitor")
    page.fill("#id_password", "pw-secret-1")
    page.click("form.narrow button[type=submit]")
    page.wait_for_url(f"{live_server.url}/incidents/new/")
    page.fill("#id_title", "<b>bold</b> attempt")
    page.fill("#id_date", "2024-03-05")
    page.fill("#id_registered_month", "2024-03")
    page.select_option("#id_proc-kind", "civil")
    page.select_option("#id_amounts-0-kind", "claimed")
    page.fill("#id_amounts-0-amount_kzt", "-100")
    page.click("form.editor button[type=submit]")
    errors = page.inner_text("#errors")
    assert "Incident: Category" in errors and "Money #1: Amount, KZT" in errors
    assert page.input_value("#id_title") == "<b>bold</b> attempt"  # kept, and escaped (no <b> element)
    assert page.locator("main h1 b").count() == 0
    assert not Incident.objects.exists()
