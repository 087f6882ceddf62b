"""In a real browser: an editor charges an accused under one of the proceeding's articles, records the
custody status, saves, then adds the sentence and a ban for the saved party; the proceeding on the
incident page shows the person's outcome. Screenshot into test-results/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import browser, new_context  # noqa: F401  (the shared browser fixtures)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
RESULTS = Path(__file__).resolve().parents[2] / "test-results"


def test_editor_records_charge_custody_sentence_and_ban(live_server, users, new_context):  # noqa: F811
    from speechwatch.incidents.models import Incident, ProceedingParty
    from speechwatch.vocab.models import Category, LegalArticle

    category = Category.objects.get(code="civic.prisoner")
    a405 = LegalArticle.objects.get(code_id="CC", article="405")
    a174 = LegalArticle.objects.get(code_id="CC", article="174")
    page = new_context().new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-secret-1")
    page.click("form.narrow button[type=submit]")
    page.wait_for_url(f"{live_server.url}/dashboard/")

    page.goto(f"{live_server.url}/incidents/new/")
    page.fill("#id_title", "Made-up activist tried for joining a banned group")
    page.fill("#id_date", "2024-03-05")
    page.fill("#id_registered_month", "2024-03")
    page.select_option("#id_primary_category", str(category.pk))
    page.select_option("#id_proc-kind", "criminal")
    page.select_option("#id_bases-0-article", str(a405.pk))
    page.click("fieldset[data-prefix=bases] .add-row")
    page.select_option("#id_bases-1-article", str(a174.pk))
    page.fill("#id_parties-0-new_name", "Browser Accusedov")
    page.select_option("#id_parties-0-new_kind", "person")
    page.select_option("#id_parties-0-role", "accused")
    page.select_option("#id_parties-0-charged_articles", [str(a405.pk)])
    page.select_option("#id_parties-0-custody_status", "pretrial_detention")
    page.fill("#id_parties-0-custody_since", "2024-03-01")
    page.click("form.editor button[type=submit]")
    page.wait_for_selector("text=Incident saved.")
    party = ProceedingParty.objects.get(actor__name="Browser Accusedov")
    assert party.confirmed and [b.article.article for b in party.charges.all()] == ["405"]

    incident = Incident.objects.get()
    page.goto(f"{live_server.url}/incidents/{incident.pk}/edit/")
    page.select_option("#id_sentences-0-party", str(party.pk))
    page.select_option("#id_sentences-0-kind", "imprisonment")
    page.fill("#id_sentences-0-term_years", "4")
    page.fill("#id_sentences-0-sentenced_on", "2024-03-20")
    page.select_option("#id_bans-0-party", str(party.pk))
    page.select_option("#id_bans-0-kind", "journalism")
    page.fill("#id_bans-0-term_years", "2")
    RESULTS.mkdir(exist_ok=True)
    page.locator("fieldset[data-prefix=sentences]").screenshot(path=str(RESULTS / "editor-sentence-row.png"))
    page.click("form.editor button[type=submit]")
    page.wait_for_selector("text=Incident saved.")
    text = page.locator("article.proceeding").inner_text()
    assert "charged under: Article 405 of the Criminal Code" in text
    assert "174" not in text.split("charged under")[1].split("\n")[0]
    assert "pre-trial detention" in text and "imprisonment 4 years" in text and "ban on journalism 2 years" in text
    page.screenshot(path=str(RESULTS / "incident-outcome.png"), full_page=True)
