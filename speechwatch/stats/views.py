"""Statistics pages: the public-safe statistics of a period, the editors' close-the-month page with
reconciliation, drafts and report generation (background jobs with a JSON progress endpoint), and the
download of rendered reports."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from speechwatch.core import permissions
from speechwatch.core.models import Job
from speechwatch.incidents.querysets import stats_filters_for
from speechwatch.stats.models import LANGS, RenderedReport, ReportText
from speechwatch.stats.periods import Period, parse_period
from speechwatch.stats.reports import FORMATS
from speechwatch.stats.reports.fmt import value as fmt_value
from speechwatch.stats.reports.texts import DEFAULTS, KEY_LABELS, KEYS, get_text


def _editor_required(request: HttpRequest) -> None:
    if not request.user.is_authenticated:
        raise PermissionDenied
    if not permissions.can_publish(request.user):
        raise PermissionDenied


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
    from speechwatch.stats.engine import compute
    from speechwatch.stats.measures import by_code
    from speechwatch.stats.reports.figures import ordered_codes

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


def close_month(request: HttpRequest, month: str) -> HttpResponse:
    denied = _login_or_403(request)
    if denied:
        return denied
    from speechwatch.incidents.models import Incident
    from speechwatch.stats.engine import compare, trends
    from speechwatch.stats.reconcile import reconcile

    p = _period_or_404(month)
    lang = (get_language() or "en")[:2]
    rows = _figure_rows(p, lang, None, with_links=True)
    labels = {r["measure"]: r["label"] for r in rows}
    recon = []
    for r in reconcile(p):
        recon.append({"row": r, "label": labels.get(r.measure, r.measure),
                      "incidents": [(i, incident_url(i)) for i in r.incident_ids[:50]]})
    drafts = (Incident.objects.restrict(request.user).filter(status="draft", registered_month=p.start)
              .select_related("primary_category").order_by("primary_category__code", "date"))
    comparisons = compare(p, measures=["reports.total", "rights.total", "access.total", "legal.total"])
    return render(request, "stats/close.html", {
        "period": p,
        "month": month,
        "rows": rows,
        "recon": recon,
        "drafts": [(d, incident_url(d.pk)) for d in drafts],
        "draft_count": drafts.count(),
        "unverified_elsewhere": Incident.objects.filter(status="draft", registered_month__lt=p.start,
                                                        registered_month__year=p.start.year).count(),
        "comparisons": [(labels.get(c.measure, c.measure), c) for c in comparisons if c.value or c.against_value],
        "trends": [(labels.get(t.measure, t.measure), t.text(lang)) for t in trends(p)],
        "langs": LANGS,
        "formats": FORMATS,
        "kinds": [("monthly", _("Monthly report"), month), ("annual", _("Annual report"), str(p.start.year))],
        "rendered": RenderedReport.objects.filter(period__in=[month, str(p.start.year)])[:12],
        "lang_now": lang,
    })


def preview(request: HttpRequest, month: str) -> HttpResponse:
    """The month's (or its year's) report as HTML, rendered on the spot: HTML takes a fraction of a
    second, so editors can read the report before queueing the slow formats."""
    denied = _login_or_403(request)
    if denied:
        return denied
    from speechwatch.stats.reports import build
    from speechwatch.stats.reports.render_html import render_html

    p = _period_or_404(month)
    kind = request.GET.get("kind", "monthly")
    lang = request.GET.get("lang", (get_language() or "en")[:2])
    if kind not in ("monthly", "annual") or lang not in dict(LANGS):
        raise Http404
    doc = build(kind, month if kind == "monthly" else str(p.start.year), lang=lang)
    return HttpResponse(render_html(doc), content_type="text/html; charset=utf-8")


@require_POST
def render_start(request: HttpRequest) -> HttpResponse:
    _editor_required(request)
    from django.conf import settings

    from speechwatch.core.jobs import enqueue
    from speechwatch.stats.job_handlers import validate_params

    params = {k: request.POST.get(k, "") for k in ("kind", "period", "lang", "format")}
    try:
        validate_params(params)
        if params["kind"] != "briefing":
            parse_period(params["period"])
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    mode = getattr(settings, "SPEECHWATCH_REPORT_JOB_MODE", "auto")
    job = enqueue("render_report", params, request.user, mode=mode)
    status_url = reverse("stats:job_status", args=[job.pk])
    if request.headers.get("accept", "").startswith("application/json"):
        return JsonResponse({"job": job.pk, "status_url": status_url}, status=202)
    messages.info(request, _("Rendering started (job %(id)s).") % {"id": job.pk})
    back = request.POST.get("next") or ""
    safe = url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=False)
    # "//elsewhere.example" starts with "/" too: only a path on this site is followed
    return redirect(back if safe and back.startswith("/") and not back.startswith("//") else reverse("stats:index"))


def job_status(request: HttpRequest, job_id: int) -> JsonResponse:
    _editor_required(request)
    job = get_object_or_404(Job, pk=job_id, kind="render_report")
    out = {"job": job.pk, "status": job.status, "percent": job.percent, "message": job.message,
           "download_url": "", "filename": ""}
    if job.status == Job.Status.DONE:
        out["download_url"] = job.result.get("download_url", "")
        out["filename"] = job.result.get("filename", "")
        out["seconds"] = job.result.get("seconds")
    elif job.status == Job.Status.FAILED:
        out["error"] = job.error.splitlines()[0] if job.error else "failed"
    return JsonResponse(out)


def download(request: HttpRequest, report_id: int) -> FileResponse:
    _editor_required(request)
    report = get_object_or_404(RenderedReport, pk=report_id)
    try:
        handle = report.file.open("rb")
    except FileNotFoundError:
        raise Http404(_("The file of this report is no longer stored.")) from None
    return FileResponse(handle, as_attachment=True, filename=report.filename)


def reconcile_view(request: HttpRequest, period: str) -> HttpResponse:
    denied = _login_or_403(request)
    if denied:
        return denied
    from speechwatch.stats.reconcile import reconcile

    p = _period_or_404(period)
    rows = [{"row": r, "incidents": [(i, incident_url(i)) for i in r.incident_ids[:100]]} for r in reconcile(p)]
    return render(request, "stats/reconcile.html", {"period": p, "recon": rows})


@require_http_methods(["GET", "POST"])
def edit_texts(request: HttpRequest, month: str) -> HttpResponse:
    """Edit the narrative text blocks of the month's monthly report or of its year's annual report."""
    denied = _login_or_403(request)
    if denied:
        return denied
    p = _period_or_404(month)
    kind = request.GET.get("kind") or request.POST.get("kind") or "annual"
    lang = request.GET.get("lang") or request.POST.get("lang") or (get_language() or "en")[:2]
    if kind not in KEYS or lang not in dict(LANGS):
        raise Http404
    period_key = month if kind == "monthly" else str(p.start.year)
    if request.method == "POST":
        for key in KEYS[kind]:
            body = request.POST.get(key, "").strip()
            if body:
                ReportText.objects.update_or_create(kind=kind, period=period_key, key=key, lang=lang,
                                                    defaults={"body": body, "updated_by": request.user})
            else:
                ReportText.objects.filter(kind=kind, period=period_key, key=key, lang=lang).delete()
        messages.success(request, _("The report texts were saved."))
        return redirect(f"{reverse('stats:texts', args=[month])}?kind={kind}&lang={lang}")
    from django.utils import translation

    with translation.override(lang):
        fields = [(key, str(KEY_LABELS[key]), get_text(kind, key, lang, period_key), str(DEFAULTS[key]))
                  for key in KEYS[kind]]
    return render(request, "stats/texts.html", {"month": month, "kind": kind, "lang": lang, "fields": fields,
                                                "period_key": period_key, "langs": LANGS})
