"""Published figures for March and April 2024, as an imaginary publisher would have printed them.

They are the statistics engine's figures for the demo incidents (the methodology's counting rules), and
then a few are
deliberately changed, the way real published figures differ from what the database computes, so that
reconciliation has something to show.
"""

from __future__ import annotations

import datetime as dt

from speechwatch.incidents.models import PublishedFigure

PUBLISHER = "Open Steppe Media Monitor (demo)"
# (month, measure, scope) -> amount added to the computed value in the published figure.
DELIBERATE = {
    (dt.date(2024, 3, 1), "reports.total", "period"): 3,
    (dt.date(2024, 3, 1), "access.refusal", "period"): -1,
    (dt.date(2024, 4, 1), "legal.civil.claimed_kzt", "ytd"): 5_000_000,
    (dt.date(2024, 4, 1), "rights.total", "period"): 2,
}


PUBLISHED_MEASURES = {
    "period": ["reports.total", "rights.total", "access.total", "legal.total", "rights.attack", "rights.obstruction",
               "access.refusal", "access.blocking", "legal.criminal", "legal.civil", "legal.administrative",
               "legal.civil.honor", "legal.civil.claimed_kzt"],
    "ytd": ["reports.total", "legal.civil", "legal.civil.honor", "legal.civil.claimed_kzt", "legal.criminal"],
}  # fmt: skip


def _values(month: dt.date) -> dict[tuple[str, str], int]:
    """The statistics engine's own figures, so the demo's publisher counts by the same rules."""
    from speechwatch.stats.engine import compute
    from speechwatch.stats.periods import parse_period

    period = parse_period(f"{month:%Y-%m}")
    return {
        (f.measure, f.scope): f.value
        for scope, measures in PUBLISHED_MEASURES.items()
        for f in compute(period, measures=measures, scopes=(scope,))
    }


def publish_figures() -> int:
    """Create the published figures for 2024-03 and 2024-04 (period and year to date)."""
    made = 0
    for month in (dt.date(2024, 3, 1), dt.date(2024, 4, 1)):
        end = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        for (measure, scope), value in _values(month).items():
            start = month if scope == "period" else dt.date(month.year, 1, 1)
            value += DELIBERATE.get((month, measure, scope), 0)
            words = f"{value:,} tenge" if measure.endswith("_kzt") else str(value)
            since = " since the beginning of the year" if scope == "ytd" else f" in {month:%B %Y}"
            PublishedFigure.objects.create(
                publisher=PUBLISHER, measure=measure, scope=scope, value=value, period_start=start,
                period_end=end, wording=f"{measure}: {words}{since}",
            )  # fmt: skip
            made += 1
    return made
