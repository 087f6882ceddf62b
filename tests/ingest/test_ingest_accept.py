"""Safe back-filling (issue 8): nothing shared exists before an editor accepts; `speechwatch ingest --accept`
creates exactly what pressing Accept on each draft's untouched review form creates."""

from __future__ import annotations

import datetime as dt
import shutil
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.urls import reverse
from ingest_synthetic import REPORT

from speechwatch.incidents.models import (
    Actor,
    Case,
    Incident,
    Involvement,
    MoneyAmount,
    Proceeding,
    ProceedingParty,
    Source,
    SourceDocument,
)
from speechwatch.ingest.matching import find_actor
from speechwatch.ingest.models import DraftProposal, NarrativeBlock

SEEDS = (
    "monthly-2021-11-en.txt",
    "monthly-2023-12-en.txt",
    "monthly-2024-04-en.txt",
    "annual-2020-en.txt",
    "briefing-2021-11-en.txt",
)


def ingest(*args: str) -> str:
    out = StringIO()
    call_command("ingest", *map(str, args), "--no-progress", "--sync", stdout=out, stderr=StringIO())
    return out.getvalue()


def shared_counts() -> dict[str, int]:
    """Rows outside the drafts that ingest must not create on its own."""
    return {
        "cases": Case.objects.count(),
        "actors": Actor.objects.count(),
        "involvements": Involvement.objects.count(),
        "proceedings": Proceeding.objects.count(),
        "amounts": MoneyAmount.objects.count(),
    }


def described(incident: Incident) -> dict[str, Any]:
    """What accepting created for one draft, by names (independent of row ids)."""
    procs = []
    for p in incident.proceedings.order_by("id"):
        procs.append(
            {
                "kind": p.kind,
                "honor": p.is_honor_claim,
                "bases": sorted((b.article.code_id, b.article.article, b.part) for b in p.bases.all()),
                "parties": sorted((x.actor.name, x.role) for x in p.parties.all()),
                "amounts": sorted((a.kind, a.amount_kzt) for a in p.amounts.all()),
            }
        )
    return {
        "status": incident.status,
        "case": incident.case.title if incident.case else None,
        "follow_up": incident.is_follow_up,
        "actors": sorted((v.actor.kind, v.role) for v in incident.involvements.all()),
        "proceedings": procs,
    }


def check_matches_proposal(incident: Incident) -> None:
    """The records of an accepted draft are exactly its proposal."""
    proposal = incident.proposal
    assert incident.status == "verified" and proposal.status == "accepted"
    if proposal.case_action == "none":
        assert incident.case_id is None
    elif proposal.case_action == "new":
        assert incident.case.title == proposal.case_title and proposal.created["case_created"]
    else:
        assert incident.case_id == proposal.case_id
    assert incident.is_follow_up == proposal.is_follow_up
    wanted = {(a["kind"], a["role"]) for a in proposal.actors}
    assert {(v.actor.kind, v.role) for v in incident.involvements.all()} == wanted
    for v in incident.involvements.select_related("actor"):
        # the proposed name, or a spelling of it the matcher folds or aliases to this actor
        assert any(a["actor"] == v.actor_id or find_actor(a["name"], a["kind"]) == v.actor for a in proposal.actors), (
            v.actor.name
        )
    procs = list(incident.proceedings.all())
    if proposal.create_proceeding and proposal.proceeding:
        (proc,) = procs
        assert proc.kind == proposal.proceeding["kind"]
        assert {(b.article.code_id, b.article.article) for b in proc.bases.all()} == {
            (b["code"], b["article"]) for b in proposal.proceeding["bases"]
        }
        counted = sorted((a["kind"], a["kzt"]) for a in proposal.amounts if a["count"])
        assert sorted((a.kind, a.amount_kzt) for a in proc.amounts.all()) == counted
    else:
        assert procs == []


@pytest.mark.django_db
@pytest.mark.parametrize("seed", SEEDS)
def test_seed_creates_nothing_shared_before_accept_and_exactly_the_proposals_after(shared_dir, seed, tmp_path):
    path = Path(shared_dir) / "seeds" / seed
    if not path.exists():
        pytest.skip(f"{seed} is absent")
    copy = tmp_path / seed
    shutil.copy(path, copy)
    out = ingest(copy)
    assert "imported: " in out, out
    doc = SourceDocument.objects.get()
    drafts = list(Incident.objects.filter(source_document=doc))
    assert drafts and all(i.status == "draft" for i in drafts)
    assert shared_counts() == dict.fromkeys(shared_counts(), 0)
    assert DraftProposal.objects.filter(document=doc).count() == len(drafts)
    if seed.startswith("briefing"):
        # its numbered notes become sources of the drafts they support, not one source (the file)
        notes = Source.objects.filter(incident__source_document=doc, kind="url")
        assert notes.values("url").distinct().count() >= 30
        assert NarrativeBlock.objects.filter(document=doc, kind="recommendation").exists()

    again = ingest("--accept", copy)
    assert f"unchanged: {copy}" in again and f"{len(drafts)} drafts accepted" in again, again
    for incident in Incident.objects.filter(source_document=doc).select_related("case"):
        check_matches_proposal(incident)
    # every record created belongs to an accepted proposal
    assert Proceeding.objects.filter(incident__proposal__status="accepted").count() == Proceeding.objects.count()
    made = {pk for p in DraftProposal.objects.all() for pk in p.created.get("actors", [])}
    assert set(Actor.objects.values_list("pk", flat=True)) == made


