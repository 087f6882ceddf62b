"""`speechwatch createuser USERNAME --role admin|editor|monitor|viewer`: add a user with a role."""

from __future__ import annotations

import getpass
import sys
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from speechwatch.core.dbcheck import ensure_migrated


class Command(BaseCommand):
    requires_system_checks: list = []  # needs only the models; `speechwatch check` runs the checks
    help = "Create a user with a role. Without --password the password is asked for twice on the terminal."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=["admin", "editor", "monitor", "viewer"])
        parser.add_argument("--password", help="the password (visible in the shell history; prefer the prompt)")
        parser.add_argument("--email", default="")

    def _ask_password(self) -> str:
        if not sys.stdin.isatty():
            raise CommandError("No --password given and no terminal to ask for one.")
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("The two passwords differ.")
        return first

    def handle(self, *args: Any, username: str, role: str, password: str | None, email: str, **options: Any) -> None:
        ensure_migrated(self.stderr)
        from speechwatch.accounts.models import User

        username = username.strip()
        if not username or len(username) > 150:
            raise CommandError("username: give 1 to 150 characters.")
        if User.objects.filter(username=username).exists():
            raise CommandError(f"username: a user named {username!r} already exists.")
        password = password if password is not None else self._ask_password()
        user = User(username=username, email=email, role=role, is_staff=role in {"admin", "editor"})
        user.is_superuser = role == "admin"
        try:
            validate_password(password, user)
            user.set_password(password)
            user.full_clean()
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        user.save()
        self.stdout.write(f"Created {role} {username!r}.")
