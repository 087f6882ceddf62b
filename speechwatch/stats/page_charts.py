"""The charts of the public statistics page, each with the table of its numbers.

Every chart is computed from the records the reader may count (`filters`), whatever the period's
official basis: published reports give totals, not monthly or regional series. The page says so when
the basis is the published one. A chart is a `ChartSpec` drawn as SVG on the server
(`stats.charts.to_svg`), plus the same numbers as rows for the data table beside it, so a screen
reader or a copy-paste gets the numbers without reading the picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from speechwatch.stats.charts import ChartSpec
from speechwatch.stats.periods import Period, add_months, date_range, month_end

MAX_TREND_MONTHS = 36


@dataclass
class Chart:
    """A chart spec with its data table (`columns` then `rows` of [label, value, ...])."""

    spec: ChartSpec
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    links: list[str | None] = field(default_factory=list)  # one URL per row (the incidents behind it), or None

    @property
    def key(self) -> str:
        return self.spec.key


def trend_span(p: Period) -> Period:
    """The months a trend chart covers: the period's own months, or the 12 months ending with a single
    month (one bar says nothing about a trend); never more than MAX_TREND_MONTHS."""
    months = p.months()
    if len(months) == 1:
        return date_range(add_months(months[0], -11), month_end(months[0]))
    if len(months) > MAX_TREND_MONTHS:
        return date_range(months[-MAX_TREND_MONTHS], p.end)
    return p


def _month_keys(span: Period) -> list[str]:
    return [f"{m.year:04d}-{m.month:02d}" for m in span.months()]


def _monthly_counts(span: Period, key: str, codes: list[str], filters: dict | None) -> dict[tuple[str, str], int]:
    """{(YYYY-MM, code): reports} per registration month, grouped by `key` (the primary category's
    group code or its own code): one GROUP BY with the engine's conditions for report counts
    (`queries.base_q`: confirmed, not a follow-up, primary category only)."""
    from django.db.models import Count

    from speechwatch.incidents.models import Incident
    from speechwatch.stats import queries as Qs
    from speechwatch.stats.aggregates import fast_session

    counts: dict[tuple[str, str], int] = {}
    with fast_session():
        rows = (
            Incident.objects.filter(Qs.month_range_q(span, "registered_month"))
            .filter(status__in=Qs.counted_statuses(), is_follow_up=False, **{f"{key}__in": codes})
            .filter(Qs.incident_filter_q(filters, Qs.UNITS["incidents"]))
            .values_list("registered_month", key)
            .annotate(n=Count("id"))
            .order_by()
        )
        for month_day, code, n in rows:
            counts[(f"{month_day.year:04d}-{month_day.month:02d}", code)] = int(n)
    return counts


def _trend_chart(key: str, title: str, keys: list[str], series: list[tuple[str, list[int]]]) -> Chart:
    spec = ChartSpec("line" if len(keys) > 1 else "bar", title, keys, series, width=640,
                     height=300 + 16 * len(series), key=key)  # fmt: skip
    rows = [[k, *(vals[i] for _n, vals in series)] for i, k in enumerate(keys)]
    return Chart(spec, [_("Month"), *(n for n, _v in series)], rows)


def group_trend(p: Period, groups: list[tuple[str, str]], filters: dict | None) -> Chart | None:
    """Reports per registration month for each counted group (`groups`: [(measure code, label)])."""
    if not groups:
        return None
    span = trend_span(p)
    keys = _month_keys(span)
    codes = {code.removesuffix(".total"): code for code, _label in groups}
    counts = _monthly_counts(span, "primary_category__group__code", list(codes), filters)
    series = [(label, [counts.get((k, group), 0) for k in keys]) for group, (_c, label) in zip(codes, groups,
                                                                                             strict=True)]  # fmt: skip
    return _trend_chart("trend_groups", _("Reports per month by group"), keys, series)


def category_trend(p: Period, categories: list[tuple[str, str]], filters: dict | None, top: int = 5) -> Chart | None:
    """Reports per registration month for the `top` categories with the most reports in the span."""
    if not categories:
        return None
    span = trend_span(p)
    keys = _month_keys(span)
    counts = _monthly_counts(span, "primary_category__code", [c for c, _l in categories], filters)
    totals = {c: sum(counts.get((k, c), 0) for k in keys) for c, _l in categories}
    chosen = [(c, label) for c, label in sorted(categories, key=lambda cl: -totals[cl[0]]) if totals[c]][:top]
    if not chosen:
        return None
    series = [(label, [counts.get((k, c), 0) for k in keys]) for c, label in chosen]
    return _trend_chart("trend_categories", _("Reports per month: the most frequent categories"), keys, series)


def category_bars(items: list[tuple[str, str, int, str | None]]) -> Chart | None:
    """Reports by category in the period: items are (code, label, value, link)."""
    items = [i for i in items if i[2]]
    if not items:
        return None
    labels = [label for _c, label, _v, _u in items]
    series = [("", [v for _c, _l, v, _u in items])]
    spec = ChartSpec("hbar", _("Reports by category"), labels, series, height=44 + 22 * len(items), key="by_category")
    return Chart(spec, [_("Category"), _("Reports")], [[label, v] for _c, label, v, _u in items],
                 [u for *_rest, u in items])  # fmt: skip


def breakdown_bars(key: str, title: str, column: str, data: dict[str, int], names: dict[str, str],
                   links: dict[str, str] | None = None, limit: int = 20) -> Chart | None:  # fmt: skip
    """One measure broken down by a key (region, perpetrator kind) as horizontal bars."""
    items = [(k, v) for k, v in data.items() if v][:limit]
    if not items:
        return None
    labels = [names.get(k, k) for k, _v in items]
    spec = ChartSpec("hbar", title, labels, [("", [v for _k, v in items])], height=44 + 22 * len(items), key=key)
    links = links or {}
    return Chart(spec, [column, _("Reports")], [[lab, v] for lab, (_k, v) in zip(labels, items, strict=True)],
                 [links.get(k) for k, _v in items])  # fmt: skip


def money_trend(p: Period, filters: dict | None) -> Chart | None:
    """Moral damages claimed and amounts recovered per month (exact tenge in the table)."""
    from speechwatch.stats.breakdowns import compute_breakdown

    span = trend_span(p)
    keys = _month_keys(span)
    claimed = compute_breakdown(span, "legal.civil.claimed_kzt", by="month", filters=filters)
    recovered = compute_breakdown(span, "legal.civil.recovered_kzt", by="month", filters=filters)
    series = [(_("Claimed, KZT"), [int(claimed.get(k, 0)) for k in keys]),
              (_("Recovered, KZT"), [int(recovered.get(k, 0)) for k in keys])]  # fmt: skip
    if not any(v for _n, vals in series for v in vals):
        return None
    spec = ChartSpec("bar", _("Moral damages claimed and amounts recovered"), keys, series, unit="KZT",
                     width=640, height=320, key="money")  # fmt: skip
    rows = [[k, series[0][1][i], series[1][1][i]] for i, k in enumerate(keys)]
    return Chart(spec, [_("Month"), series[0][0], series[1][0]], rows)
