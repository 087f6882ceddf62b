"""`speechwatch reindex`: rebuild the search document of every incident, in batches, with progress.

Why a command: writes that go around the model signals (bulk imports, raw SQL, a restored database,
a change to the normaliser or its spelling list) leave documents stale; this brings all of them back
in step. `--missing` only indexes incidents that have no document yet.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import DEFAULT_DB_ALIAS

from speechwatch.web.search_document import BATCH, reindex


class Command(BaseCommand):
    help = "Rebuild the search documents of incidents (all, or --missing only), in batches."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch", type=int, default=BATCH, help=f"incidents per batch (default {BATCH})")
        parser.add_argument("--missing", action="store_true", help="only incidents without a document")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.monotonic()
        quiet = options["verbosity"] < 1

        def progress(done: int, total: int) -> None:
            if not quiet:
                rate = done / max(time.monotonic() - started, 1e-6)
                sys.stderr.write(f"\r  {done}/{total} incidents ({rate:.0f}/s)")
                sys.stderr.flush()

        written = reindex(
            using=options["database"], batch=max(1, options["batch"]), progress=progress,
            only_missing=options["missing"],
        )
        if not quiet:
            sys.stderr.write("\n")
        self.stdout.write(f"indexed {written} incidents in {time.monotonic() - started:.1f} s")
