"""The aggregate queries behind `engine.compute`: five statements for all measures and scopes.

1. incidents: one GROUP BY primary category, a conditional COUNT per scope (every report, group and
   category measure is a sum of these per-category counts);
2. proceedings: one pass over the proceedings filed in the scopes' hull, with COUNT(DISTINCT) per
   measure and scope for "in court", honor claims and every legal-basis measure (the LEFT JOIN to
   legal bases can repeat a proceeding, DISTINCT counts it once);
3. judicial acts on honor claims (decisions and those in favour of the media), by stage date;
4. damages claimed, over the honor claims filed in the scopes (a semi-join, so it is driven by the
   proceedings in range, not by every claim ever made);
5. amounts recovered, by the amount's date.

Each query carries a prefilter on the driving table's own columns (`queries.prefilter_q`) so that the
database can range-scan an index; the exact per-scope rules stay in the FILTER/CASE conditions.
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
    """Run the statistics queries in one transaction with PostgreSQL's JIT compiler off.

    These are short aggregates over index ranges; PostgreSQL's cost model often exceeds
    jit_above_cost for them and then spends 40-100 ms per query compiling code it runs once. SET LOCAL
    confines the change to this transaction."""
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
        .filter(Q(status__in=Qs.COUNTED_STATUSES, is_follow_up=False))
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
