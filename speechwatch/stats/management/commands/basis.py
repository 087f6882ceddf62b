"""`speechwatch basis PERIOD [published|computed] [--note TEXT] [--by USERNAME]`.

With a basis, sets the official basis of a month, quarter, half year or year (methodology v2 §3.8) and
logs the change; without one, prints the current basis and its history. `--by` names the editor the
change is recorded for (the audit trail keeps who and when). Exit status 2 for a usage error (bad
period, a custom range, unknown user).
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from speechwatch.stats.basis import BASES, basis_of, basis_record, set_basis
from speechwatch.stats.periods import parse_period


class Command(BaseCommand):
    help = "Show or set the official basis of a period: figures computed from the records, or as published."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("period", help="2024-04, 2024-Q2, 2024-H1 or 2024")
        parser.add_argument("basis", nargs="?", choices=BASES, help="published or computed; omit to show")
        parser.add_argument("--note", default="", help="why (kept in the audit trail)")
        parser.add_argument("--by", default="", help="username recorded as the author of the change")

    def handle(self, *args: Any, **opts: Any) -> None:
        from speechwatch.core.dbcheck import ensure_migrated
        from speechwatch.stats.models_basis import PeriodBasisChange

        ensure_migrated(self.stderr)
        try:
            period = parse_period(opts["period"])
        except ValueError as exc:
            raise CommandError(str(exc), returncode=2) from None
        if opts["basis"]:
            user = self._user(opts["by"])
            try:
                set_basis(period, opts["basis"], user=user, note=opts["note"], via="cli")
            except ValueError as exc:
                raise CommandError(str(exc), returncode=2) from None
            self.stdout.write(f"{period.label}: {opts['basis']}")
            return
        row = basis_record(period)
        self.stdout.write(f"{period.label}: {basis_of(period)}" + ("" if row else " (default: nobody chose)"))
        for change in PeriodBasisChange.objects.filter(period=period.label)[:20]:
            who = change.changed_by_name or "-"
            line = f"  {change.changed_at:%Y-%m-%d %H:%M} {who} ({change.via}): {change.previous} -> {change.basis}"
            self.stdout.write(line + (f" ({change.note})" if change.note else ""))

    @staticmethod
    def _user(username: str):
        if not username:
            return None
        from django.contrib.auth import get_user_model

        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"no user {username!r}", returncode=2) from None
