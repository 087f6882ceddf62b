"""Running the engine's aggregate statements: the incident GROUP BY here, the proceeding-based
measures in `legal_sql`, all inside one transaction tuned for short aggregates (`fast_session`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import reduce
from operator import or_

from django.db import connection, transaction
from django.db.models import Count, Q

from speechwatch.incidents.models import Incident
from speechwatch.stats import legal_sql
from speechwatch.stats import measures as M
from speechwatch.stats import queries as Qs
from speechwatch.stats.periods import Period

Values = dict[tuple[str, str], int]
# see fast_session
SESSION_SETTINGS = ("jit = off", "random_page_cost = 1.1", "max_parallel_workers_per_gather = 0")


@contextmanager
def fast_session() -> Iterator[None]:
    """Run the statistics queries in one transaction with PostgreSQL planner settings for short
    aggregates over index ranges (SET LOCAL: nothing outlives the transaction):

    - jit off: the cost model exceeds jit_above_cost for these queries and then spends 40-100 ms
      compiling code it runs once;
    - random_page_cost 1.1 (SSD) instead of the spinning-disk default 4, so index probes by id are
      preferred to hashing whole tables;
    - no parallel workers: the queries take tens of milliseconds, worker start-up costs more."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cur:
                for setting in SESSION_SETTINGS:
                    cur.execute(f"SET LOCAL {setting}")
        yield


def hull(ranges: dict[str, Period]) -> Period:
    """The smallest period holding every scope (for index-friendly prefilters)."""
    start = min(p.start for p in ranges.values())
    end = max(p.end for p in ranges.values())
    return Period(start, end, "range", f"{start.isoformat()}..{end.isoformat()}")


def any_range(ranges: dict[str, Period], cond: Callable[[Period], Q]) -> Q:
    return reduce(or_, (cond(p) for p in ranges.values()))


def aggregate_values(selected: list[M.Measure], ranges: dict[str, Period], filters) -> Values:
    values: Values = {}
    incident = [m for m in selected if m.kind == M.INCIDENTS]
    if incident:
        values.update(incident_values(incident, ranges, filters))
    legal = [m for m in selected if m.kind in legal_sql.LEGAL_KINDS]
    if legal:
        values.update(legal_sql.legal_values(legal, ranges, filters, hull(ranges)))
    return values


def incident_values(selected: list[M.Measure], ranges, filters) -> Values:
    """One GROUP BY primary category with a conditional count per scope."""
    from speechwatch.vocab.models import Category

    codes = sorted({c for m in selected for c in m.categories})
    cat_ids = dict(Category.objects.filter(code__in=codes).values_list("pk", "code"))
    measure = M.Measure("reports.total", M.INCIDENTS, "", categories=tuple(codes))

    def cond(p: Period) -> Q:
        return Qs.month_range_q(p, "registered_month")

    rows = (
        Incident.objects.filter(Qs.prefilter_q(measure, hull(ranges)))
        .filter(Q(status__in=Qs.counted_statuses(), is_follow_up=False))
        .filter(Qs.incident_filter_q(filters, Qs.UNITS[M.INCIDENTS]))
        .filter(any_range(ranges, cond))
        .values("primary_category_id")
        # a column of the index, and no category list: the counted-incidents index covers the whole query
        .annotate(**{f"s{i}": Count("registered_month", filter=cond(p)) for i, p in enumerate(ranges.values())})
        .order_by()
    )
    per_cat: dict[str, list[int]] = {}
    for row in rows:
        if row["primary_category_id"] in cat_ids:
            per_cat[cat_ids[row["primary_category_id"]]] = [row[f"s{i}"] for i in range(len(ranges))]
    zero = [0] * len(ranges)
    return {
        (m.code, scope): sum(per_cat.get(c, zero)[i] for c in m.categories)
        for m in selected
        for i, scope in enumerate(ranges)
    }
