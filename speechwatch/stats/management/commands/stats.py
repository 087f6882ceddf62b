"""`speechwatch stats PERIOD [--reconcile] [--format table|json] [--by KEY]`.

PERIOD is `2024-04`, `2024-Q2`, `2024-H1`, `2024` or `2024-01-01..2024-05-15`. JSON output is a list
of `{"measure", "scope", "value", "basis", "source_document"}`: the period's official figures
(`speechwatch basis`), computed from the records or as published; `--user NAME` / `--public` print them
as that user / an anonymous visitor sees them (default: every confirmed record, as an editor). With
`--reconcile` each item also carries `published` (the
published value, or null), `difference` (computed − published) and `incidents` (the ids behind the
computed value), and published figures whose measure the engine does not compute are appended with
`value: null`. `--by` prints a breakdown of one measure (`--measure`, default reports.total).
`speechwatch stats published --reconcile` reconciles every period that has published figures.
Exit status 2 for a usage error (bad period, unknown measure).
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from speechwatch.stats.basis import OPERATOR, official_figures
from speechwatch.stats.breakdowns import BREAKDOWNS, compute_breakdown
from speechwatch.stats.compare import compare, trends
from speechwatch.stats.engine import SCOPE_PERIODS, compute, resolve_scopes
from speechwatch.stats.periods import parse_period
from speechwatch.stats.reconcile import periods_with_figures, reconcile


class Command(BaseCommand):
    help = "Compute statistics for a period, optionally reconciled with the published figures."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "period",
            help="2024-04, 2024-Q2, 2024-H1, 2024 or 2024-01-01..2024-05-15; 'published' lists the periods "
            "with published figures (with --reconcile: reconciles each of them)",
        )
        parser.add_argument("--reconcile", action="store_true", help="add published values and incident ids")
        parser.add_argument("--format", choices=("table", "json"), default="table")
        parser.add_argument("--by", choices=BREAKDOWNS, help="break one measure down by this key")
        parser.add_argument("--measure", action="append", help="measure code (repeatable); default: all")
        parser.add_argument(
            "--scope", action="append", choices=tuple(SCOPE_PERIODS), help="scope (repeatable); default period+ytd"
        )
        parser.add_argument("--compare", action="store_true", help="compare with previous period and last year")
        parser.add_argument("--trends", action="store_true", help="list categories at 2x their 3-month mean")
        parser.add_argument("--lang", choices=("en", "ru", "kk"), default="en", help="language of texts")
        parser.add_argument(
            "--include-drafts", action="store_true", help="what-if: count drafts as if they were verified"
        )
        who = parser.add_mutually_exclusive_group()
        who.add_argument("--user", default="", help="figures as this user sees them (their role's visibility)")
        who.add_argument("--public", action="store_true", help="figures as an anonymous visitor sees them")

    def handle(self, *args: Any, **opts: Any) -> None:
        from speechwatch.core.dbcheck import ensure_migrated

        ensure_migrated(self.stderr)
        if opts["period"] == "published":
            self._all_published(opts)
            return
        try:
            period = parse_period(opts["period"])
        except ValueError as exc:
            raise CommandError(str(exc), returncode=2) from None
        scopes = tuple(opts["scope"] or ("period", "ytd"))
        with translation.override(opts["lang"]):
            try:
                if opts["by"]:
                    data = self._breakdown(period, opts, scopes)
                elif opts["compare"]:
                    data = [c.as_dict(opts["lang"]) for c in compare(period, opts["measure"])]
                elif opts["trends"]:
                    data = [self._trend(t, opts["lang"]) for t in trends(period)]
                elif opts["reconcile"]:
                    data = self._reconciled(period, opts["measure"], scopes)
                elif opts["include_drafts"]:
                    statuses = ("draft", "verified", "published")
                    figures = compute(period, measures=opts["measure"], scopes=scopes, statuses=statuses)
                    data = [{**f.as_dict(), "basis": "computed", "source_document": None} for f in figures]
                else:
                    figures = official_figures(
                        period, user=self._reader(opts), scopes=scopes, measures=opts["measure"], with_ids=False
                    )
                    data = [f.as_dict() for f in figures]
            except ValueError as exc:
                raise CommandError(str(exc), returncode=2) from None
        if opts["format"] == "json":
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=1))
        else:
            self.stdout.write(self._table(period, data))

    @staticmethod
    def _reader(opts: dict):
        """Whose view the figures are computed for: a named user, an anonymous visitor, or the operator."""
        if opts["public"]:
            return None
        if not opts["user"]:
            return OPERATOR
        from django.contrib.auth import get_user_model

        try:
            return get_user_model().objects.get(username=opts["user"])
        except get_user_model().DoesNotExist:
            raise CommandError(f"no user {opts['user']!r}", returncode=2) from None

    def _all_published(self, opts: dict) -> None:
        """`stats published --reconcile`: the reconciliation table of every period with figures."""
        periods = periods_with_figures()
        if not opts["reconcile"]:
            for p in periods:
                self.stdout.write(p.label)
            return
        tables = []
        for p in periods:
            rows = [r.as_dict() for r in reconcile(p)]
            tables.append({"period": p.label, "rows": rows})
        if opts["format"] == "json":
            self.stdout.write(json.dumps(tables, ensure_ascii=False, indent=1))
            return
        cols = ["measure", "scope", "published", "computed", "difference", "source", "incidents"]
        for t in tables:
            rows = [
                {c: _cell(r.get(c)) for c in cols} | {"source": _cell((r.get("source_document") or {}).get("title"))}
                for r in t["rows"]
            ]
            self.stdout.write(_render(rows, cols, t["period"]) + "\n")

    # ---- data ------------------------------------------------------------------------------

    def _breakdown(self, period, opts, scopes) -> list[dict]:
        out = []
        for measure in opts["measure"] or ["reports.total"]:
            for scope in scopes:
                values = compute_breakdown(period, measure, opts["by"], scope=scope)
                out.extend(
                    {"measure": measure, "scope": scope, "by": opts["by"], "key": k, "value": v}
                    for k, v in values.items()
                )
        return out

    @staticmethod
    def _trend(t, lang: str) -> dict:
        return {
            "measure": t.measure,
            "value": t.value,
            "baseline": t.baseline,
            "months": t.months,
            "text": t.text(lang),
        }

    def _reconciled(self, period, measures, scopes) -> list[dict]:
        rows = reconcile(period, with_ids=False)
        published: dict[tuple[str, str], int] = {}
        sources: dict[tuple[str, str], dict | None] = {}
        for r in rows:
            published.setdefault((r.measure, r.scope), r.published)
            sources.setdefault((r.measure, r.scope), r.source_document)
        figures = compute(period, measures=measures, scopes=scopes, with_ids=True)
        out = []
        for f in figures:
            pub = published.pop((f.measure, f.scope), None)
            out.append(
                {
                    **f.as_dict(),
                    "published": pub,
                    "difference": None if pub is None else f.value - pub,
                    "incidents": f.incident_ids,
                    "proceedings": f.proceeding_ids,
                    "source_document": sources.get((f.measure, f.scope)),
                }
            )
        for (measure, scope), pub in published.items():
            if measures and measure not in measures:
                continue
            out.append(
                {"measure": measure, "scope": scope, "value": None, "published": pub, "difference": None,
                 "incidents": [], "proceedings": [], "source_document": sources.get((measure, scope))}
            )  # fmt: skip
        return out

    # ---- table -----------------------------------------------------------------------------

    def _table(self, period, data: list[dict]) -> str:
        if not data:
            return f"{period.label}: nothing to show"
        first = data[0]
        if "by" in first:
            cols = ["measure", "scope", "key", "value"]
        elif "against" in first:
            cols = ["measure", "value", "against_period", "against_value", "text"]
        elif "baseline" in first:
            cols = ["measure", "value", "baseline", "text"]
        elif "published" in first:
            cols = ["measure", "scope", "value", "published", "difference", "source", "incidents"]
            data = [{**row, "source": (row.get("source_document") or {}).get("title")} for row in data]
        else:
            return self._wide(period, data)
        return _render([{c: _cell(row.get(c)) for c in cols} for row in data], cols, period.label)

    def _wide(self, period, data: list[dict]) -> str:
        """measure | period | ytd ... as columns, one row per measure, under a line naming the basis."""
        scopes: list[str] = []
        rows: dict[str, dict[str, str]] = {}
        for d in data:
            if d["scope"] not in scopes:
                scopes.append(d["scope"])
            rows.setdefault(d["measure"], {"measure": d["measure"]})[d["scope"]] = _cell(d["value"])
        ranges = resolve_scopes(period, scopes)
        head = {s: f"{s} ({ranges[s].label})" for s in scopes}
        cols = ["measure", *scopes]
        table = [{"measure": "measure", **head}, *rows.values()]
        bases = sorted({d.get("basis") or "computed" for d in data})
        title = f"{period.label}: basis {', '.join(bases)}"
        return _render(table, cols, title, header_row=True)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        if len(value) > 8:
            return f"{len(value)}: " + ",".join(map(str, value[:8])) + ",..."
        return ",".join(map(str, value))
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", " ")
    return str(value)


def _render(rows: list[dict[str, str]], cols: list[str], title: str | None, header_row: bool = False) -> str:
    if not header_row:
        rows = [{c: c for c in cols}, *rows]
    widths = {c: max(len(r.get(c, "")) for r in rows) for c in cols}
    numeric = {c for c in cols if c in ("value", "published", "difference", "against_value") or c not in
               ("measure", "scope", "key", "text", "incidents", "baseline", "against_period", "source")}  # fmt: skip
    lines = [title] if title else []
    for i, r in enumerate(rows):
        cells = [r.get(c, "").rjust(widths[c]) if c in numeric and i else r.get(c, "").ljust(widths[c]) for c in cols]
        lines.append("  ".join(cells).rstrip())
        if i == 0:
            lines.append("  ".join("-" * widths[c] for c in cols))
    return "\n".join(lines)
