"""Run long work (imports, renders) as jobs.

With SPEECHWATCH_BROKER_URL set, jobs go to Celery and any number of workers on any machines take them.
Without a broker (the embedded SQLite default) they run in a thread of the current process (web) or
inline (CLI), with the same progress records. Handlers register by kind:

    @register("ingest")
    def ingest_job(job: Job, progress: Progress) -> dict: ...
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import connections
from django.utils import timezone

from speechwatch.core.models import Job

log = logging.getLogger(__name__)
Handler = Callable[[Job, "Progress"], dict[str, Any]]
_HANDLERS: dict[str, Handler] = {}


def register(kind: str) -> Callable[[Handler], Handler]:
    def wrap(fn: Handler) -> Handler:
        _HANDLERS[kind] = fn
        return fn

    return wrap


class Progress:
    """Writes progress to the job row, at most every `every` steps to keep writes cheap."""

    def __init__(self, job: Job, every: int = 1) -> None:
        self.job = job
        self.every = max(1, every)

    def start(self, total: int, message: str = "") -> None:
        self.job.total = total
        self.job.message = message[:500]
        self.job.save(update_fields=["total", "message"])

    def step(self, done: int | None = None, message: str = "") -> None:
        self.job.done = self.job.done + 1 if done is None else done
        if message:
            self.job.message = message[:500]
        if self.job.done % self.every == 0 or self.job.done >= self.job.total:
            Job.objects.filter(pk=self.job.pk).update(done=self.job.done, message=self.job.message)


def run_job(job_id: int) -> Job:
    """Execute a job's handler, recording start, finish, result or error. Safe to call from any runner."""
    _load_handlers()
    job = Job.objects.get(pk=job_id)
    handler = _HANDLERS.get(job.kind)
    job.status, job.started_at = Job.Status.RUNNING, timezone.now()
    job.save(update_fields=["status", "started_at"])
    try:
        if handler is None:
            raise LookupError(f"no handler registered for job kind {job.kind!r}")
        job.result = handler(job, Progress(job)) or {}
        job.status = Job.Status.DONE
    except Exception as exc:
        log.exception("job %s failed", job.pk)
        job.status, job.error = Job.Status.FAILED, f"{exc}\n\n{traceback.format_exc()}"[:20000]
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "result", "error", "finished_at", "done", "total", "message"])
    return job


def enqueue(kind: str, params: dict[str, Any] | None = None, user: Any = None, mode: str = "auto") -> Job:
    """Create a job and start it. mode: 'auto' (Celery if a broker is set, else a thread), 'thread',
    'inline' (run now, in this call) or 'celery'."""
    job = Job.objects.create(kind=kind, params=params or {}, created_by=user if getattr(user, "pk", None) else None)
    if mode == "auto":
        mode = "celery" if settings.CELERY_BROKER_URL else "thread"
    if mode == "celery":
        from speechwatch.core.tasks import run_job_task

        run_job_task.delay(job.pk)
    elif mode == "thread":
        threading.Thread(target=_run_in_thread, args=(job.pk,), daemon=True).start()
    else:
        job = run_job(job.pk)
    return job


def _run_in_thread(job_id: int) -> None:
    try:
        run_job(job_id)
    finally:
        connections.close_all()  # a thread's connection is its own; leave none behind


def _load_handlers() -> None:
    """Import each app's `jobs_handlers` module so handlers register even in a bare worker."""
    from importlib import import_module

    from django.apps import apps

    for app in apps.get_app_configs():
        if app.name.startswith("speechwatch."):
            try:
                import_module(f"{app.name}.job_handlers")
            except ModuleNotFoundError as exc:
                if exc.name != f"{app.name}.job_handlers":
                    raise
