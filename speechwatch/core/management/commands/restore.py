"""`speechwatch restore ARCHIVE [--yes]`: put back the database and uploaded files of a backup.

The archive is verified first (format, engine, migrations, every checksum); a damaged or foreign
archive is refused and nothing is changed. Then the operator confirms (unless --yes), because the
current database and files are replaced.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    requires_system_checks: list = []
    help = "Restore a backup archive made by `speechwatch backup`, replacing the database and uploaded files."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args: Any, archive: str, yes: bool, **options: Any) -> None:
        from speechwatch.core.backup import BackupError, prepare_restore
        from speechwatch.core.dbcheck import ensure_migrated

        try:
            plan = prepare_restore(Path(archive))
        except BackupError as exc:
            raise CommandError(f"{exc} -- nothing was restored.") from None
        try:
            self.stderr.write(f"Verified {plan.describe()}.")
            if not yes:
                if not sys.stdin.isatty():
                    raise CommandError("restore replaces the database and uploaded files: confirm with --yes")
                answer = input("This replaces the current database and uploaded files. Type 'yes' to restore: ")
                if answer.strip().lower() != "yes":
                    raise CommandError("restore cancelled; nothing was changed")
            try:
                plan.restore()
            except (BackupError, OSError) as exc:
                raise CommandError(f"restore failed: {exc}") from None
        finally:
            plan.close()
        ensure_migrated(self.stderr)  # an older backup may predate migrations this code has
        self.stdout.write(f"Restored {Path(archive).name}.")
