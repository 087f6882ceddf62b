"""Issue 8's acceptance, on the real seeds in ../shared/seeds (skips when they are absent): ingest a seed,
accept every draft as proposed (`speechwatch ingest --accept`), choose the published basis for its
period (`speechwatch basis`), render the report (`speechwatch report --format md`, data basis chosen
explicitly) and check what a publisher would check before signing it:

- every figure the organisation published for the period, as stored from the seed, is printed with the
  seed's value (plain digits, thousands separators allowed) in the row of its measure;
- no computed figure that contradicts a published one goes without the visible conflict table;
- every accepted story of the seed is printed once, and no paragraph is printed twice;
- nothing invented: no record from a statement of absence (the annual seed says nobody was killed);
- the JSON of `speechwatch stats` carries the same published values with `basis: published`.
"""

from __future__ import annotations

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command

from speechwatch.incidents.models import Incident, PublishedFigure, SourceDocument

MONTHLY = ("2021-11", "2023-12", "2024-04")
PRINTED_SCOPES = {"monthly": ("period", "ytd"), "annual": ("period", "previous_year")}
COLUMN = {"monthly": {"period": 1, "ytd": 2}, "annual": {"period": 1, "previous_year": 2}}


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def ingest_and_render(
    shared_dir, tmp_path, editor, seed: str, kind: str, period: str
) -> tuple[str, SourceDocument]:
    run("ingest", str(shared_dir / "seeds" / seed), "--accept", "--user", editor.username, "--no-progress", "--sync")
    doc = SourceDocument.objects.get(filename__endswith=seed)
    run("basis", period, "published", "--by", editor.username)
    out = tmp_path / f"{kind}-{period}.md"
    run("report", kind, period, "--format", "md", "--data-basis", "verified", "--output", str(out))
    return out.read_text(encoding="utf-8"), doc


def _cell(text: str) -> str:
    return re.sub(r"\*\*|&emsp;|\u2003", "", text).strip()


def table_rows(md: str) -> dict[str, list[list[str]]]:
    """Every markdown table row, by its first cell (a label may appear in several tables)."""
    rows: dict[str, list[list[str]]] = {}
    for line in md.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            cells = [_cell(c) for c in line.strip().strip("|").split("|")]
            rows.setdefault(cells[0], []).append(cells)
    return rows


def digits(text: str) -> str:
    return re.sub(r"[^\d]", "", text)


def check_published_figures(md: str, doc: SourceDocument, kind: str) -> int:
    from speechwatch.stats import measures as M

    labels = {m.code: m.label for m in M.catalogue("en")}
    rows = table_rows(md)
    checked = 0
    for figure in PublishedFigure.objects.filter(source_document=doc, scope__in=PRINTED_SCOPES[kind]):
        label = labels.get(figure.measure, figure.measure)
        candidates = rows.get(label, [])
        column = COLUMN[kind][figure.scope]
        printed = [r[column] for r in candidates if len(r) > column]
        assert str(figure.value) in {digits(p) for p in printed}, (
            f"{figure.measure} {figure.scope} = {figure.value} is not printed in the row {label!r}: {printed}")
        checked += 1
    return checked


def check_conflicts_flagged(md: str, kind: str, period: str) -> None:
    from django.utils import translation

    from speechwatch.reports.figures import load
    from speechwatch.reports.plan import load_plan
    from speechwatch.stats.periods import parse_period
    from speechwatch.stats.queries import counting_statuses

    plan = load_plan(kind, period)
    with translation.override("en"), counting_statuses(plan.statuses):
        fs = load(parse_period(period), "en", statuses=plan.statuses)
    conflicts = fs.conflicts()
    if conflicts:
        assert "Computed figures that differ from the published ones" in md
        section = md.split("Computed figures that differ from the published ones", 1)[1]
        for measure, _scope, _published, _computed, _source in conflicts:
            assert fs.label(measure) in section, measure


def check_each_story_once(md: str, doc: SourceDocument) -> int:
    stories = Incident.objects.filter(source_document=doc)
    printed = 0
    for incident in stories:
        heading = f"**{incident.title}**"
        n = md.count(heading + "\n") + md.count(heading + " _(")
        assert n == 1, f"story printed {n} times: {incident.title}"
        printed += n
    paragraphs = [p.strip() for p in md.split("\n\n") if len(p.strip()) > 80 and not p.startswith("|")]
    repeated = {p for p in paragraphs if paragraphs.count(p) > 1}
    assert not repeated, f"paragraphs printed twice: {list(repeated)[:2]}"
    return printed


def check_stats_json(period: str, doc: SourceDocument) -> None:
    items = json.loads(run("stats", period, "--format", "json"))
    official = {(i["measure"], i["scope"]): i for i in items}
    for figure in PublishedFigure.objects.filter(source_document=doc, scope__in=("period", "ytd")):
        item = official.get((figure.measure, figure.scope))
        assert item is not None and item["basis"] == "published", figure.measure
        assert item["value"] == figure.value, (figure.measure, item["value"], figure.value)


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.parametrize("month", MONTHLY)
def test_monthly_seed_reprinted_on_the_published_basis(shared_dir, tmp_path, users, month):
    md, doc = ingest_and_render(shared_dir, tmp_path, users["editor"], f"monthly-{month}-en.txt", "monthly", month)
    assert Incident.objects.filter(status="draft").count() == 0  # every draft accepted as proposed
    assert check_published_figures(md, doc, "monthly") >= 10  # each seed publishes a dozen or more figures
    check_conflicts_flagged(md, "monthly", month)
    assert check_each_story_once(md, doc) >= 1
    check_stats_json(month, doc)
    assert "Data basis: verified and published incidents" in md
    assert "Example Monitoring Service" not in md and "TODO" not in md and "Lorem" not in md


@pytest.mark.slow
@pytest.mark.django_db
def test_annual_seed_reprinted_on_the_published_basis(shared_dir, tmp_path, users):
    md, doc = ingest_and_render(shared_dir, tmp_path, users["editor"], "annual-2020-en.txt", "annual", "2020")
    assert check_published_figures(md, doc, "annual") >= 1
    check_conflicts_flagged(md, "annual", "2020")
    check_each_story_once(md, doc)
    # the seed says no journalist was killed in the year: that is a 0, never a murder
    assert not Incident.objects.filter(primary_category__code="rights.murder").exists()
    check_stats_json("2020", doc)
