"""`speechwatch export FILE.json`: write the whole database as JSON (docs/export-format.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from speechwatch.core.dbcheck import ensure_migrated


def dumps(data: Any) -> str:
    """The one canonical serialisation, so that two exports of the same data are byte-identical."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


class Command(BaseCommand):
    requires_system_checks: list = []  # needs only the models; `speechwatch check` runs the checks
    help = "Write the whole database (users, codebook, actors, cases, incidents, proceedings, figures) as JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="output path, or - for standard output")

    def handle(self, *args: Any, file: str, **options: Any) -> None:
        ensure_migrated(self.stderr)
        from speechwatch.incidents.exchange import export_database

        data = export_database()
        text = dumps(data)
        if file == "-":
            sys.stdout.write(text)
            return
        Path(file).write_text(text, encoding="utf-8")
        self.stderr.write(
            f"Exported {len(data['incidents'])} incidents, {len(data['proceedings'])} proceedings, "
            f"{len(data['actors'])} actors, {len(data['users'])} users to {file}."
        )
