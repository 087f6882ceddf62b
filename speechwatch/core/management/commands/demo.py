"""`speechwatch demo`: load the invented demo data set (idempotent) and print the sign-in details."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from speechwatch.core.dbcheck import ensure_migrated


class Command(BaseCommand):
    requires_system_checks: list = []  # needs only the models; `speechwatch check` runs the checks
    help = "Load the demo data set (invented people and outlets, January 2023 to April 2024). Idempotent."

    def handle(self, *args: Any, **options: Any) -> None:
        ensure_migrated(self.stderr)
        from speechwatch.core.demo import load_demo

        result = load_demo()
        if result.loaded:
            self.stdout.write(f"Demo data loaded: {result.incidents} incidents in the database.")
        else:
            self.stdout.write(f"Demo data already present ({result.incidents} incidents); nothing changed.")
        self.stdout.write("Sign in at /accounts/login/ with:")
        for username, role, password in result.users:
            shown = password or "(existing user; password unchanged)"
            self.stdout.write(f"  {role:<8} {username} / {shown}")
