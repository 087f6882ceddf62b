"""Make sure the database schema is current before a command touches it.

Every command that reads or writes the database calls `ensure_migrated()` first, so an operator who
forgot `speechwatch migrate` gets a working command (and a note on stderr saying what happened)
instead of a "no such table" traceback.
"""

from __future__ import annotations

import sys
from typing import TextIO

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor


def pending_migrations(using: str = DEFAULT_DB_ALIAS) -> list[tuple[str, str]]:
    """(app, migration) pairs not yet applied to the database."""
    connection = connections[using]
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [(m.app_label, m.name) for m, backwards in plan if not backwards]


def ensure_migrated(stderr: TextIO | None = None, using: str = DEFAULT_DB_ALIAS) -> int:
    """Apply pending migrations, saying so on stderr. Returns how many were applied."""
    pending = pending_migrations(using)
    if not pending:
        return 0
    out = stderr or sys.stderr
    out.write(f"speechwatch: applying {len(pending)} pending migration(s) to the database first...\n")
    from django.core.management import call_command

    call_command("migrate", database=using, interactive=False, verbosity=0)
    out.write("speechwatch: database schema is up to date.\n")
    return len(pending)
