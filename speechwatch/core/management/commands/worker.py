"""`speechwatch worker`: a Celery worker for speechwatch's background jobs (ingest, report rendering).

The same as `celery -A speechwatch.config.celery worker`, but found on the same PATH as the rest of
the CLI and refusing to start without a broker: with SPEECHWATCH_BROKER_URL unset the web process
runs jobs itself, and a worker would otherwise sit waiting on Celery's default localhost AMQP broker.
Celery handles SIGTERM (warm shutdown: finish the running jobs) and SIGINT itself.
"""

from __future__ import annotations

import os
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser


def default_concurrency() -> int:
    """SPEECHWATCH_WORKER_CONCURRENCY, else the number of CPU cores (Celery's own default)."""
    return int(os.environ.get("SPEECHWATCH_WORKER_CONCURRENCY") or os.cpu_count() or 1)


def worker_argv(concurrency: int, queues: str | None, loglevel: str) -> list[str]:
    """Arguments for Celery's `worker` sub-command."""
    argv = ["worker", f"--concurrency={concurrency}", f"--loglevel={loglevel}"]
    if queues:
        argv.append(f"--queues={queues}")
    return argv


class Command(BaseCommand):
    help = "Run a Celery worker for background jobs (needs SPEECHWATCH_BROKER_URL)."
    requires_system_checks: list = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--concurrency",
            type=int,
            default=None,
            help="worker processes (default $SPEECHWATCH_WORKER_CONCURRENCY or the number of cores)",
        )
        parser.add_argument(
            "--queues", default=None, help="comma-separated queues to consume (default: Celery's default queue)"
        )
        parser.add_argument("--loglevel", default="INFO", help="Celery log level (default INFO)")

    def handle(self, *args: Any, concurrency: int | None, queues: str | None, loglevel: str, **options: Any) -> None:
        if not settings.CELERY_BROKER_URL:
            raise CommandError(
                "SPEECHWATCH_BROKER_URL is not set: a worker needs a broker (e.g. redis://127.0.0.1:6379/0). "
                "Without one, background jobs run inside the web process and no worker is needed."
            )
        concurrency = default_concurrency() if concurrency is None else concurrency
        if concurrency < 1:
            raise CommandError("--concurrency must be at least 1")
        from speechwatch.config.celery import app

        app.worker_main(worker_argv(concurrency, queues, loglevel))
