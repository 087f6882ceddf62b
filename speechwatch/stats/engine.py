"""The statistics engine: every measure of methodology §4 for any period, in a handful of aggregate
queries.

`compute` issues one GROUP BY over incidents for all report/group/category measures, one over legal
bases for the article-mapped measures, and one conditional aggregate for each remaining proceeding
measure (in court, honor claims, decisions, money) — about eight queries whatever the period, each
with one conditional COUNT or SUM per scope, so "period" and "ytd" come out of the same scan. Incident
and proceeding id lists are fetched only when asked (`with_ids=True`), because for a year over a
million incidents they are large and only reconciliation needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from typing import Any

from django.db.models import Count, Q, Sum

from speechwatch.incidents.models import Incident
from speechwatch.incidents.models import ProceedingBasis as Basis
from speechwatch.stats import measures as M
from speechwatch.stats import queries as Qs
from speechwatch.stats.periods import Period, parse_period, previous, same_period_last_year, ytd

SCOPE_PERIODS: dict[str, Callable[[Period], Period]] = {
    "period": lambda p: p,
    "ytd": ytd,
    "previous": previous,
    "previous_year": same_period_last_year,
}


@dataclass
class Figure:
    """One computed triple (measure, scope, value) and, when asked for, the records behind it."""

    measure: str
    scope: str
    value: int
    incident_ids: list[int] = field(default_factory=list)
    proceeding_ids: list[int] = field(default_factory=list)
    period: Period | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"measure": self.measure, "scope": self.scope, "value": self.value}


def resolve_scopes(period: Period, scopes: Iterable[str]) -> dict[str, Period]:
    out = {}
    for s in scopes:
        if s not in SCOPE_PERIODS:
            raise ValueError(f"unknown scope {s!r}; known scopes: {', '.join(SCOPE_PERIODS)}")
        out[s] = SCOPE_PERIODS[s](period)
    return out


def select_measures(codes: Iterable[str] | None, lang: str | None = None) -> list[M.Measure]:
    catalogue = M.catalogue(lang)
    if codes is None:
        return catalogue
    known = {m.code: m for m in catalogue}
    wanted = list(codes)
    missing = [c for c in wanted if c not in known]
    if missing:
        raise ValueError(f"unknown measure(s): {', '.join(missing)}; known: {', '.join(known)}")
    return [known[c] for c in wanted]


def compute(
    period: Period | str,
    *,
    measures: list[str] | None = None,
    scopes: Iterable[str] = ("period", "ytd"),
    filters: dict[str, Any] | None = None,
    with_ids: bool = False,
) -> list[Figure]:
    """Every selected measure for every scope of `period`, in catalogue order then scope order."""
    period = parse_period(period) if isinstance(period, str) else period
    ranges = resolve_scopes(period, scopes)
    selected = select_measures(measures)
    values: dict[tuple[str, str], int] = {}
    incident_measures = [m for m in selected if m.kind == M.INCIDENTS]
    if incident_measures:
        values.update(_incident_values(incident_measures, ranges, filters))
    basis_measures = [m for m in selected if m.kind == M.BASIS]
    if basis_measures:
        values.update(_basis_values(basis_measures, ranges, filters))
    for m in selected:
        if m.kind not in (M.INCIDENTS, M.BASIS):
            values.update(_unit_values(m, ranges, filters))
    figures = [
        Figure(m.code, scope, int(values.get((m.code, scope), 0)), period=p)
        for m in selected
        for scope, p in ranges.items()
    ]
    if with_ids:
        attach_ids(figures, selected, ranges, filters)
    return figures


def _scope_aggregates(ranges: dict[str, Period], cond: Callable[[Period], Q], agg: Callable[[Q], Any]) -> dict:
    return {f"s{i}": agg(cond(p)) for i, p in enumerate(ranges.values())}


def _any_range(ranges: dict[str, Period], cond: Callable[[Period], Q]) -> Q:
    return reduce(or_, (cond(p) for p in ranges.values()))


def _incident_values(selected: list[M.Measure], ranges, filters) -> dict[tuple[str, str], int]:
    """One GROUP BY primary category with a conditional count per scope."""
    from speechwatch.vocab.models import Category

    codes = sorted({c for m in selected for c in m.categories})
    cat_ids = dict(Category.objects.filter(code__in=codes).values_list("pk", "code"))
    measure = M.Measure("reports.total", M.INCIDENTS, "", categories=tuple(codes))

    def cond(p: Period) -> Q:
        return Qs.month_range_q(p, "registered_month")

    rows = (
        Incident.objects.filter(
            Qs.base_q(measure, list(cat_ids)) & Qs.incident_filter_q(filters, Qs.UNITS[M.INCIDENTS])
        )
        .filter(_any_range(ranges, cond))
        .values("primary_category_id")
        .annotate(**_scope_aggregates(ranges, cond, lambda q: Count("pk", filter=q)))
        .order_by()
    )
    per_cat: dict[str, list[int]] = {}
    for row in rows:
        per_cat[cat_ids[row["primary_category_id"]]] = [row[f"s{i}"] for i in range(len(ranges))]
    out = {}
    for m in selected:
        for i, scope in enumerate(ranges):
            out[(m.code, scope)] = sum(per_cat.get(c, [0] * len(ranges))[i] for c in m.categories)
    return out


def _basis_values(selected: list[M.Measure], ranges, filters) -> dict[tuple[str, str], int]:
    """Proceedings per legal-basis measure: one GROUP BY article measure, distinct proceedings."""
    unit = Qs.Unit(Basis, "proceeding__incident__")

    def cond(p: Period) -> Q:
        return Qs.filed_q(p, "proceeding__")

    rows = (
        Basis.objects.filter(
            proceeding__incident__status__in=Qs.COUNTED_STATUSES,
            article__measure__in=[m.code for m in selected],
        )
        .filter(Qs.incident_filter_q(filters, unit))
        .filter(_any_range(ranges, cond))
        .values("article__measure")
        .annotate(**_scope_aggregates(ranges, cond, lambda q: Count("proceeding_id", filter=q, distinct=True)))
        .order_by()
    )
    out = {}
    for row in rows:
        for i, scope in enumerate(ranges):
            out[(row["article__measure"], scope)] = row[f"s{i}"]
    return out


def _unit_values(measure: M.Measure, ranges, filters) -> dict[tuple[str, str], int]:
    """One conditional aggregate over a measure's unit rows, one COUNT or SUM per scope."""
    unit = Qs.UNITS[measure.kind]
    qs = unit.model.objects.all()
    if measure.kind == M.RECOVERED:
        qs = qs.annotate(when=Qs.recovered_date())

    def cond(p: Period) -> Q:
        return Qs.range_q(measure, p)

    def agg(q: Q):
        return Sum(unit.sum_field, filter=q) if unit.sum_field else Count("pk", filter=q)

    result = (
        qs.filter(Qs.base_q(measure) & Qs.incident_filter_q(filters, unit))
        .filter(_any_range(ranges, cond))
        .aggregate(**_scope_aggregates(ranges, cond, agg))
    )
    # SUM(bigint) is numeric on PostgreSQL (a Decimal): int() keeps it exact, never a float.
    return {(measure.code, scope): int(result[f"s{i}"] or 0) for i, scope in enumerate(ranges)}


