"""The ingest web UI: upload, job progress, review with the span highlighted, accept/reject rights."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from ingest_synthetic import extraction, fake_extract, line_of, report_text

from speechwatch.core.models import Job
from speechwatch.incidents.models import Actor, Incident, SourceDocument
from speechwatch.ingest import views
from speechwatch.ingest.models import IngestItem
from speechwatch.ingest.store import store_extraction

HOSTILE = '<script>alert("pwned")</script><img src=x onerror=alert(1)>'


def login(client, users, role):
    if role:
        client.force_login(users[role])
    return client


@pytest.fixture
def stored(users):
    """The fixture report stored as if a monitor had uploaded it; the first incident carries hostile markup."""
    text = report_text().replace("She was taken to a police station", f"She wrote {HOSTILE} and was taken")
    data = extraction(text)
    store_extraction(data, text, filename="monthly-2023-09-en.txt", user=users["monitor"])
    return SourceDocument.objects.get(), text


@pytest.fixture
def inline_jobs(monkeypatch, settings, tmp_path):
    monkeypatch.setattr(views, "UPLOAD_JOB_MODE", "inline")
    monkeypatch.setattr("speechwatch.ingest.services.extract", fake_extract)
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "status"), [(None, 403), ("viewer", 403), ("monitor", 200), ("editor", 200), ("admin", 200)]
)
def test_who_may_ingest_and_review(client, users, role, status):
    login(client, users, role)
    for name in ("ingest:upload", "ingest:drafts", "ingest:documents"):
        assert client.get(reverse(name)).status_code == status, name


@pytest.mark.django_db
def test_upload_runs_a_job_and_the_job_page_shows_per_file_results(client, users, inline_jobs, settings):
    login(client, users, "editor")
    good = SimpleUploadedFile("september.txt", report_text().encode(), content_type="text/plain")
    empty = SimpleUploadedFile("empty.txt", b"", content_type="text/plain")
    response = client.post(reverse("ingest:upload"), {"files": [good, empty]})
    job = Job.objects.get(kind="ingest")
    assert response.status_code == 302 and response["Location"] == reverse("ingest:job", args=[job.pk])
    assert (job.status, job.done, job.total, job.created_by) == ("done", 2, 2, users["editor"])
    for path in job.params["paths"]:
        assert path.startswith(str(settings.MEDIA_ROOT / "ingest"))
    doc = SourceDocument.objects.get()
    assert doc.filename == "september.txt"

    page = client.get(reverse("ingest:job", args=[job.pk])).content.decode()
    assert "september.txt" in page and "empty.txt" in page and "SW-E001" in page

    status = client.get(reverse("ingest:job_status", args=[job.pk])).json()
    assert (status["done"], status["total"], status["finished"], status["failed"]) == (2, 2, True, 1)
    by_name = {i["filename"]: i for i in status["items"]}
    assert by_name["september.txt"]["status"] == "imported"
    assert by_name["september.txt"]["document_url"] == reverse("ingest:document", args=[doc.pk])
    assert by_name["empty.txt"]["status"] == "failed" and "empty" in by_name["empty.txt"]["error"]


@pytest.mark.django_db
def test_upload_size_limit_is_explained(client, users, inline_jobs, settings):
    settings.MAX_UPLOAD_MB = 1
    login(client, users, "monitor")
    big = SimpleUploadedFile("big.txt", b"x" * (1024 * 1024 + 10), content_type="text/plain")
    response = client.post(reverse("ingest:upload"), {"files": [big]})
    assert response.status_code == 200
    assert "“big.txt” is 1.0 MB; files may be at most 1 MB." in response.content.decode()
    assert not Job.objects.exists()


@pytest.mark.django_db
def test_viewer_cannot_upload_or_see_jobs(client, users, inline_jobs):
    login(client, users, "viewer")
    upload = SimpleUploadedFile("september.txt", report_text().encode())
    assert client.post(reverse("ingest:upload"), {"files": [upload]}).status_code == 403
    job = Job.objects.create(kind="ingest", created_by=users["editor"])
    assert client.get(reverse("ingest:job_status", args=[job.pk])).status_code == 403
    login(client, users, "monitor")  # a monitor sees only their own jobs
    assert client.get(reverse("ingest:job", args=[job.pk])).status_code == 403
    assert not SourceDocument.objects.exists()


@pytest.mark.django_db
def test_review_page_highlights_the_span_and_keeps_hostile_text_inert(client, users, stored):
    _doc, text = stored
    incident = Incident.objects.get(span_start=line_of(text, "September 4:")[0])
    login(client, users, "editor")
    html = client.get(reverse("ingest:draft", args=[incident.pk])).content.decode()
    assert '<mark id="span">September 4: In Karaganda' in html
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>alert" not in html and "<img src=x" not in html
    marked = html.split('<mark id="span">', 1)[1].split("</mark>", 1)[0]
    assert marked.startswith("September 4:") and "released three hours later" in marked
    assert "web/ingest-review.js" in html  # scrolls the mark into view (scripts are static files now)


@pytest.mark.django_db
def test_document_page_lists_figures_with_their_spans(client, users, stored):
    doc, _ = stored
    login(client, users, "monitor")
    html = client.get(reverse("ingest:document", args=[doc.pk])).content.decode()
    assert "<mark>4 court and pre-trial claims against media in civil proceedings</mark>" in html
    assert html.count("<mark>") == 9 and "legal.criminal" in html


@pytest.mark.django_db
def test_draft_list_filters_by_document_and_month(client, users, stored):
    doc, _ = stored
    login(client, users, "editor")
    url = reverse("ingest:drafts")
    assert client.get(url, {"document": doc.pk}).context["page"].paginator.count == 4
    assert client.get(url, {"month": "2023-09"}).context["page"].paginator.count == 4
    assert client.get(url, {"month": "2023-10"}).context["page"].paginator.count == 0


def _form_data(incident, **changes):
    data = {
        "title": incident.title,
        "date": incident.date.isoformat() if incident.date else "",
        "date_precision": incident.date_precision,
        "registered_month": incident.registered_month.isoformat(),
        "primary_category": incident.primary_category_id,
        "secondary_categories": [c.pk for c in incident.secondary_categories.all()],
        "summary": incident.summary,
        "case": "",
        "case_action": "none",
        "case_title": "",
        "actors-TOTAL_FORMS": "2",
        "actors-INITIAL_FORMS": "2",
        "actors-MIN_NUM_FORMS": "0",
        "actors-MAX_NUM_FORMS": "60",
        "actors-0-name": "Dariga Omarbekova",
        "actors-0-kind": "person",
        "actors-0-role": "victim",
        "actors-1-name": "Sary-Arka Today",
        "actors-1-kind": "outlet",
        "actors-1-role": "other",
        "actors-1-DELETE": "on",
    }
    data.update(changes)
    return data


@pytest.mark.django_db
def test_monitor_corrects_own_draft_but_cannot_accept_or_reject(client, users, stored):
    incident = Incident.objects.filter(primary_category__code="rights.detention").get()
    login(client, users, "monitor")
    url = reverse("ingest:draft", args=[incident.pk])
    response = client.post(url, _form_data(incident, title="Reporter detained at a miners' protest"))
    assert response.status_code == 302
    incident.refresh_from_db()
    assert (incident.title, incident.status) == ("Reporter detained at a miners' protest", "draft")
    # the corrected actors are still a proposal: nothing shared exists before an editor accepts
    assert not incident.involvements.exists() and not Actor.objects.exists()
    assert [a["name"] for a in incident.proposal.actors] == ["Dariga Omarbekova"]  # outlet row removed
    for action in ("accept", "reject"):
        assert client.post(url, _form_data(incident, action=action)).status_code == 403
        decide = reverse("ingest:draft_decide", args=[incident.pk])
        assert client.post(decide, {"action": action}).status_code == 403
    incident.refresh_from_db()
    assert incident.status == "draft"


@pytest.mark.django_db
def test_viewer_and_anonymous_cannot_touch_drafts(client, users, stored):
    incident = Incident.objects.first()
    url = reverse("ingest:draft", args=[incident.pk])
    for role in (None, "viewer"):
        login(client, users, role)
        assert client.get(url).status_code == 403
        assert client.post(url, _form_data(incident, action="accept")).status_code == 403
    incident.refresh_from_db()
    assert incident.status == "draft"


@pytest.mark.django_db
def test_editor_accepts_with_corrections_and_rejects(client, users, stored):
    drafts = list(Incident.objects.order_by("span_start"))
    login(client, users, "editor")
    first = drafts[0]
    response = client.post(
        reverse("ingest:draft", args=[first.pk]),
        _form_data(first, action="accept", title="Reporter detained in Karaganda", date_precision="day"),
    )
    assert response.status_code == 302 and response["Location"] == reverse("ingest:draft", args=[drafts[1].pk])
    first.refresh_from_db()
    assert (first.status, first.title, first.verified_by) == (
        "verified",
        "Reporter detained in Karaganda",
        users["editor"],
    )
    assert first.verified_at is not None
    assert [(v.actor.name, v.role) for v in first.involvements.all()] == [("Dariga Omarbekova", "victim")]
    assert first.proposal.status == "accepted" and first.proposal.decided_by == users["editor"]

    second = drafts[1]
    client.post(reverse("ingest:draft", args=[second.pk]), {"action": "reject", "reason": "not a violation"})
    second.refresh_from_db()
    assert second.status == "rejected" and "not a violation" in second.confidential_notes
    assert second.proposal.status == "rejected" and not second.involvements.exists()

    third = drafts[2]
    client.post(reverse("ingest:draft_decide", args=[third.pk]), {"action": "accept"})
    third.refresh_from_db()
    assert third.status == "verified"


@pytest.mark.django_db
def test_invalid_correction_is_shown_not_saved(client, users, stored):
    incident = Incident.objects.order_by("span_start").first()
    login(client, users, "editor")
    response = client.post(
        reverse("ingest:draft", args=[incident.pk]), _form_data(incident, action="save", is_follow_up="on")
    )
    assert response.status_code == 200
    assert "A follow-up must point at the case it follows." in response.content.decode()
    incident.refresh_from_db()
    assert not incident.is_follow_up


@pytest.mark.django_db
def test_job_items_survive_for_the_status_endpoint(client, users):
    job = Job.objects.create(kind="ingest", created_by=users["monitor"], total=2, done=1, status="running")
    IngestItem.objects.create(job=job, path="/x/a.txt", filename="a.txt", status="failed", error="SW-E001 empty file")
    login(client, users, "monitor")
    data = client.get(reverse("ingest:job_status", args=[job.pk])).json()
    assert (data["done"], data["total"], data["percent"], data["finished"]) == (1, 2, 50, False)
    assert data["items"][0]["error"] == "SW-E001 empty file"


@pytest.mark.django_db
def test_review_page_shows_the_import_warnings_of_that_draft(client, users):
    text = report_text()
    data = extraction(text)
    data["incidents"][1]["category"] = "access.smoke_signals"
    store_extraction(data, text, filename="r.txt")
    login(client, users, "editor")
    flagged = Incident.objects.get(span_start=line_of(text, "September 12:")[0])
    other = Incident.objects.get(span_start=line_of(text, "September 4:")[0])
    html = client.get(reverse("ingest:draft", args=[flagged.pk])).content.decode()
    listed = html.split('id="draft-warnings">', 1)[1].split("</ul>", 1)[0]
    assert "unknown category &#x27;access.smoke_signals&#x27;; filed under context.statement" in listed
    assert 'id="draft-warnings"' not in client.get(reverse("ingest:draft", args=[other.pk])).content.decode()


@pytest.mark.django_db
def test_review_form_offers_a_monitor_no_confidential_case(client, users, stored):
    """The review form listed every case, confidential ones included, and let a monitor attach a draft
    to one."""
    from speechwatch.incidents.models import Case

    secret = Case.objects.create(title="Sealed investigation of an editor", is_confidential=True)
    open_case = Case.objects.create(title="Open lawsuit against a paper")
    incident = Incident.objects.filter(primary_category__code="rights.detention").get()
    url = reverse("ingest:draft", args=[incident.pk])
    login(client, users, "monitor")
    html = client.get(url).content.decode()
    assert "Open lawsuit against a paper" in html
    assert "Sealed investigation" not in html
    response = client.post(url, _form_data(incident, case_action="existing", case=str(secret.pk)))
    assert response.status_code == 200  # refused: not a valid choice
    incident.refresh_from_db()
    assert incident.case_id is None and incident.proposal.case_id is None
    assert client.post(url, _form_data(incident, case_action="existing", case=str(open_case.pk))).status_code == 302
    incident.refresh_from_db()
    assert incident.case_id is None and incident.proposal.case_id == open_case.pk  # linked on accept
    client.force_login(users["editor"])
    assert "Sealed investigation" in client.get(url).content.decode()


@pytest.mark.django_db
def test_a_draft_in_a_hidden_case_keeps_it_when_a_monitor_saves(client, users, stored):
    from speechwatch.incidents.models import Case

    secret = Case.objects.create(title="Sealed investigation of an editor", is_confidential=True)
    incident = Incident.objects.filter(primary_category__code="rights.detention").get()
    Incident.objects.filter(pk=incident.pk).update(case=secret)
    url = reverse("ingest:draft", args=[incident.pk])
    login(client, users, "monitor")
    assert "Sealed investigation" not in client.get(url).content.decode()
    data = _form_data(incident, title="Reporter detained at a protest")
    data.pop("case")
    assert client.post(url, data).status_code == 302
    incident.refresh_from_db()
    assert (incident.title, incident.case_id) == ("Reporter detained at a protest", secret.pk)
