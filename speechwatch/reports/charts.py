"""Chart specs for reports, filled from the engine's breakdowns (month, region, perpetrator kind,
money claimed versus recovered). Drawing is speechwatch.stats.charts' job."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from speechwatch.reports.fmt import month_short
from speechwatch.stats.charts import ChartSpec
from speechwatch.stats.periods import Period, add_months, ytd

GROUP_TOTALS = ("rights.total", "access.total", "legal.total")


def _months(p: Period) -> list[dt.date]:
    return p.months()


def _labels(fs_labels: dict[str, str], code: str) -> str:
    return fs_labels.get(code, code)


def month_by_group_chart(period: Period, lang: str, labels: dict[str, str] | None = None) -> ChartSpec | None:
    """Reports per month for each counted group, January to the end of the period."""
    from speechwatch.stats.engine import compute_breakdown
    from speechwatch.stats.measures import by_code

    span = ytd(period) if period.kind != "year" else period
    months = _months(span)
    names = labels or {c: m.label for c, m in by_code(lang).items()}
    series = []
    for code in GROUP_TOTALS:
        if code not in names:
            continue
        data = compute_breakdown(span, code, by="month")
        series.append((_short_group(code, names), [int(data.get(f"{m.year:04d}-{m.month:02d}", 0)) for m in months]))
    if not series or not any(v for _, vals in series for v in vals):
        return None
    return ChartSpec("bar", _("Reports per month by group"), [month_short(m, lang) for m in months], series,
                     key="month_by_group")


def _short_group(code: str, names: dict[str, str]) -> str:
    short = {"rights.total": _("Rights of journalists and media"), "access.total": _("Access to information"),
             "legal.total": _("Legal claims")}
    return str(short.get(code, names.get(code, code)))


def region_chart(period: Period, lang: str, limit: int = 12) -> ChartSpec | None:
    from speechwatch.stats.engine import compute_breakdown
    from speechwatch.vocab.models import Region

    data = compute_breakdown(period, "reports.total", by="region")
    if not data:
        return None
    regions = {r.code: r.label_in(lang) for r in Region.objects.filter(code__in=list(data))}
    items = list(data.items())[:limit]
    cats = [regions.get(k, _("Region not known") if k == "unknown" else k) for k, _v in items]
    return ChartSpec("hbar", _("Reports by region"), cats, [("", [v for _k, v in items])],
                     height=40 + 22 * len(items), key="by_region")


def perpetrator_chart(period: Period, lang: str) -> ChartSpec | None:
    from speechwatch.stats.engine import compute_breakdown

    data = compute_breakdown(period, "reports.total", by="perpetrator_kind")
    if not data:
        return None
    names = {"state": _("State bodies and officials"), "non_state": _("Non-state actors"),
             "unknown": _("Not identified")}
    items = list(data.items())
    return ChartSpec("hbar", _("Reports by kind of perpetrator"), [str(names.get(k, k)) for k, _v in items],
                     [("", [v for _k, v in items])], height=40 + 26 * len(items), key="by_perpetrator")


def money_chart(period: Period, lang: str) -> ChartSpec | None:
    """Moral damages claimed versus amounts recovered, month by month (exact KZT in the data)."""
    from speechwatch.stats.engine import compute_breakdown

    span = ytd(period) if period.kind != "year" else period
    months = _months(span)
    claimed = compute_breakdown(span, "legal.civil.claimed_kzt", by="month")
    recovered = compute_breakdown(span, "legal.civil.recovered_kzt", by="month")
    if not any(claimed.values()) and not any(recovered.values()):
        return None

    def row(data):
        return [int(data.get(f"{m.year:04d}-{m.month:02d}", 0)) for m in months]

    return ChartSpec("bar", _("Moral damages claimed and amounts recovered, KZT"),
                     [month_short(m, lang) for m in months],
                     [(_("Claimed"), row(claimed)), (_("Recovered"), row(recovered))], unit="KZT", key="money")


def previous_month(period: Period) -> dt.date:
    return add_months(period.first_month, -1)
