"""Report pages for editors: close the month (figures, reconciliation, drafts), edit the report
texts, preview the report as HTML, render it in the background and download the file."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from speechwatch.core import permissions
from speechwatch.core.models import Job
from speechwatch.reports import FORMATS
from speechwatch.reports.texts import DEFAULTS, KEY_LABELS, KEYS, get_text
from speechwatch.stats.models import LANGS, RenderedReport, ReportText
from speechwatch.stats.periods import parse_period
from speechwatch.stats.views import _figure_rows, _login_or_403, _period_or_404, incident_url


def _editor_required(request: HttpRequest) -> None:
    if not request.user.is_authenticated:
        raise PermissionDenied
    if not permissions.can_publish(request.user):
        raise PermissionDenied


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
    return render(request, "reports/close.html", {
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
        "year": str(p.start.year),
    })


def preview(request: HttpRequest, month: str) -> HttpResponse:
    """The month's (or its year's) report as HTML, rendered on the spot: HTML takes a fraction of a
    second, so editors can read the report before queueing the slow formats."""
    denied = _login_or_403(request)
    if denied:
        return denied
    from speechwatch.reports import build
    from speechwatch.reports.render_html import render_html

    p = _period_or_404(month)
    kind = request.GET.get("kind", "monthly")
    lang = request.GET.get("lang", (get_language() or "en")[:2])
    if kind not in ("monthly", "annual") or lang not in dict(LANGS):
        raise Http404
    doc = build(kind, month if kind == "monthly" else str(p.start.year), lang=lang, preview=True)
    return HttpResponse(render_html(doc), content_type="text/html; charset=utf-8")


@require_POST
def render_start(request: HttpRequest) -> HttpResponse:
    _editor_required(request)
    from django.conf import settings

    from speechwatch.core.jobs import enqueue
    from speechwatch.reports.job_handlers import validate_params

    params = {k: request.POST.get(k, "") for k in ("kind", "period", "lang", "format")}
    try:
        validate_params(params)
        if params["kind"] != "briefing":
            parse_period(params["period"])
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    mode = getattr(settings, "SPEECHWATCH_REPORT_JOB_MODE", "auto")
    job = enqueue("render_report", params, request.user, mode=mode)
    status_url = reverse("reports:job_status", args=[job.pk])
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


@require_http_methods(["GET", "POST"])
def edit_texts(request: HttpRequest, month: str) -> HttpResponse:
    """Edit the narrative text blocks of the month's monthly report or of its year's annual report."""
    denied = _login_or_403(request)
    if denied:
        return denied
    p = _period_or_404(month)
    kind = request.GET.get("kind") or request.POST.get("kind") or "monthly"
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
        return redirect(f"{reverse('reports:texts', args=[month])}?kind={kind}&lang={lang}")
    from django.utils import translation

    with translation.override(lang):
        fields = [(key, str(KEY_LABELS[key]), get_text(kind, key, lang, period_key, default=False),
                   str(DEFAULTS.get(key, "")))
                  for key in KEYS[kind]]
    return render(request, "reports/texts.html", {"month": month, "kind": kind, "lang": lang, "fields": fields,
                                                "period_key": period_key, "langs": LANGS})
