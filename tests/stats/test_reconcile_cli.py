"""Stated versus computed, and the `speechwatch stats` command's output contract."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from speechwatch.stats.measures import measure_codes
from speechwatch.stats.reconcile import periods_with_figures, reconcile
from tests.stats.builders import BIG_CLAIM, build_world, publish

pytestmark = pytest.mark.django_db
APR = (date(2024, 4, 1), date(2024, 4, 30))


@pytest.fixture
def world(db):
    w = build_world()
    publish("reports.total", "period", 6, *APR, wording="six reports in April")
    publish("legal.civil.honor", "ytd", 2, date(2024, 1, 1), APR[1])  # ytd stored from 1 January
    publish("legal.civil.claimed_kzt", "ytd", BIG_CLAIM + 5_000_000, *APR)  # ytd stored as ingest does
    publish("legal.civil.privacy", "period", 3, *APR)  # a measure the codebook does not know
    publish("reports.total", "previous_year", 4, *APR)
    publish("reports.total", "period", 2, date(2024, 3, 1), date(2024, 3, 31))  # another month
    return w


def _ids(w, *names):
    return sorted(w[n].pk for n in names)


def test_reconciliation_table(world):
    rows = {(r.measure, r.scope): r for r in reconcile("2024-04")}
    assert set(rows) == {
        ("reports.total", "period"),
        ("legal.civil.honor", "ytd"),
        ("legal.civil.claimed_kzt", "ytd"),
        ("legal.civil.privacy", "period"),
        ("reports.total", "previous_year"),
    }
    total = rows[("reports.total", "period")]
    assert (total.published, total.computed, total.difference, total.matches) == (6, 5, -1, False)
    assert total.incident_ids == _ids(world, "I12", "I13", "I14", "I15", "I17")
    assert total.wording == "six reports in April"
    honor = rows[("legal.civil.honor", "ytd")]
    assert (honor.published, honor.computed, honor.difference) == (2, 2, 0)
    assert honor.proceeding_ids == _ids(world, "P1", "P5")
    assert honor.incident_ids == _ids(world, "I3", "I13")
    money = rows[("legal.civil.claimed_kzt", "ytd")]
    assert (money.published, money.computed, money.difference) == (BIG_CLAIM + 5_000_000,) * 2 + (0,)
    unknown = rows[("legal.civil.privacy", "period")]
    assert (unknown.published, unknown.computed, unknown.difference) == (3, None, None)
    last_year = rows[("reports.total", "previous_year")]
    assert (last_year.computed, last_year.difference) == (4, 0)
    assert len(last_year.incident_ids) == 4


def test_reconciliation_with_unpublished_measures(world):
    rows = reconcile("2024-04", include_unpublished=True, with_ids=False)
    extra = {(r.measure, r.scope): r for r in rows if r.published is None}
    assert extra[("legal.civil.decisions", "period")].computed == 2
    assert ("reports.total", "period") not in extra
    assert all(r.incident_ids == [] for r in rows)


def test_reconciliation_follows_the_data(world):
    world["I6"].status = "verified"  # a February draft verified: the ytd moves, April does not
    world["I6"].save()
    assert {(r.measure, r.scope): r.computed for r in reconcile("2024-04")}[("reports.total", "period")] == 5
    world["I16"].status = "published"  # an April draft published: April moves to 6 and matches
    world["I16"].save()
    row = {(r.measure, r.scope): r for r in reconcile("2024-04")}[("reports.total", "period")]
    assert (row.computed, row.difference) == (6, 0)


def test_periods_with_figures(world):
    labels = [p.label for p in periods_with_figures()]
    assert labels == ["2024-01-01..2024-04-30", "2024-03", "2024-04"]
    assert reconcile("2024-05") == []


def _run(*args: str) -> str:
    out = StringIO()
    call_command("stats", *args, stdout=out)
    return out.getvalue()


def test_cli_json_shape(world):
    data = json.loads(_run("2024-04", "--format", "json"))
    assert isinstance(data, list)
    assert len(data) == 2 * len(measure_codes())
    assert all(set(item) == {"measure", "scope", "value", "basis", "source_document"} for item in data)
    assert {(item["basis"], item["source_document"]) for item in data} == {("computed", None)}
    values = {(d["measure"], d["scope"]): d["value"] for d in data}
    assert values[("reports.total", "period")] == 5
    assert values[("legal.civil.claimed_kzt", "ytd")] == BIG_CLAIM + 5_000_000  # JSON integers stay exact


def test_cli_json_reconcile(world):
    data = json.loads(_run("2024-04", "--reconcile", "--format", "json"))
    for item in data:
        assert {"measure", "scope", "value", "published", "incidents"} <= set(item)
        assert isinstance(item["incidents"], list)
    by = {(d["measure"], d["scope"]): d for d in data}
    assert by[("reports.total", "period")]["published"] == 6
    assert by[("reports.total", "period")]["incidents"] == _ids(world, "I12", "I13", "I14", "I15", "I17")
    assert by[("reports.total", "ytd")]["published"] is None
    assert len(by[("reports.total", "ytd")]["incidents"]) == 12
    assert by[("legal.civil.privacy", "period")]["value"] is None
    assert by[("legal.civil.privacy", "period")]["published"] == 3


def test_cli_measure_scope_and_breakdown(world):
    data = json.loads(_run("2024-Q1", "--measure", "reports.total", "--scope", "period", "--format", "json"))
    assert data == [{"measure": "reports.total", "scope": "period", "value": 7, "basis": "computed",
                     "source_document": None}]  # fmt: skip
    rows = json.loads(_run("2024-04", "--by", "region", "--scope", "period", "--format", "json"))
    assert {r["key"]: r["value"] for r in rows} == {"unknown": 3, "shymkent": 2, "almaty_city": 1}
    assert {r["by"] for r in rows} == {"region"}


def test_cli_table(world):
    text = _run("2024-04")
    assert "period (2024-04)" in text and "ytd (2024-01-01..2024-04-30)" in text
    line = next(line for line in text.splitlines() if line.startswith("legal.civil.claimed_kzt"))
    assert line.endswith("  9 007 199 259 740 993") and " 5 000 000 " in line
    recon = _run("2024-04", "--reconcile")
    total = next(line for line in recon.splitlines() if line.startswith("reports.total") and "period" in line)
    assert total.split()[:5] == ["reports.total", "period", "5", "6", "-1"]
    assert "2.5 times more" in _run("2024-04", "--compare", "--measure", "reports.total")
    assert "rights.detention" in _run("2024-04", "--trends")


@pytest.mark.parametrize("bad", ["2024-13", "2024-Q9", "last month", "2024-04-31..2024-05-01"])
def test_cli_bad_period(db, bad):
    with pytest.raises(CommandError, match="invalid period") as err:
        _run(bad)
    assert err.value.returncode == 2


def test_cli_unknown_measure(db):
    with pytest.raises(CommandError, match="unknown measure"):
        _run("2024-04", "--measure", "rights.nothing")


def test_cli_published_periods(world):
    assert _run("published").split() == ["2024-01-01..2024-04-30", "2024-03", "2024-04"]
    tables = json.loads(_run("published", "--reconcile", "--format", "json"))
    assert [t["period"] for t in tables] == ["2024-01-01..2024-04-30", "2024-03", "2024-04"]
    march = tables[1]["rows"]
    assert [(r["measure"], r["published"], r["computed"], r["difference"]) for r in march] == [
        ("reports.total", 2, 2, 0)
    ]
    assert "reports.total" in _run("published", "--reconcile")


def test_cli_include_drafts(world):
    data = json.loads(_run("2024-04", "--measure", "reports.total", "--include-drafts", "--format", "json"))
    assert [(d["measure"], d["scope"], d["value"], d["basis"]) for d in data] == [
        ("reports.total", "period", 6, "computed"), ("reports.total", "ytd", 14, "computed")]  # fmt: skip