def attach_ids(figures: list[Figure], selected: list[M.Measure], ranges, filters) -> None:
    """Fill `incident_ids` and `proceeding_ids` of each figure (one query per measure and scope)."""
    by_code = {m.code: m for m in selected}
    for f in figures:
        f.incident_ids, f.proceeding_ids = figure_ids(by_code[f.measure], ranges[f.scope], filters)


def figure_ids(measure: M.Measure | str, p: Period, filters: dict | None = None) -> tuple[list[int], list[int]]:
    """The incidents and proceedings behind one measure in one period, sorted."""
    if isinstance(measure, str):
        measure = select_measures([measure])[0]
    unit = Qs.UNITS[measure.kind]
    qs = Qs.unit_queryset(measure, p, filters)
    inc = sorted({i for i in qs.values_list(unit.incident_id, flat=True) if i is not None})
    procs: list[int] = []
    if unit.proceeding_id:
        procs = sorted(set(qs.values_list(unit.proceeding_id, flat=True)))
    return inc, procs


def values_by_measure(figures: Iterable[Figure]) -> dict[str, dict[str, int]]:
    """{measure: {scope: value}} for templates and report writers."""
    out: dict[str, dict[str, int]] = {}
    for f in figures:
        out.setdefault(f.measure, {})[f.scope] = f.value
    return out


# Re-exported so callers need only `from speechwatch.stats.engine import ...`.
from speechwatch.stats.breakdowns import BREAKDOWNS, compute_breakdown  # noqa: E402
from speechwatch.stats.compare import Comparison, Trend, compare, trends  # noqa: E402

__all__ = [
    "BREAKDOWNS",
    "Comparison",
    "Figure",
    "Trend",
    "compare",
    "compute",
    "compute_breakdown",
    "figure_ids",
    "trends",
    "values_by_measure",
]
