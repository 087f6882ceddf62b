"""`speechwatch check`: is this installation ready? Errors make the exit status non-zero; missing
optional system tools (Chromium for browser tests, pango for PDF reports) are warnings.

`speechwatch check --deploy` is the gate before going live: Django's deployment checks plus ours
(speechwatch.core.checks), and there every warning fails too, because each one is a real exposure
on a public server. Chromium is not looked for there (servers do not run the browser tests).
"""

from __future__ import annotations

import ctypes.util
import shutil
from typing import Any

from django.core import checks
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection


class Command(BaseCommand):
    help = "Check the installation: Django checks, database, migrations, codebook, optional system tools."
    requires_system_checks: list = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--deploy",
            action="store_true",
            help="also run the deployment checks (Django's and speechwatch's); any warning then fails",
        )

    def handle(self, *args: Any, deploy: bool = False, **options: Any) -> None:
        errors = 0

        def report(level: str, text: str) -> None:
            nonlocal errors
            errors += level == "ERROR" or (deploy and level == "WARN")
            style = {"OK": self.style.SUCCESS, "WARN": self.style.WARNING, "ERROR": self.style.ERROR}[level]
            self.stdout.write(style(f"[{level:<5}] {text}"))

        for msg in checks.run_checks(include_deployment_checks=deploy):
            level = "ERROR" if msg.is_serious() else "WARN"
            report(level, f"django: {msg}")
        try:
            connection.ensure_connection()
            report("OK", f"database reachable ({connection.vendor}: {connection.settings_dict.get('NAME')})")
        except Exception as exc:
            report("ERROR", f"database not reachable: {exc}")
            raise CommandError(f"{errors} problem(s) found.") from None
        from speechwatch.core.dbcheck import pending_migrations

        pending = pending_migrations()
        if pending:
            names = ", ".join(f"{a}.{m}" for a, m in pending[:5])
            report("ERROR", f"{len(pending)} migration(s) not applied ({names}...): run `speechwatch migrate`")
        else:
            report("OK", "all migrations applied")
            from speechwatch.vocab.models import Category, LegalArticle, Region

            counts = (Category.objects.count(), LegalArticle.objects.count(), Region.objects.count())
            if all(counts):
                report("OK", "codebook loaded ({} categories, {} legal articles, {} regions)".format(*counts))
            else:
                report("ERROR", "codebook not loaded: run `speechwatch migrate` or `speechwatch codebook DIR`")
        if not deploy:
            chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
            report("OK" if chromium else "WARN", f"chromium: {chromium or 'not found (browser tests will not run)'}")
        pango = ctypes.util.find_library("pango-1.0")
        report("OK" if pango else "WARN", f"pango: {pango or 'not found (PDF reports will not render)'}")
        if errors:
            raise CommandError(f"{errors} problem(s) found.")
        self.stdout.write("speechwatch is ready for production." if deploy else "speechwatch is ready.")
