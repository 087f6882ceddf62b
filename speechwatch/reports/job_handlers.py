"""The `render_report` background job: build a report, render it, store the file under
MEDIA_ROOT/reports/ and record a RenderedReport the download view serves."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from django.core.files.base import ContentFile
from django.urls import reverse

from speechwatch.core.jobs import Progress, register
from speechwatch.core.models import Job
from speechwatch.reports import FORMATS, KINDS, LANGS, build, render
from speechwatch.stats.models import RenderedReport

OPTION_KEYS = ("query", "categories", "date_from", "date_to", "title")


def validate_params(params: dict[str, Any]) -> dict[str, Any]:
    """Check a render request before it is queued (the view and the handler share this)."""
    kind, fmt, lang = params.get("kind"), params.get("format"), params.get("lang")
    if kind not in KINDS:
        raise ValueError(f"unknown report kind {kind!r}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    if kind != "briefing" and not params.get("period"):
        raise ValueError("a monthly or annual report needs a period")
    return params


@register("render_report")
def render_report(job: Job, progress: Progress) -> dict[str, Any]:
    params = validate_params(dict(job.params))
    progress.start(3, "building the report")
    started = time.perf_counter()
    options = {k: params[k] for k in OPTION_KEYS if params.get(k)}
    for key in ("date_from", "date_to"):
        if key in options:
            options[key] = dt.date.fromisoformat(options[key])
    doc = build(params["kind"], params.get("period"), lang=params["lang"], **options)
    progress.step(1, f"rendering {params['format'].upper()}")
    data = render(doc, params["format"])
    progress.step(2, "saving the file")
    report = RenderedReport(
        kind=params["kind"],
        period=params.get("period") or "",
        lang=params["lang"],
        format=params["format"],
        size=len(data),
        job=job,
        created_by=job.created_by,
    )
    report.seconds = round(time.perf_counter() - started, 3)
    report.file.save(f"{report.filename.rsplit('.', 1)[0]}-{job.pk}.{params['format']}", ContentFile(data), save=True)
    progress.step(3, "done")
    return {
        "report_id": report.pk,
        "download_url": reverse("reports:download", args=[report.pk]),
        "filename": report.filename,
        "size": report.size,
        "seconds": report.seconds,
    }
