"""Upload report files and watch the ingest job that reads them.

Admins, editors and monitors may ingest (a monitor's drafts are theirs to correct; an editor accepts
them); viewers and anonymous visitors get 403. Uploaded files are kept under MEDIA_ROOT/ingest/ so
every stored document can be traced back to the file it came from.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from speechwatch.core import jobs, permissions
from speechwatch.core.models import Job
from speechwatch.ingest.forms import UploadForm
from speechwatch.ingest.models import IngestItem

# "auto": Celery when a broker is configured, else a thread of the web process. Tests set "inline".
UPLOAD_JOB_MODE = "auto"


def ingest_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """403 unless the user may create records (admin, editor, monitor)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not permissions.can_create(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _visible_jobs(user: Any) -> Any:
    qs = Job.objects.filter(kind="ingest")
    return qs if permissions.can_publish(user) else qs.filter(created_by=user)


def _save_uploads(files: list[Any]) -> tuple[list[str], dict[str, str]]:
    """Store uploads under MEDIA_ROOT/ingest/YYYY/MM/<token>/ and map each stored path to its name."""
    folder = f"ingest/{timezone.now():%Y/%m}/{secrets.token_hex(6)}"
    paths, names = [], {}
    for f in files:
        stored = default_storage.save(f"{folder}/{get_valid_filename(f.name) or 'upload'}", f)
        path = default_storage.path(stored)
        paths.append(path)
        names[path] = f.name
    return paths, names


DEFAULT_MAX_JOBS_PER_USER = 2
# a job still "queued" or "running" after this long died with its process; it no longer counts
STALE_JOB_HOURS = 6


def max_jobs_per_user() -> int:
    """SPEECHWATCH_MAX_JOBS_PER_USER (default 2): ingest jobs one user may have queued or running."""
    try:
        value = int(os.environ.get("SPEECHWATCH_MAX_JOBS_PER_USER", DEFAULT_MAX_JOBS_PER_USER))
    except ValueError:
        value = DEFAULT_MAX_JOBS_PER_USER
    return max(1, value)


def active_jobs(user: Any) -> int:
    """The user's ingest jobs that are queued or running (and not stale)."""
    since = timezone.now() - timedelta(hours=STALE_JOB_HOURS)
    return Job.objects.filter(
        kind="ingest", created_by=user, status__in=(Job.Status.QUEUED, Job.Status.RUNNING), created_at__gte=since
    ).count()


@ingest_required
def upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST" and form.is_valid() and active_jobs(request.user) >= max_jobs_per_user():
        # Each job reads its files one by one in a parse worker; a user with many jobs at once would
        # hold as many workers (and their memory) as they like.
        form.add_error(
            None,
            _(
                "You already have %(count)d ingest jobs waiting or running, the most one person may have at "
                "once. Upload these files when one of them has finished."
            )
            % {"count": max_jobs_per_user()},
        )
        status = 429
    if request.method == "POST" and form.is_valid():
        paths, names = _save_uploads(form.cleaned_data["files"])
        params = {
            "paths": paths,
            "names": names,
            "language": form.cleaned_data["language"] or None,
            # a refresh deletes untouched drafts, possibly other people's: editors and admins only
            "refresh": bool(form.cleaned_data["refresh"] and permissions.can_publish(request.user)),
        }
        job = jobs.enqueue("ingest", params, request.user, mode=UPLOAD_JOB_MODE)
        return redirect("ingest:job", pk=job.pk)
    recent = Paginator(_visible_jobs(request.user).select_related("created_by"), 20).get_page(request.GET.get("page"))
    return render(
        request,
        "ingest/upload.html",
        {
            "form": form,
            "jobs": recent,
            "max_upload_mb": settings.MAX_UPLOAD_MB,
            "can_refresh": permissions.can_publish(request.user),
        },
        status=status,
    )


def _job_for(request: HttpRequest, pk: int) -> Job:
    job = get_object_or_404(Job, pk=pk, kind="ingest")
    if not permissions.can_publish(request.user) and job.created_by_id != request.user.pk:
        raise PermissionDenied
    return job


@ingest_required
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job_for(request, pk)
    items = IngestItem.objects.filter(job=job).select_related("document")
    return render(
        request, "ingest/job.html", {"job": job, "items": items, "status_url": reverse("ingest:job_status", args=[pk])}
    )


@require_GET
@ingest_required
def job_status(request: HttpRequest, pk: int) -> JsonResponse:
    """The small JSON the job page polls: totals, the current file, and each file's result so far."""
    job = _job_for(request, pk)
    items = []
    for item in IngestItem.objects.filter(job=job):
        row = item.as_json()
        row["document_url"] = reverse("ingest:document", args=[item.document_id]) if item.document_id else None
        items.append(row)
    finished = job.status in (Job.Status.DONE, Job.Status.FAILED)
    return JsonResponse(
        {
            "id": job.pk,
            "status": job.status,
            "status_label": str(job.get_status_display()),
            "done": job.done,
            "total": job.total,
            "percent": job.percent,
            "message": job.message,
            "error": job.error.splitlines()[0] if job.error else "",
            "finished": finished,
            "failed": sum(1 for i in items if i["status"] == IngestItem.Status.FAILED),
            "items": items,
        }
    )
