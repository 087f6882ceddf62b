"""`speechwatch token create USER --name N [--days D]`, `token list USER`, `token revoke USER --name N`:
API tokens from the command line, for scripts set up by an administrator."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from speechwatch.core.dbcheck import ensure_migrated


class Command(BaseCommand):
    requires_system_checks: list = []
    help = "Create, list or revoke a user's API tokens. The key is printed once, on creation."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["create", "list", "revoke"])
        parser.add_argument("username")
        parser.add_argument("--name", help="the token's name (required for create and revoke)")
        parser.add_argument("--days", type=int, default=90, help="days until it expires; 0 for never (default 90)")

    def handle(self, *args: Any, action: str, username: str, name: str | None, days: int, **options: Any) -> None:
        ensure_migrated(self.stderr)
        from speechwatch.accounts.models import ApiToken, User
        from speechwatch.accounts.tokens import create_token, revoke_token

        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"username: no user named {username!r}.")
        if action == "list":
            for token in ApiToken.objects.filter(user=user):
                expires = f"{token.expires:%Y-%m-%d}" if token.expires else "never"
                used = f"{token.last_used:%Y-%m-%d %H:%M}" if token.last_used else "never"
                self.stdout.write(f"{token.name}\t{token.prefix}…\texpires {expires}\tlast used {used}")
            return
        if not name or not name.strip():
            raise CommandError("--name: give the token a name.")
        if action == "create":
            if days < 0:
                raise CommandError("--days: give 0 (never) or a positive number.")
            _token, raw = create_token(user, name, days=days or None)
            self.stdout.write(raw)
            return
        tokens = list(ApiToken.objects.filter(user=user, name=name.strip()))
        if not tokens:
            raise CommandError(f"--name: {username!r} has no token named {name!r}.")
        for token in tokens:
            revoke_token(token)
        self.stdout.write(f"Revoked {len(tokens)} token(s).")
