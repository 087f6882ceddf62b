"""`speechwatch ingest PATH...`: store reports' figures as published figures and incidents as drafts.

Runs as an "ingest" job. By default the job runs inline with a progress bar on stderr; with
SPEECHWATCH_BROKER_URL set it goes to a Celery worker and this command polls the job row to draw the
same bar. `--background` hands the job to the workers and returns at once. Exit status: 0 when every
file was read, 1 when any failed (each failure is named on stderr), 2 for a usage error.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from speechwatch.core import jobs
from speechwatch.core.models import Job
from speechwatch.ingest.job_handlers import watching
from speechwatch.ingest.models import IngestItem
from speechwatch.ingest.services import EXTENSIONS, LANGUAGES, collect_files


class Command(BaseCommand):
    help = (
        "Read report files (or directories of .txt/.html/.htm/.docx/.pdf) and store their published "
        "figures and draft incidents, each linked to its source span. Re-importing a file changes nothing."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument("--sync", action="store_true", help="run in this process even when a broker is set")
        mode.add_argument(
            "--background", action="store_true", help="queue the job for Celery workers and return at once"
        )
        parser.add_argument("--lang", choices=LANGUAGES, help="force the report language instead of detecting it")
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="read already stored files again: replace their figures and untouched drafts, keep reviewed drafts",
        )
        parser.add_argument(
            "--accept",
            action="store_true",
            help="accept every draft as proposed, exactly as an editor pressing Accept on each (scripted back-filling)",
        )
        parser.add_argument("--user", help="username the drafts are created (and accepted) by (default: none)")
        parser.add_argument("--no-progress", action="store_true", help="do not draw the progress bar")

    def handle(self, *args: Any, **opts: Any) -> None:
        from speechwatch.core.dbcheck import ensure_migrated

        ensure_migrated(self.stderr)
        user = self._user(opts.get("user"), accept=bool(opts.get("accept")))
        params = {
            "paths": [str(Path(p).resolve()) for p in opts["paths"]],
            "language": opts.get("lang"),
            "refresh": bool(opts["refresh"]),
            "accept": bool(opts["accept"]),
        }
        broker = bool(settings.CELERY_BROKER_URL)
        if opts["background"]:
            if not broker:
                raise CommandError("--background needs a Celery broker (set SPEECHWATCH_BROKER_URL)", returncode=2)
            job = jobs.enqueue("ingest", params, user, mode="celery")
            self.stdout.write(f"queued ingest job {job.pk}; watch it at /ingest/jobs/{job.pk}/")
            return
        total = len(collect_files(params["paths"]))
        bar = tqdm(total=total, unit="file", file=sys.stderr, disable=opts["no_progress"], dynamic_ncols=True)
        try:
            if broker and not opts["sync"]:
                job = self._poll(jobs.enqueue("ingest", params, user, mode="celery"), bar)
            else:
                with watching(lambda done, total, current, failed: _draw(bar, done, total, current, failed)):
                    job = jobs.enqueue("ingest", params, user, mode="inline")
        finally:
            bar.close()
        self._report(job)

    def _user(self, username: str | None, *, accept: bool = False) -> Any:
        if not username:
            return None
        from django.contrib.auth import get_user_model

        from speechwatch.core.permissions import can_create, can_verify

        try:
            user = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"no user named {username!r}", returncode=2) from None
        if not can_create(user):
            raise CommandError(f"{username!r} may not create incidents (role {user.role})", returncode=2)
        if accept and not can_verify(user):
            raise CommandError(f"{username!r} may not accept drafts (role {user.role})", returncode=2)
        return user

    def _poll(self, job: Job, bar: tqdm) -> Job:
        try:
            while True:
                job.refresh_from_db()
                failed = IngestItem.objects.filter(job=job, status=IngestItem.Status.FAILED).count()
                _draw(bar, job.done, job.total, job.message, failed)
                if job.status in (Job.Status.DONE, Job.Status.FAILED):
                    return job
                time.sleep(0.3)
        except KeyboardInterrupt:
            raise CommandError(f"stopped watching; job {job.pk} goes on in the background", returncode=130) from None

    def _report(self, job: Job) -> None:
        items = list(IngestItem.objects.filter(job=job).order_by("id"))
        for item in items:
            if item.status == IngestItem.Status.FAILED:
                self.stderr.write(f"error: {item.path}: {item.error}")
            elif item.status == IngestItem.Status.UNCHANGED:
                accepted = f", {item.accepted} drafts accepted" if item.accepted else ""
                self.stdout.write(f"unchanged: {item.path} (document {item.document_id}){accepted}")
            elif item.status == IngestItem.Status.REFRESHED:
                self.stdout.write(
                    f"refreshed: {item.path}: {item.figures} figures, {item.incidents} new draft incidents"
                )
            else:
                self.stdout.write(
                    f"imported: {item.path}: {item.figures} figures, {item.incidents} draft incidents"
                    + (f", {item.accepted} accepted" if item.accepted else "")
                    + (f", {len(item.warnings)} warnings" if item.warnings else "")
                )
        if job.status == Job.Status.FAILED:
            raise CommandError(f"ingest job {job.pk} failed: {job.error.splitlines()[0] if job.error else ''}")
        if not items:
            raise CommandError(f"no report files found (looked for {', '.join(EXTENSIONS)})", returncode=1)
        failed = sum(i.status == IngestItem.Status.FAILED for i in items)
        self.stdout.write(f"job {job.pk}: {job.message}")
        if failed:
            raise CommandError(f"{failed} of {len(items)} files failed", returncode=1)


def _draw(bar: tqdm, done: int, total: int, current: str, failed: int) -> None:
    if total and bar.total != total:
        bar.total = total
    bar.n = done
    bar.set_postfix_str(f"{current[-40:]} | failed: {failed}", refresh=False)
    bar.refresh()
