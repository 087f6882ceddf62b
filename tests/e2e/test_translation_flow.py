"""Acceptance of issue 9 in a real browser: an editor writes the Kazakh translation of an incident on
its translation page, then the Kazakh public page (language chosen by the site's language cookie)
shows the new Kazakh text without the "not translated" note, and the Kazakh report preview prints it."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

KK_TITLE = "Митингіде телеоператорды итеріп жіберді"
KK_SUMMARY = "Жиналыс кезінде полиция қызметкері операторды итеріп, камерасын сындырды."


def test_editor_translates_into_kazakh_and_the_kazakh_page_and_preview_show_it(live_server, users, new_context):
    from speechwatch.incidents.models import Incident, IncidentTranslation
    from tests.reports.factories import build

    build()
    incident = Incident.objects.get(title="Camera operator pushed at a rally")
    ctx = new_context()
    page = ctx.new_page()

    # before: the Kazakh page shows the English text under the visible note, in lang="en"
    ctx.add_cookies([{"name": "django_language", "value": "kk", "url": live_server.url}])
    page.goto(f"{live_server.url}/incidents/{incident.pk}/")
    assert page.locator("h1").get_attribute("lang") == "en"
    assert page.locator(".fallback-note").count() == 1

    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-secret-1")
    page.click("form.narrow button[type=submit]")
    page.wait_for_url(f"{live_server.url}/dashboard/")

    page.goto(f"{live_server.url}/translations/incident/{incident.pk}/")
    page.fill("#id_tr-kk-title", KK_TITLE)
    page.fill("#id_tr-kk-summary", KK_SUMMARY)
    page.select_option("#id_tr-kk-status", "reviewed")
    page.click("form.editor button[type=submit]")
    page.wait_for_load_state()
    row = IncidentTranslation.objects.get(incident=incident, lang="kk")
    assert (row.title, row.summary, row.status, row.updated_by.username) == (KK_TITLE, KK_SUMMARY, "reviewed",
                                                                             "editor")

    # the Kazakh public page, as an anonymous reader with the Kazakh language cookie
    public = new_context()
    public.add_cookies([{"name": "django_language", "value": "kk", "url": live_server.url}])
    reader = public.new_page()
    reader.goto(f"{live_server.url}/incidents/{incident.pk}/")
    assert reader.locator("html").get_attribute("lang") == "kk"
    assert reader.locator("h1").inner_text() == KK_TITLE
    assert reader.locator("h1").get_attribute("lang") is None
    assert KK_SUMMARY in reader.locator(".summary-text").inner_text()
    assert reader.locator(".fallback-note").count() == 0
    reader.goto(f"{live_server.url}/incidents/?month=2024-04")
    assert reader.locator(f"a[href='/incidents/{incident.pk}/']").first.inner_text() == KK_TITLE

    # the Kazakh report preview in the report editor prints it, unflagged
    page.goto(f"{live_server.url}/reports/edit/monthly/2024-04/preview/?lang=kk")
    article = page.locator(f"article[data-incident='{incident.pk}']")
    assert KK_TITLE in article.inner_text()
    assert "untranslated" not in (article.get_attribute("class") or "")
