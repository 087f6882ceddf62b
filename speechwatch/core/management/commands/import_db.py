"""`speechwatch import FILE.json [--replace]`: load a file written by `speechwatch export`.

Everything is validated and written in one transaction: on the first problem the command names the
record and field, exits with status 1, and the database is left exactly as it was. An import into a
database that already holds data is refused unless --replace is given (which deletes that data first,
inside the same transaction; users named in the file are updated in place so that their two-factor
devices and audit-history authorship survive, see docs/export-format.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from speechwatch.core.dbcheck import ensure_migrated


class Command(BaseCommand):
    requires_system_checks: list = []  # needs only the models; `speechwatch check` runs the checks
    help = "Load a JSON export into this database in one transaction (a non-empty database needs --replace)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="delete all existing data (not the codebook) first; users in the file are updated in place, keeping "
            "their two-factor devices and audit authorship",
        )

    def handle(self, *args: Any, file: str, replace: bool, **options: Any) -> None:
        ensure_migrated(self.stderr)
        from speechwatch.incidents.exchange import ImportFileError, import_database

        path = Path(file)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CommandError(f"{file}: no such file") from None
        except UnicodeDecodeError as exc:
            raise CommandError(f"{file}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CommandError(f"{file}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
        try:
            counts = import_database(data, replace=replace)
        except ImportFileError as exc:
            raise CommandError(f"{file}: {exc} -- nothing was imported.") from None
        summary = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items())
        self.stdout.write(f"Imported {summary}.")
