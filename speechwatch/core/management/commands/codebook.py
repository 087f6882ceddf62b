"""`speechwatch codebook DIR`: load another organisation's codebook (typology.json, legal_articles.json,
places.json in the speechwatch.codebook/1 schema). Rows are updated by code, so existing incidents keep
their categories."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from speechwatch.core.dbcheck import ensure_migrated


class Command(BaseCommand):
    requires_system_checks: list = []  # needs only the models; `speechwatch check` runs the checks
    help = "Load a codebook directory (typology.json, legal_articles.json, places.json) into the database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", type=Path)

    def handle(self, *args: Any, directory: Path, **options: Any) -> None:
        ensure_migrated(self.stderr)
        from speechwatch.codebook import CodebookError
        from speechwatch.vocab.services import load_codebook

        if not directory.is_dir():
            raise CommandError(f"{directory}: not a directory")
        try:
            versions = load_codebook(directory)
        except CodebookError as exc:
            raise CommandError(str(exc)) from exc
        except KeyError as exc:
            raise CommandError(f"codebook in {directory}: missing field {exc}") from exc
        for vocabulary, version in versions.items():
            self.stdout.write(f"Loaded {vocabulary} version {version}.")
