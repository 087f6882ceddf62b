"""The official basis of a period (methodology v2 §3.8): choosing it, auditing it, and the figures it gives."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from speechwatch.incidents.models import SourceDocument
from speechwatch.stats.basis import OPERATOR, basis_of, official_figures, set_basis
from speechwatch.stats.models_basis import PeriodBasis, PeriodBasisChange
from tests.stats.builders import build_world, publish

pytestmark = pytest.mark.django_db
APR = (date(2024, 4, 1), date(2024, 4, 30))


def _doc(name: str, start: date, end: date, published: date | None, title: str = "") -> SourceDocument:
    return SourceDocument.objects.create(
        sha256=name.ljust(64, "0"), filename=f"{name}.txt", format="txt", text="(invented)", title=title,
        publisher="Invented Monitor", period_start=start, period_end=end, published=published,
    )  # fmt: skip


@pytest.fixture
def world(db):
    w = build_world()
    own = _doc("april", *APR, date(2024, 5, 3), title="Invented monthly bulletin, April 2024")
    annual = _doc("annual", date(2024, 1, 1), date(2024, 12, 31), date(2025, 1, 20))
    f = publish("reports.total", "period", 52, *APR, wording="52 reports")
    f.source_document = own
    f.save()
    g = publish("reports.total", "period", 50, *APR)  # a later document restating April differently
    g.source_document = annual
    g.save()
    h = publish("rights.murder", "period", 0, *APR, wording="nobody was killed")  # a statement of absence
    h.source_document = own
    h.save()
    publish("legal.civil.honor", "ytd", 61, date(2024, 1, 1), APR[1])
    publish("reports.total", "previous_year", 40, *APR)  # a comparison: never an official figure
    w["doc"] = own
    return w


def _run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_default_basis_is_computed(world):
    assert basis_of("2024-04") == "computed"
    figures = official_figures("2024-04", user=OPERATOR)
    by = {(f.measure, f.scope): f for f in figures}
    assert by[("reports.total", "period")].value == 5
    assert by[("reports.total", "period")].basis == "computed"
    assert len(by[("reports.total", "period")].incident_ids) == 5
    assert by[("rights.murder", "period")].value == 0  # computed: no rows is a 0 figure (§3.7)


def test_published_basis_prints_published_figures_only(world, users):
    set_basis("2024-04", "published", user=users["editor"], note="back-catalogue month")
    figures = official_figures("2024-04", user=OPERATOR)
    by = {(f.measure, f.scope): f for f in figures}
    assert set(by) == {("reports.total", "period"), ("rights.murder", "period"), ("legal.civil.honor", "ytd")}
    total = by[("reports.total", "period")]
    # the period's own report wins over a later document restating the month; the other value is kept
    assert (total.value, total.basis, total.alternatives) == (52, "published", [50])
    assert total.source_document["title"] == "Invented monthly bulletin, April 2024"
    assert total.source_document["url"] == f"/ingest/documents/{world['doc'].pk}/"
    assert total.incident_ids == []
    assert by[("rights.murder", "period")].value == 0  # a stated absence stays a 0
    assert by[("legal.civil.honor", "ytd")].source_document is None
    # unpublished measures are absent, not 0
    assert ("rights.attack", "period") not in by


def test_anonymous_readers_get_the_public_figure_page_not_the_working_document(world):
    set_basis("2024-04", "published")
    total = next(f for f in official_figures("2024-04") if f.measure == "reports.total")
    assert total.source_document["url"] == f"/stats/figure/{total.figure_id}/"
    assert total.source_document["title"] == "Invented monthly bulletin, April 2024"


def test_audit_trail(world, users):
    set_basis("2024-04", "published", user=users["editor"], note="old records incomplete", via="web")
    set_basis("2024-04", "computed", user=users["admin"], via="web")
    row = PeriodBasis.objects.get(period="2024-04")
    assert (row.basis, row.updated_by) == ("computed", users["admin"])
    log = list(PeriodBasisChange.objects.filter(period="2024-04").order_by("id"))
    assert [(c.previous, c.basis, c.changed_by_name) for c in log] == [
        ("computed", "published", "editor"), ("published", "computed", "admin")]  # fmt: skip
    assert log[0].note == "old records incomplete"
    assert log[0].changed_at is not None


def test_ranges_have_no_basis_of_their_own(world):
    with pytest.raises(ValueError, match="only a month, quarter, half year or year"):
        set_basis("2024-04-01..2024-04-15", "published")
    with pytest.raises(ValueError, match="unknown basis"):
        set_basis("2024-04", "official")
    assert basis_of("2024-04-01..2024-04-30") == "computed"  # exactly a month: the month itself


def test_basis_command_and_stats_json(world, users):
    assert _run("basis", "2024-04").startswith("2024-04: computed (default")
    assert _run("basis", "2024-04", "published", "--by", "editor", "--note", "seed") == "2024-04: published\n"
    shown = _run("basis", "2024-04")
    assert shown.startswith("2024-04: published") and "editor (cli): computed -> published (seed)" in shown
    data = json.loads(_run("stats", "2024-04", "--format", "json"))
    assert {d["basis"] for d in data} == {"published"}
    by = {(d["measure"], d["scope"]): d for d in data}
    assert by[("reports.total", "period")]["value"] == 52
    assert by[("reports.total", "period")]["source_document"]["title"] == "Invented monthly bulletin, April 2024"
    assert "basis published" in _run("stats", "2024-04")
    # March keeps its own (default) basis
    assert {d["basis"] for d in json.loads(_run("stats", "2024-03", "--format", "json"))} == {"computed"}


@pytest.mark.parametrize("args", [("2024-13", "published"), ("2024-04-01..2024-04-09", "published")])
def test_basis_command_usage_errors(world, args):
    with pytest.raises(CommandError) as err:
        _run("basis", *args)
    assert err.value.returncode == 2


def test_reconciliation_names_the_document(world):
    data = json.loads(_run("stats", "2024-04", "--reconcile", "--format", "json"))
    total = next(d for d in data if d["measure"] == "reports.total" and d["scope"] == "period")
    assert total["source_document"]["id"] in {world["doc"].pk, SourceDocument.objects.get(filename="annual.txt").pk}
    assert "Invented monthly bulletin, April 2024" in _run("stats", "2024-04", "--reconcile")
