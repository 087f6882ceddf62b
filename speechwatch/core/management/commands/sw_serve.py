"""`speechwatch serve --host H --port P`: migrate if needed, prepare static files, serve the app.

This is the embedded server for a laptop or a small office (Django's threaded server without the
auto-reloader). For production, point any WSGI server at `speechwatch.config.wsgi:application`
(see docs/cli.md); static files are served by WhiteNoise from STATIC_ROOT either way.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from speechwatch.core.dbcheck import ensure_migrated


class Command(BaseCommand):
    help = "Serve speechwatch on http://HOST:PORT/ (applies pending migrations first)."
    requires_system_checks: list = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
        parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
        parser.add_argument(
            "--collectstatic",
            action="store_true",
            help="collect static files into STATIC_ROOT even in DEBUG mode (always done when DEBUG is off)",
        )

    def handle(self, *args: Any, host: str, port: int, collectstatic: bool, **options: Any) -> None:
        ensure_migrated(self.stderr)
        if collectstatic or not settings.DEBUG:
            self.stderr.write(f"speechwatch: collecting static files into {settings.STATIC_ROOT} ...")
            call_command("collectstatic", interactive=False, verbosity=0)
        addr = f"[{host}]" if ":" in host else host
        self.stdout.write(f"speechwatch: serving on http://{addr}:{port}/  (Ctrl-C to stop)")
        self.stdout.flush()
        call_command("runserver", f"{addr}:{port}", use_reloader=False, use_threading=True, skip_checks=True)
