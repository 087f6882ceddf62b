"""`speechwatch backup [--output DIR] [--keep N]`: one archive with the database, the uploaded files
and a manifest of checksums (speechwatch/core/backup.py, docs/backups.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from speechwatch.core.dbcheck import ensure_migrated


class Command(BaseCommand):
    requires_system_checks: list = []
    help = (
        "Write a backup archive (database dump, uploaded files, manifest with checksums) into "
        "SPEECHWATCH_BACKUP_DIR, readable by its owner only, and delete the oldest beyond --keep."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--output", metavar="DIR", help="directory for the archive (default SPEECHWATCH_BACKUP_DIR)"
        )
        parser.add_argument(
            "--keep",
            type=int,
            metavar="N",
            help="keep the newest N archives (default SPEECHWATCH_BACKUP_KEEP or 14; 0 keeps all)",
        )

    def handle(self, *args: Any, output: str | None, keep: int | None, **options: Any) -> None:
        from speechwatch.core.backup import BackupError, create_backup

        ensure_migrated(self.stderr)
        if keep is not None and keep < 0:
            raise CommandError("--keep must be 0 (keep all) or more")
        try:
            result = create_backup(Path(output) if output else None, keep)
        except (BackupError, OSError) as exc:
            raise CommandError(f"backup failed: {exc}") from None
        m = result.manifest
        media = sum(1 for f in m["files"] if f["path"].startswith("media/"))
        self.stdout.write(str(result.path))
        self.stderr.write(
            f"Backed up the {m['database']['engine']} database and {media} uploaded file(s) to {result.path} "
            f"(mode 0600). It contains password hashes, confidential records and sources: keep it private, "
            f"copy it off-site, and test a restore now and then (docs/backups.md)."
        )
        for old in result.removed:
            self.stderr.write(f"Removed old backup {old.name}.")