def rendered_post(response: Any, action: str) -> dict[str, Any]:
    """What a browser submits for the review form as rendered, untouched."""
    data: dict[str, Any] = {"action": action}

    def put(form: Any) -> None:
        for bound in form:
            value = bound.value()
            if isinstance(value, bool):
                if value:
                    data[bound.html_name] = "on"
            elif isinstance(value, (list, tuple)):
                data[bound.html_name] = [str(v) for v in value]
            elif isinstance(value, dt.date):
                data[bound.html_name] = value.isoformat()
            elif value is not None:
                data[bound.html_name] = str(value)

    ctx = response.context
    put(ctx["form"])
    if ctx["proposal_form"] is not None:
        put(ctx["proposal_form"])
    put(ctx["actors"].management_form)
    for form in ctx["actors"]:
        put(form)
    return data


@pytest.mark.django_db
def test_accept_flag_is_the_review_pages_accept(client, users, tmp_path):
    """The same report accepted by an editor's untouched review form and by `--accept` yields the same
    records, draft by draft."""
    by_hand, scripted = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(REPORT, by_hand)
    scripted.write_text(REPORT.read_text(encoding="utf-8") + "\nEnd of the digest.\n", encoding="utf-8")
    ingest(by_hand)
    doc_a = SourceDocument.objects.get()
    client.force_login(users["editor"])
    for incident in Incident.objects.filter(source_document=doc_a).order_by("span_start"):
        url = reverse("ingest:draft", args=[incident.pk])
        page = client.get(url)
        assert "Proposed records (created only when the draft is accepted)" in page.content.decode()
        assert client.post(url, rendered_post(page, "accept")).status_code == 302
    ingest("--accept", "--user", "editor", scripted)
    doc_b = SourceDocument.objects.exclude(pk=doc_a.pk).get()
    a = [described(i) for i in Incident.objects.filter(source_document=doc_a).order_by("span_start")]
    b = [described(i) for i in Incident.objects.filter(source_document=doc_b).order_by("span_start")]
    assert a == b and len(a) >= 3
    assert all(v["status"] == "verified" for v in a)
    assert Proceeding.objects.count() == 2 * sum(len(v["proceedings"]) for v in a) > 0
    assert ProceedingParty.objects.exists()


@pytest.mark.django_db
def test_unconfirmed_money_is_not_counted_until_an_editor_ticks_it(client, users):
    from ingest_synthetic import extraction, report_text

    from speechwatch.ingest.store import store_extraction

    text = report_text() + "\nA year earlier the same paper was sued for 7 million tenge.\n"
    data = extraction(text)
    lawsuit = next(r for r in data["incidents"] if r["category"] == "legal.civil")
    start = lawsuit["span"][0]
    lawsuit["span"] = [start, len(text) - 1]
    lawsuit["amounts"].append({"kind": "claimed", "kzt": 7_000_000})
    store_extraction(data, text, filename="r.txt")
    incident = Incident.objects.get(primary_category__code="legal.civil")
    scopes = {(a["kzt"], a["scope"], a["count"]) for a in incident.proposal.amounts}
    assert (7_000_000, "previous_year", False) in scopes and (5_000_000, "period", True) in scopes
    client.force_login(users["editor"])
    url = reverse("ingest:draft", args=[incident.pk])
    page = client.get(url)
    html = page.content.decode()
    assert "previous_year" in html and 'id="proposed-amounts"' in html
    assert client.post(url, rendered_post(page, "accept")).status_code == 302
    assert sorted(MoneyAmount.objects.values_list("amount_kzt", flat=True)) == [5_000_000]
    # the editor confirms the other sum on a second draft of the same kind: it counts then
    other = Incident.objects.exclude(pk=incident.pk).filter(status="draft").first()
    proposal = other.proposal
    proposal.proceeding = {
        "kind": "civil",
        "title": "x",
        "filed_on": None,
        "is_honor_claim": True,
        "bases": [],
        "parties": [],
    }
    proposal.create_proceeding = True
    proposal.amounts = [{"kind": "claimed", "kzt": 7_000_000, "scope": "previous_year", "count": False, "context": ""}]
    proposal.save()
    page = client.get(reverse("ingest:draft", args=[other.pk]))
    data = rendered_post(page, "accept")
    data["amount_0"] = "on"
    assert client.post(reverse("ingest:draft", args=[other.pk]), data).status_code == 302
    assert sorted(MoneyAmount.objects.values_list("amount_kzt", flat=True)) == [5_000_000, 7_000_000]
    assert MoneyAmount.objects.get(amount_kzt=7_000_000).note == "scope: previous_year"


@pytest.mark.django_db
def test_drafts_never_count_in_statistics(users):
    """Methodology §3.6: a draft (and its proposal) changes no figure; accepting it does."""
    from ingest_synthetic import extraction, report_text

    from speechwatch.ingest.accept import accept_document
    from speechwatch.ingest.store import store_extraction
    from speechwatch.stats.engine import compute, values_by_measure

    def figures() -> dict[str, int]:
        values = values_by_measure(compute("2023-09", measures=["rights.total", "legal.total"], scopes=["period"]))
        return {m: v["period"] for m, v in values.items()}

    text = report_text()
    store_extraction(extraction(text), text, filename="r.txt")
    assert figures() == {"rights.total": 0, "legal.total": 0}
    accept_document(SourceDocument.objects.get(), user=users["editor"])
    after = figures()
    assert after["rights.total"] >= 1 and after["legal.total"] >= 1
