"""Full-text search over incidents, each database the native way (see incidents migration 0002).

SQLite uses the FTS5 table `incident_fts` with MATCH; PostgreSQL uses the GIN expression indexes on
to_tsvector('english'|'russian'|'simple', ...). User input never reaches a query language raw: for FTS5
and the prefix tsquery it is cut into word tokens and each token is quoted, so a hostile query
(unbalanced quotes, NEAR(, column filters, ^, *) can only ever match or not match.
"""

from __future__ import annotations

import re

from django.db import connections
from django.db.models import BooleanField, F, Func, Q, QuerySet, Value
from django.db.models.expressions import RawSQL

MAX_TOKENS = 12
_TOKEN = re.compile(r"\w+", re.UNICODE)
PG_CONFIGS = ("english", "russian")


class TsMatch(Func):
    """`to_tsvector(cfg, title || summary || narrative) @@ <tsquery function>(cfg, query)`.

    The document expression is exactly the one the GIN indexes of migration 0002 are built on, so the
    planner uses them; columns are compiled from F() so table aliases (subqueries) stay right."""

    output_field = BooleanField()

    def __init__(self, config: str, query_function: str, query: str) -> None:
        super().__init__(F("title"), F("summary"), F("narrative"), Value(query))
        self.config = config
        self.query_function = query_function

    def as_sql(self, compiler, connection, **extra):  # type: ignore[override]
        parts, params = [], []
        for expr in self.get_source_expressions():
            sql, p = compiler.compile(expr)
            parts.append(sql)
            params.extend(p)
        title, summary, narrative, query = parts
        cfg = f"'{self.config}'::regconfig"
        doc = f"coalesce({title}, '') || ' ' || coalesce({summary}, '') || ' ' || coalesce({narrative}, '')"
        return f"to_tsvector({cfg}, {doc}) @@ {self.query_function}({cfg}, {query})", params


def tokens(q: str) -> list[str]:
    """Word tokens of a user query, lower-cased, at most MAX_TOKENS (a bound on query cost)."""
    return [t.lower() for t in _TOKEN.findall(q or "")][:MAX_TOKENS]


def fts5_expression(q: str) -> str:
    """An FTS5 MATCH expression: every token quoted and prefix-matched, all of them required."""
    return " ".join('"{}"*'.format(t.replace('"', '""')) for t in tokens(q))


def pg_prefix_query(q: str) -> str:
    """A to_tsquery('simple') text: every token as a prefix, all of them required."""
    return " & ".join(f"{t}:*" for t in tokens(q))


def search_incidents(qs: QuerySet, q: str) -> QuerySet:
    """Incidents of `qs` whose title, summary or narrative match `q` (English or Russian words,
    prefixes too). An empty or token-less query returns `qs.none()`."""
    q = (q or "").strip()
    if not tokens(q):
        return qs.none()
    vendor = connections[qs.db].vendor
    if vendor == "sqlite":
        return qs.filter(
            pk__in=RawSQL("SELECT rowid FROM incident_fts WHERE incident_fts MATCH %s", [fts5_expression(q)])
        )
    if vendor == "postgresql":
        cond = Q(TsMatch("simple", "to_tsquery", pg_prefix_query(q)))
        for cfg in PG_CONFIGS:
            cond |= Q(TsMatch(cfg, "websearch_to_tsquery", q))
        return qs.filter(cond)
    cond = Q()
    for t in tokens(q):
        cond &= Q(title__icontains=t) | Q(summary__icontains=t) | Q(narrative__icontains=t)
    return qs.filter(cond)
