"""`speechwatch report monthly|annual|briefing PERIOD --lang --format --output`."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from speechwatch.reports import FORMATS, KINDS, LANGS, build, render


def set_data_basis(kind: str, period: str, basis: str) -> None:
    """The explicit choice an editor makes in the report editor, made from the command line."""
    from speechwatch.reports.models import ReportPlan

    plan, _created = ReportPlan.objects.get_or_create(kind=kind, period=period)
    if plan.basis != basis:
        plan.basis = basis
        plan.save(update_fields=["basis", "updated_at"])


def set_untranslated(kind: str, period: str, choice: str) -> None:
    """The editors' choice for records without the report's language, made from the command line."""
    from speechwatch.reports.models import ReportPlan

    plan, _created = ReportPlan.objects.get_or_create(kind=kind, period=period)
    if plan.untranslated != choice:
        plan.untranslated = choice
        plan.save(update_fields=["untranslated", "updated_at"])


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"invalid date {text!r}: expected YYYY-MM-DD") from exc


class Command(BaseCommand):
    help = "Render a monthly, annual or briefing report as HTML, PDF, DOCX or Markdown."
    requires_system_checks: list = []  # a report needs the database, not the URL configuration

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("kind", choices=KINDS)
        parser.add_argument("period", nargs="?", default=None,
                            help="monthly: YYYY-MM; annual: YYYY; briefing: optional period to select from")
        parser.add_argument("--lang", default="en", choices=LANGS)
        parser.add_argument("--format", dest="fmt", default="html", choices=FORMATS)
        parser.add_argument("--output", "-o", default=None, help="file to write ('-' for stdout)")
        parser.add_argument("--published", default=None, help="publication date YYYY-MM-DD (default: today)")
        parser.add_argument("--query", default="", help="briefing: words every selected incident contains")
        parser.add_argument("--category", action="append", default=[], help="briefing: category code (repeatable)")
        parser.add_argument("--from", dest="date_from", default=None, help="briefing: first date YYYY-MM-DD")
        parser.add_argument("--to", dest="date_to", default=None, help="briefing: last date YYYY-MM-DD")
        parser.add_argument("--title", default="", help="briefing: title")
        parser.add_argument("--data-basis", choices=("published", "verified"), default=None,
                            help="monthly/annual: which incidents the report counts and lists, stored on the "
                                 "report's plan as if an editor chose it: 'published' (published incidents only) "
                                 "or 'verified' (verified and published); default: the plan's current choice")
        parser.add_argument("--untranslated", choices=("refuse", "mark"), default=None,
                            help="monthly/annual: what the render does with a record that has no text in --lang, "
                                 "stored on the report's plan as if an editor chose it: 'refuse' (fail, listing "
                                 "them) or 'mark' (print them in their own language under a 'not translated' "
                                 "marker); default: the plan's current choice (a new plan refuses)")

    def handle(self, *args, **opts) -> None:
        from speechwatch.core.dbcheck import ensure_migrated

        ensure_migrated(self.stderr)
        kind, period = opts["kind"], opts["period"]
        if kind in ("monthly", "annual") and not period:
            raise CommandError(f"report {kind} needs a PERIOD (e.g. {'2024-04' if kind == 'monthly' else '2024'})")
        if kind == "briefing" and not (opts["query"] or opts["category"]):
            raise CommandError("report briefing needs --query and/or --category")
        options = {}
        if kind == "briefing":
            options = {
                "query": opts["query"],
                "categories": opts["category"],
                "date_from": _date(opts["date_from"]) if opts["date_from"] else None,
                "date_to": _date(opts["date_to"]) if opts["date_to"] else None,
                "title": opts["title"],
            }
        published = _date(opts["published"]) if opts["published"] else None
        if opts["data_basis"]:
            if kind == "briefing":
                raise CommandError("--data-basis applies to monthly and annual reports")
            set_data_basis(kind, period, opts["data_basis"])
        if opts["untranslated"]:
            if kind == "briefing":
                raise CommandError("--untranslated applies to monthly and annual reports")
            set_untranslated(kind, period, opts["untranslated"])
        started = time.perf_counter()
        try:
            doc = build(kind, period, lang=opts["lang"], published=published, **options)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        data = render(doc, opts["fmt"])
        output = opts["output"] or f"speechwatch-{kind}-{period or 'briefing'}-{opts['lang']}.{opts['fmt']}"
        if output == "-":
            sys.stdout.buffer.write(data)
            return
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.stderr.write(f"wrote {path} ({len(data):,} bytes, {time.perf_counter() - started:.2f} s)")
