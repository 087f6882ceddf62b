"""The review page's proposals in a real browser: an editor changes the proposed case title, leaves a
sum uncounted and accepts; only then do the case, actors and proceeding exist."""

from __future__ import annotations

import pytest
from ingest_synthetic import extraction, report_text

from tests.e2e.conftest import browser, new_context  # noqa: F401 - the Chromium fixtures

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_editor_reviews_and_accepts_a_proposal(live_server, users, new_context, tmp_path):  # noqa: F811
    from speechwatch.incidents.models import Actor, Case, Incident, MoneyAmount, Proceeding
    from speechwatch.ingest.store import store_extraction

    text = report_text()
    data = extraction(text)
    lawsuit = next(r for r in data["incidents"] if r["category"] == "legal.civil")
    lawsuit["follow_up"] = True
    store_extraction(data, text, filename="digest.txt")
    incident = Incident.objects.get(primary_category__code="legal.civil")
    assert (Case.objects.count(), Actor.objects.count(), Proceeding.objects.count()) == (0, 0, 0)

    page = new_context().new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-secret-1")
    page.click("form.narrow button[type=submit]")
    page.wait_for_url(f"{live_server.url}/dashboard/")
    page.goto(f"{live_server.url}/ingest/review/{incident.pk}/")
    page.wait_for_selector("#proposal")
    assert page.input_value("#id_case_title") == "Nurlan Sadykov v. Irtysh Courier"
    assert page.is_checked("#id_case_action_1")  # "Open a new case"
    assert page.is_checked("#id_amount_0")  # 5,000,000 claimed in the period: proposed to count
    page.fill("#id_case_title", "Sadykov v. Irtysh Courier (honour claim)")
    page.uncheck("#id_amount_0")
    page.screenshot(path=str(tmp_path / "review-proposal.png"), full_page=True)
    page.click("button[value=accept]")
    page.wait_for_selector("text=Draft accepted.")

    incident.refresh_from_db()
    assert incident.status == "verified" and incident.is_follow_up
    assert incident.case.title == "Sadykov v. Irtysh Courier (honour claim)"
    assert {a.name for a in Actor.objects.all()} >= {"Nurlan Sadykov", "Irtysh Courier"}
    proc = Proceeding.objects.get(incident=incident)
    assert proc.kind == "civil" and not MoneyAmount.objects.exists()  # the editor left the sum uncounted
