"""The "ingest" background job.

params: {"paths": [...], "language": "en"|null, "names": {stored path: name shown}, "refresh": bool,
"accept": bool (accept every draft as proposed, as the review's Accept does)}.

Progress goes to the Job row (done/total, message = current file) and one IngestItem per file, so the
web job page and a terminal polling a Celery job see the same thing. A process that runs the job
inline can also watch it live through `watching(callback)` (the CLI draws its bar that way).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from speechwatch.core.jobs import Progress, register
from speechwatch.core.models import Job
from speechwatch.ingest.services import ProgressCallback, ingest_paths, summarise

_local = threading.local()


@contextmanager
def watching(callback: ProgressCallback) -> Iterator[None]:
    """Call `callback(done, total, current, failures)` for ingest jobs run inline in this thread."""
    previous = getattr(_local, "callback", None)
    _local.callback = callback
    try:
        yield
    finally:
        _local.callback = previous


@register("ingest")
def ingest_job(job: Job, progress: Progress) -> dict[str, Any]:
    params = job.params or {}
    watcher = getattr(_local, "callback", None)

    def report(done: int, total: int, current: str, failures: int) -> None:
        message = f"{current} ({failures} failed)" if failures else current
        if done == 0:
            progress.start(total, message)
        else:
            progress.step(done=done, message=message)
        if watcher:
            watcher(done, total, current, failures)

    outcomes = ingest_paths(
        params.get("paths") or [],
        user=job.created_by,
        language=params.get("language") or None,
        job=job,
        on_progress=report,
        names=params.get("names") or None,
        refresh=bool(params.get("refresh")),
        accept=bool(params.get("accept")),
    )
    counts = summarise(outcomes)
    job.message = f"{counts['imported']} imported, {counts['unchanged']} unchanged, {counts['failed']} failed"
    if counts["refreshed"]:
        job.message += f", {counts['refreshed']} refreshed"
    if counts["accepted"]:
        job.message += f", {counts['accepted']} drafts accepted"
    return counts
