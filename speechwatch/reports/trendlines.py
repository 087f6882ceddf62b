"""Comparison and trend sentences for a report: group totals against the previous period and the same
period a year earlier (speechwatch.stats.compare words them), plus the categories flagged as running
at twice their recent monthly mean."""

from __future__ import annotations

from django.utils.translation import gettext as _

from speechwatch.reports.figures import FigureSet
from speechwatch.stats.periods import Period

HEADLINE = ("reports.total", "rights.total", "access.total", "legal.total")


def comparison_lines(period: Period, fs: FigureSet, lang: str) -> list[str]:
    from speechwatch.stats.engine import compare, trends

    wanted = [c for c in HEADLINE if c in fs.labels]
    lines = []
    comparisons = compare(period, measures=wanted)
    for against in ("previous", "previous_year"):
        for c in comparisons:
            if c.against == against and (c.value or c.against_value):
                lines.append(f"{fs.label(c.measure)}: {c.value} — {c.text(lang)}")
    for t in trends(period):
        lines.append(_("Sharp increase: %(label)s — %(text)s") % {"label": fs.label(t.measure), "text": t.text(lang)})
    return lines


def trend_codes(period: Period) -> set[str]:
    from speechwatch.stats.engine import trends

    return {t.measure for t in trends(period)}
