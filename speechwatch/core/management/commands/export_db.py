"""`speechwatch export FILE.json`: write the whole database as JSON (docs/export-format.md)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from speechwatch.core.dbcheck import ensure_migrated

PRIVATE_NOTE = (
    "It contains password hashes, confidential incidents, notes and sources, and correspondents' names: "
    "keep it private (it is readable by its owner only)."
)


def write_private(path: Path | str, data: bytes) -> None:
    """Write `data` to `path` readable and writable by the owner only (0600), also when the file
    already exists with wider permissions: the file is created with mode 0600 (no window in which
    another user can open it) and an existing one is narrowed before anything is written to it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb", closefd=False) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    finally:
        os.close(fd)


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
        write_private(file, text.encode("utf-8"))
        self.stderr.write(
            f"Exported {len(data['incidents'])} incidents, {len(data['proceedings'])} proceedings, "
            f"{len(data['actors'])} actors, {len(data['users'])} users to {file}."
        )
        self.stderr.write(PRIVATE_NOTE)
