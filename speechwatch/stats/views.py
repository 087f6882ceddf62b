"""Statistics pages: the public statistics of a period on its official basis (every number a link),
with charts; the page of the incidents behind one figure; the public page of one published figure; the
editors' basis switch and reconciliation."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from speechwatch.core import permissions
from speechwatch.stats.periods import Period, date_range, parse_period


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
    """Computed figures as rows of `stats/_figures.html` (the close-the-month page of the reports app
    imports this; the public page uses `page.figure_rows` on the official basis)."""
    from speechwatch.reports.figures import ordered_codes
    from speechwatch.reports.fmt import value as fmt_value
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


def _lang() -> str:
    return (get_language() or "en")[:2]


def index(request: HttpRequest) -> HttpResponse:
    """/stats/: the period asked for in the form (?period=, or ?from=&to= dates or months), else the
    latest closed month with data."""
    from speechwatch.stats.page import default_period

    wanted = _period_from_query(request.GET)
    if wanted is not None:
        return redirect("stats:period", period=wanted.label)
    return redirect("stats:period", period=default_period(request.user).label)


def _period_from_query(query) -> Period | None:
    text = (query.get("period") or "").strip()
    if text:
        try:
            return parse_period(text)
        except ValueError:
            return None
    start, end = (query.get("from") or "").strip(), (query.get("to") or "").strip()
    if start and end:
        try:
            a = dt.date.fromisoformat(start if len(start) > 7 else f"{start}-01")
            b = parse_period(end).end if len(end) == 7 else dt.date.fromisoformat(end)
            return date_range(a, b) if a <= b else None
        except ValueError:
            return None
    return None


def period_view(request: HttpRequest, period: str) -> HttpResponse:
    """The statistics of a period on its official basis, as the reader may count them."""
    from speechwatch.stats.page import period_context

    p = _period_or_404(period)
    if p.label != period:
        return redirect("stats:period", period=p.label)
    return render(request, "stats/period.html", period_context(p, request.user, _lang()))


def behind_view(request: HttpRequest, period: str, measure: str) -> HttpResponse:
    """The incidents behind one computed figure (for measures the incident list cannot reproduce:
    charges, claims, decisions, money), restricted to what the reader may see and count."""
    from speechwatch.incidents.models import Incident
    from speechwatch.stats.engine import SCOPE_PERIODS, figure_ids, select_measures
    from speechwatch.stats.page import reader_filters

    p = _period_or_404(period)
    scope = request.GET.get("scope", "period")
    if scope not in SCOPE_PERIODS:
        raise Http404("unknown scope")
    try:
        m = select_measures([measure], _lang())[0]
    except ValueError:
        raise Http404("unknown measure") from None
    filters = dict(reader_filters(request.user) or {})
    narrow = {k: request.GET[k] for k in ("region", "perpetrator_kind") if request.GET.get(k)}
    if narrow.get("perpetrator_kind") not in (None, "state", "non_state"):
        raise Http404("unknown perpetrator kind")
    try:
        ids, procs = figure_ids(m, SCOPE_PERIODS[scope](p), {**filters, **narrow} or None)
    except ValueError:
        raise Http404("bad filter") from None
    rows = (
        Incident.objects.restrict(request.user).filter(pk__in=ids)
        .order_by("registered_month", "date", "pk").values_list("pk", "title", "registered_month", "date")
    )  # fmt: skip
    return render(request, "stats/behind.html", {
        "period": p, "scope": scope, "scope_period": SCOPE_PERIODS[scope](p), "measure": m,
        "rows": [(pk, title, reg, day, incident_url(pk)) for pk, title, reg, day in rows],
        "proceedings": len(procs), "narrow": narrow,
    })  # fmt: skip


def figure_view(request: HttpRequest, pk: int) -> HttpResponse:
    """One published figure: the value, the publisher's words and the document it came from."""
    from speechwatch.incidents.models import PublishedFigure, SourceDocument
    from speechwatch.stats.basis import document_title
    from speechwatch.stats.measures import by_code

    fig = get_object_or_404(PublishedFigure.objects.restrict(request.user).select_related("source_document"), pk=pk)
    doc = fig.source_document
    doc_url = None
    if doc and SourceDocument.objects.restrict(request.user).filter(pk=doc.pk).exists():
        doc_url = reverse("ingest:document", args=[doc.pk])
    m = by_code(_lang()).get(fig.measure)
    return render(request, "stats/figure.html", {
        "figure": fig, "label": m.label if m else fig.measure, "period": date_range(fig.period_start, fig.period_end),
        "doc": doc, "doc_title": document_title(doc) if doc else "", "doc_url": doc_url,
    })  # fmt: skip


@require_POST
def basis_view(request: HttpRequest, period: str) -> HttpResponse:
    """Editors choose the official basis of a period (logged with who and when)."""
    denied = _login_or_403(request)
    if denied:
        return denied
    from speechwatch.stats.basis import BASES, set_basis

    p = _period_or_404(period)
    basis = request.POST.get("basis", "")
    if basis not in BASES:
        messages.error(request, _("Choose computed or published."))
    else:
        try:
            set_basis(p, basis, user=request.user, note=request.POST.get("note", "")[:2000], via="web")
            messages.success(request, _("The official basis of %(period)s is now: %(basis)s.")
                             % {"period": p.label, "basis": basis})  # fmt: skip
        except ValueError as exc:
            messages.error(request, str(exc))
    return redirect("stats:period", period=p.label)


def reconcile_view(request: HttpRequest, period: str) -> HttpResponse:
    denied = _login_or_403(request)
    if denied:
        return denied
    from speechwatch.stats.reconcile import reconcile

    p = _period_or_404(period)
    rows = []
    for r in reconcile(p):
        doc_url = reverse("ingest:document", args=[r.source_document_id]) if r.source_document_id else None
        rows.append({"row": r, "doc_url": doc_url, "incidents": [(i, incident_url(i)) for i in r.incident_ids[:100]]})
    return render(request, "stats/reconcile.html", {"period": p, "recon": rows})
