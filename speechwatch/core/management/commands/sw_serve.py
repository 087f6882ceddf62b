"""`speechwatch serve`: migrate if needed, collect static files, serve the app under gunicorn.

Production is the default: gunicorn with several worker processes (the app is loaded once in the
master and forked, so workers share its memory), an access log on stdout for journald or docker,
and a clean stop on SIGTERM/SIGINT (gunicorn's own signal handling: workers finish their requests).
`--dev` is the laptop mode: Django's threaded development server with DEBUG on (speechwatch.cli sets
SPEECHWATCH_DEBUG=1 before the settings load), static files straight from the apps.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connections

from speechwatch.core.dbcheck import ensure_migrated

MAX_DEFAULT_WORKERS = 8  # 2*cores+1 is gunicorn's rule of thumb; past 8 memory matters more than cores


def default_workers() -> int:
    """SPEECHWATCH_WORKERS, else 2*cores+1 capped at MAX_DEFAULT_WORKERS."""
    value = os.environ.get("SPEECHWATCH_WORKERS")
    if value:
        return int(value)
    return min(2 * (os.cpu_count() or 1) + 1, MAX_DEFAULT_WORKERS)


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


def gunicorn_options(
    host: str, port: int, workers: int, threads: int, timeout: int, access_log: bool
) -> dict[str, Any]:
    """gunicorn settings for `speechwatch serve` (names as in gunicorn's --config files)."""
    addr = f"[{host}]" if ":" in host else host
    return {
        "bind": [f"{addr}:{port}"],
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread" if threads > 1 else "sync",
        "timeout": timeout,
        "graceful_timeout": min(timeout, 30),
        "accesslog": "-" if access_log else None,
        "errorlog": "-",
        "loglevel": "info",
        "proc_name": "speechwatch",
        # Trust X-Forwarded-* only from a proxy on this machine (gunicorn's default, stated here).
        "forwarded_allow_ips": os.environ.get("SPEECHWATCH_FORWARDED_ALLOW_IPS", "127.0.0.1,::1"),
        # gunicorn >= 24 opens a runtime control socket in $HOME; we manage the server with signals only,
        # and two instances on one machine would fight over the same socket path.
        "control_socket_disable": True,
    }


def run_gunicorn(options: dict[str, Any]) -> None:
    """Run the WSGI app under gunicorn in this process until it is stopped by a signal."""
    from gunicorn.app.base import BaseApplication

    from speechwatch.config.wsgi import application

    class SpeechwatchApplication(BaseApplication):
        """gunicorn without its command line: our options, our already-loaded WSGI app."""

        def load_config(self) -> None:
            for key, value in options.items():
                if value is not None and key in self.cfg.settings:  # older gunicorns lack newer settings
                    self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    # Workers are forks of this process: none of them may inherit the database connection
    # ensure_migrated/collectstatic opened here.
    connections.close_all()
    SpeechwatchApplication().run()


class Command(BaseCommand):
    help = "Serve speechwatch on http://HOST:PORT/ under gunicorn (applies pending migrations first)."
    requires_system_checks: list = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
        parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help=f"worker processes (default $SPEECHWATCH_WORKERS or 2*cores+1, at most {MAX_DEFAULT_WORKERS})",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=None,
            help="threads per worker (default $SPEECHWATCH_THREADS or 1; more than 1 uses gthread workers)",
        )
        parser.add_argument(
            "--timeout",
            type=int,
            default=None,
            help="seconds before a silent worker is killed and restarted (default $SPEECHWATCH_TIMEOUT or 60)",
        )
        parser.add_argument(
            "--access-log",
            action=argparse.BooleanOptionalAction,
            default=True,
            help="write an access log line per request to stdout (default on; --no-access-log to turn off)",
        )
        parser.add_argument(
            "--dev",
            action="store_true",
            help="Django's development server with DEBUG on, static files from the apps (a laptop, not a server)",
        )
        parser.add_argument(
            "--collectstatic",
            action="store_true",
            help="with --dev: collect static files into STATIC_ROOT anyway (always done without --dev)",
        )

    def handle(
        self,
        *args: Any,
        host: str,
        port: int,
        workers: int | None,
        threads: int | None,
        timeout: int | None,
        access_log: bool,
        dev: bool,
        collectstatic: bool,
        **options: Any,
    ) -> None:
        if dev and not settings.DEBUG:
            self.stderr.write(
                "speechwatch: --dev without DEBUG (SPEECHWATCH_DEBUG is off; `speechwatch serve --dev` sets it)"
            )
        workers = default_workers() if workers is None else workers
        threads = _env_int("SPEECHWATCH_THREADS", 1) if threads is None else threads
        timeout = _env_int("SPEECHWATCH_TIMEOUT", 60) if timeout is None else timeout
        if workers < 1 or threads < 1 or timeout < 1:
            raise CommandError("--workers, --threads and --timeout must be at least 1")
        ensure_migrated(self.stderr)
        if collectstatic or not dev:
            self.stderr.write(f"speechwatch: collecting static files into {settings.STATIC_ROOT} ...")
            call_command("collectstatic", interactive=False, verbosity=0)
        addr = f"[{host}]" if ":" in host else host
        if dev:
            self.stdout.write(f"speechwatch: development server on http://{addr}:{port}/  (Ctrl-C to stop)")
            self.stdout.flush()
            call_command("runserver", f"{addr}:{port}", use_reloader=False, use_threading=True, skip_checks=True)
            return
        self.stdout.write(
            f"speechwatch: serving on http://{addr}:{port}/ with gunicorn, {workers} worker(s) x {threads} thread(s)"
        )
        self.stdout.flush()
        run_gunicorn(gunicorn_options(host, port, workers, threads, timeout, access_log))

