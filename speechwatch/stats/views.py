"""Statistics pages: the public-safe statistics of a period, the editors' close-the-month page with
reconciliation, drafts and report generation (background jobs with a JSON progress endpoint), and the
download of rendered reports."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import get_language

from speechwatch.core import permissions
from speechwatch.incidents.querysets import stats_filters_for
from speechwatch.reports.fmt import value as fmt_value
from speechwatch.stats.periods import Period, parse_period


def _login_or_403(request: HttpRequest) -> HttpResponse | None:
    if not request.user.is_authenticated:
        return redirect(f"{reverse('login')}?next={request.get_full_path()}")
    if not permissions.can_publish(request.user):
        raise PermissionDenied
    return None


def incident_url(pk: int) -> str:
    try:
        return reverse("web:incident_detail", args=[pk])
    except NoReverseMatch:
        return reverse("admin:incidents_incident_change", args=[pk])


def _period_or_404(text: str) -> Period:
    try:
        return parse_period(text)
    except ValueError as exc:
        raise Http404(str(exc)) from None


def _figure_rows(period: Period, lang: str, filters: dict | None, with_links: bool) -> list[dict]:
    from speechwatch.reports.figures import ordered_codes
    from speechwatch.stats.engine import compute
    from speechwatch.stats.measures import by_code

    catalogue = by_code(lang)
    figures = compute(period, scopes=("period", "ytd"), filters=filters, with_ids=with_links)
    table: dict[str, dict] = {}
    for f in figures:
        row = table.setdefault(f.measure, {"measure": f.measure, "label": catalogue[f.measure].label,
                                           "money": catalogue[f.measure].is_money})
        row[f.scope] = fmt_value(f.value, f.measure, lang)
        if with_links and f.scope == "period":
            row["incidents"] = [(i, incident_url(i)) for i in f.incident_ids[:50]]
    rows = []
    for code in ordered_codes(_Order(list(table)), None):
        row = table[code]
        row["total"] = code.endswith(".total")
        row["depth"] = 0 if row["total"] else code.count(".") - 1
        rows.append(row)
    return rows


class _Order:
    """Just enough of a FigureSet for ordered_codes()."""

    def __init__(self, order: list[str]) -> None:
        self.order = order


def index(request: HttpRequest) -> HttpResponse:
    last = timezone.localdate().replace(day=1) - dt.timedelta(days=1)
    return redirect("stats:period", period=last.strftime("%Y-%m"))


def period_view(request: HttpRequest, period: str) -> HttpResponse:
    """Public-safe statistics: anonymous visitors get figures over published, non-confidential
    incidents only; signed-in staff see figures over every verified incident."""
    from speechwatch.stats.engine import compare, compute_breakdown
    from speechwatch.vocab.models import Region

    p = _period_or_404(period)
    lang = (get_language() or "en")[:2]
    filters = stats_filters_for(request.user)
    rows = _figure_rows(p, lang, filters, with_links=False)
    regions = {r.code: r.label_in(lang) for r in Region.objects.all()}
    by_region = [(regions.get(k, k), v) for k, v in compute_breakdown(p, "reports.total", by="region",
                                                                       filters=filters).items()]
    comparisons = [c for c in compare(p, measures=["reports.total", "rights.total", "access.total", "legal.total"],
                                      filters=filters)]
    labels = {r["measure"]: r["label"] for r in rows}
    return render(request, "stats/period.html", {
        "period": p, "rows": rows, "by_region": by_region, "public_only": filters is not None,
        "comparisons": [(labels.get(c.measure, c.measure), c.value, c.text(lang)) for c in comparisons],
        "can_close": permissions.can_publish(request.user) and p.kind == "month",
    })


def reconcile_view(request: HttpRequest, period: str) -> HttpResponse:
    denied = _login_or_403(request)
    if denied:
        return denied
    from speechwatch.stats.reconcile import reconcile

    p = _period_or_404(period)
    rows = [{"row": r, "incidents": [(i, incident_url(i)) for i in r.incident_ids[:100]]} for r in reconcile(p)]
    return render(request, "stats/reconcile.html", {"period": p, "recon": rows})


