"""The `speechwatch` console command.

`extract` and `eval` read reports without any database, so they never set Django up. Every other
subcommand is a Django management command in one of the speechwatch apps (serve, demo, export,
import, ingest, stats, report, createuser, check, migrate, ...), so each app owns its commands.
"""

from __future__ import annotations

import os
import sys

NO_DJANGO = {"extract", "eval"}

USAGE = """usage: speechwatch COMMAND [ARGS]

Commands:
  serve       serve the web app under gunicorn (--host H --port P --workers N; --dev for a laptop)
  worker      run a Celery worker for background jobs (needs SPEECHWATCH_BROKER_URL)
  migrate     create or update the database schema
  createuser  create a user with a role (admin, editor, monitor, viewer)
  demo        load demo data
  export      write the whole database to a JSON file
  import      load a JSON file written by export (one transaction)
  backup      write a 0600 archive of the database and uploaded files (--output DIR --keep N)
  restore     restore such an archive after checking it (--yes to skip the question)
  token       create, list or revoke a user's API tokens
  extract     read reports and print what they state (no database)
  eval        score extraction against a gold directory (no database)
  ingest      store reports' incidents as drafts and their figures as published figures
  train       retrain the incident category model from the reviewed drafts (written where imports read it)
  stats       compute statistics for a period, optionally reconciled with published figures
  report      render a monthly, annual or briefing report
  check       check the installation (--deploy: is it ready for production?)
Run `speechwatch COMMAND --help` for a command's options.
"""


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(USAGE)
        sys.exit(0 if argv else 2)
    command = argv[0]
    if command in NO_DJANGO:
        from speechwatch.extraction.cli import main as extraction_main

        sys.exit(extraction_main(argv))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speechwatch.config.settings")
    from django.core.management import execute_from_command_line

    if command == "serve":
        argv[0] = "sw_serve"
        if "--dev" in argv[1:]:  # DEBUG is read when the settings load, before the command runs
            os.environ["SPEECHWATCH_DEBUG"] = "1"
    elif command == "check":
        argv[0] = "sw_check"
    elif command == "import":
        argv[0] = "import_db"
    elif command == "export":
        argv[0] = "export_db"
    execute_from_command_line(["speechwatch", *argv])
