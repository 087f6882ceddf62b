"""The statistics engine: every measure of methodology §4 for any period, in two aggregate statements.

`compute` runs one GROUP BY over incidents for all report/group/category measures
(`aggregates.incident_values`) and one statement for every proceeding-based measure
(`legal_sql.legal_values`), each with one conditional COUNT or SUM per scope, so "period" and "ytd"
come out of the same scan. Incident and proceeding id lists are fetched only when asked
(`with_ids=True`, one ORM query per measure and scope through `queries.unit_queryset`), because for a
year over a million incidents they are large and only reconciliation needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from speechwatch.stats import aggregates as A
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
    catalogue = M.catalogue(lang, labels=lang is not None)
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
    statuses: Iterable[str] | None = None,
) -> list[Figure]:
    """Every selected measure for every scope of `period`, in catalogue order then scope order.

    `statuses` replaces the counted incident statuses (verified, published) for a what-if, e.g.
    ("draft", "verified", "published") for the figures as they would be if every draft were verified."""
    period = parse_period(period) if isinstance(period, str) else period
    ranges = resolve_scopes(period, scopes)
    selected = select_measures(measures)
    with Qs.counting_statuses(statuses):
        with A.fast_session():
            values = A.aggregate_values(selected, ranges, filters)
        figures = [
            Figure(m.code, scope, int(values.get((m.code, scope), 0)), period=p)
            for m in selected
            for scope, p in ranges.items()
        ]
        if with_ids:
            with A.fast_session():
                attach_ids(figures, selected, ranges, filters)
    return figures


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
