"""The aggregate SQL (engine.compute) and the ORM row queries (ids, breakdowns) implement the same
counting rules twice; on a seeded random record they must agree for every measure, scope and period."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.db.models import Sum

from speechwatch.stats import queries as Qs
from speechwatch.stats.engine import compute, resolve_scopes, select_measures
from speechwatch.stats.periods import parse_period
from tests.stats.builders import incident, money, place, proceeding, stage

pytestmark = pytest.mark.django_db

CATEGORIES = ["rights.attack", "rights.detention", "access.refusal", "access.blocking", "legal.criminal",
              "legal.civil", "legal.administrative", "legal.warning", "context.statement"]  # fmt: skip
ARTICLES = {"criminal": ["CC 130", "CC 131", "CC 274", "CC 174", "CC 405"], "administrative": ["AC 456-2", "AC 73-3"]}


def _random_record(seed: int) -> None:
    rnd = random.Random(seed)
    months = [f"2023-{m:02d}" for m in range(9, 13)] + [f"2024-{m:02d}" for m in range(1, 7)]
    for _ in range(160):
        month = rnd.choice(months)
        status = rnd.choice(["verified", "published", "verified", "draft", "rejected"])
        inc = incident(month, rnd.choice(CATEGORIES), status=status)
        if rnd.random() < 0.3:
            place(inc, rnd.choice(["astana", "shymkent", "almaty_city"]))
        if not inc.primary_category.code.startswith("legal.") or rnd.random() < 0.2:
            continue
        kind = {"legal.criminal": "criminal", "legal.civil": "civil"}.get(inc.primary_category.code, "administrative")
        start = inc.registered_month
        filed = None if rnd.random() < 0.2 else start + timedelta(days=rnd.randrange(28))
        arts = rnd.sample(ARTICLES.get(kind, ["CivC 143", "CivC 951"]), k=rnd.randint(0, 2))
        p = proceeding(inc, kind, filed, *arts, is_honor_claim=kind == "civil" and rnd.random() < 0.5)
        base = filed or start
        if rnd.random() < 0.5:
            stage(p, rnd.choice(["sent_to_court", "first_instance", "appeal", "investigation_opened"]),
                  base + timedelta(days=rnd.randrange(120)), favour=rnd.choice([True, False, None]))  # fmt: skip
        if kind == "civil":
            stage(p, "first_instance", base + timedelta(days=rnd.randrange(90)), favour=rnd.choice([True, False]))
            money(p, "claimed", rnd.randrange(1, 10**12), filed)
            for k in ("awarded", "recovered"):
                if rnd.random() < 0.4:
                    day = None if rnd.random() < 0.2 else base + timedelta(days=rnd.randrange(150))
                    money(p, k, rnd.randrange(1, 10**9), day)


@pytest.mark.parametrize("seed", [1, 2])
def test_sql_and_orm_paths_agree(db, seed):
    _random_record(seed)
    measures = {m.code: m for m in select_measures(None)}
    for label in ("2024-03", "2024-Q1", "2023-12-10..2024-02-20", "2024"):
        period = parse_period(label)
        scopes = ("period", "ytd", "previous", "previous_year")
        ranges = resolve_scopes(period, scopes)
        for f in compute(period, scopes=scopes):
            m = measures[f.measure]
            rows = Qs.unit_queryset(m, ranges[f.scope])
            unit = Qs.UNITS[m.kind]
            if unit.sum_field:
                expected = int(rows.aggregate(s=Sum(unit.sum_field))["s"] or 0)
            else:
                expected = rows.values("pk").distinct().count()
            assert f.value == expected, (label, f.measure, f.scope)


def test_random_record_is_not_trivial(db):
    _random_record(1)
    values = {(f.measure, f.scope): f.value for f in compute("2024", scopes=("period",))}
    assert values[("reports.total", "period")] > 20
    assert values[("legal.civil.claimed_kzt", "period")] > 10**11
    assert values[("legal.civil.recovered_kzt", "period")] > 0
    assert values[("legal.civil.decisions", "period")] > 0
    assert sum(v for (m, _), v in values.items() if m.startswith("legal.criminal.")) > 0
