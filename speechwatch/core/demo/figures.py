"""Published figures for March and April 2024, as an imaginary publisher would have printed them.

They are derived from the demo incidents by the methodology's counting rules (verified or published,
not follow-ups, counted under the primary category in the registration month), and then a few are
deliberately changed, the way real published figures differ from what the database computes, so that
reconciliation has something to show.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Sum

from speechwatch.incidents.models import Incident, MoneyAmount, Proceeding, PublishedFigure

PUBLISHER = "Example Monitoring Service (demo)"
# (month, measure, scope) -> amount added to the computed value in the published figure.
DELIBERATE = {
    (dt.date(2024, 3, 1), "reports.total", "period"): 3,
    (dt.date(2024, 3, 1), "access.refusal", "period"): -1,
    (dt.date(2024, 4, 1), "legal.civil.claimed_kzt", "ytd"): 5_000_000,
    (dt.date(2024, 4, 1), "rights.total", "period"): 2,
}


def _counted(start: dt.date, end: dt.date):
    return Incident.objects.filter(
        status__in=["verified", "published"], is_follow_up=False, registered_month__gte=start, registered_month__lte=end
    )


def _values(start: dt.date, end: dt.date) -> dict[str, int]:
    qs = _counted(start, end)
    values = {"reports.total": qs.filter(primary_category__group__counted=True).count()}
    for group in ("rights", "access", "legal"):
        values[f"{group}.total"] = qs.filter(primary_category__group__code=group).count()
    for code in ("rights.attack", "rights.obstruction", "access.refusal", "access.blocking", "legal.criminal",
                 "legal.civil", "legal.administrative"):  # fmt: skip
        values[code] = qs.filter(primary_category__code=code).count()
    month_end = (end.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    honor = Proceeding.objects.filter(kind="civil", is_honor_claim=True, filed_on__gte=start, filed_on__lte=month_end)
    values["legal.civil.honor"] = honor.count()
    values["legal.civil.claimed_kzt"] = (
        MoneyAmount.objects.filter(proceeding__in=honor, kind="claimed").aggregate(s=Sum("amount_kzt"))["s"] or 0
    )
    return values


def publish_figures() -> int:
    """Create the published figures for 2024-03 and 2024-04 (period and year to date)."""
    made = 0
    for month in (dt.date(2024, 3, 1), dt.date(2024, 4, 1)):
        end = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        for scope, start in (("period", month), ("ytd", dt.date(2024, 1, 1))):
            for measure, value in _values(start, month).items():
                if scope == "ytd" and measure not in {"reports.total", "legal.civil", "legal.civil.honor",
                                                      "legal.civil.claimed_kzt", "legal.criminal"}:  # fmt: skip
                    continue
                value += DELIBERATE.get((month, measure, scope), 0)
                words = f"{value:,} tenge" if measure.endswith("_kzt") else str(value)
                since = " since the beginning of the year" if scope == "ytd" else f" in {month:%B %Y}"
                PublishedFigure.objects.create(
                    publisher=PUBLISHER, measure=measure, scope=scope, value=value, period_start=start,
                    period_end=end, wording=f"{measure}: {words}{since}",
                )  # fmt: skip
                made += 1
    return made
