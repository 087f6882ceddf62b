"""Full-text search over incidents, each database the native way (schema: speechwatch.web.search_schema).

SQLite uses the FTS5 table `incident_fts` with MATCH; PostgreSQL the trigger-maintained `search_vector`
(simple + english + russian) with its GIN index, queried with websearch_to_tsquery in the English and
Russian configurations and a prefix to_tsquery in the simple one. User input never reaches a query
language raw: for FTS5 and the prefix tsquery it is cut into word tokens and each token is quoted, so a
hostile query (unbalanced quotes, NEAR(, column filters, ^, *) can only ever match or not match.
"""

from __future__ import annotations

import re

from django.db import connections
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

MAX_TOKENS = 12
_TOKEN = re.compile(r"\w+", re.UNICODE)


# PostgreSQL keeps most-common-lexeme statistics for the stored vector, but cannot estimate a word it
# has not sampled (a rare name, a prefix) and then walks the list's ORDER BY index testing every row.
# So the matching ids are probed first (GIN bitmap scan for rare words, a short sequential scan that
# stops at the limit for common ones): up to SMALL_RESULT ids go into the list query as an id list,
# more mean a common word, for which the plain semi-join walking the ORDER BY index is the fast plan.
# Measured at 100,000 incidents: the probe costs ~7 ms at LIMIT 101, ~15 ms at 301 and ~100 ms at 2001,
# while a word with more than a few hundred matches is common enough for the index walk (~7 ms).
SMALL_RESULT = 300
PG_TSQUERY = (
    "to_tsquery('simple'::regconfig, %s) || websearch_to_tsquery('english'::regconfig, %s) || "
    "websearch_to_tsquery('russian'::regconfig, %s)"
)
PG_MATCH_IDS = f"SELECT id FROM incidents_incident WHERE search_vector @@ ({PG_TSQUERY})"  # noqa: S608
PG_PROBE = f"{PG_MATCH_IDS} LIMIT {SMALL_RESULT + 1}"


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
    prefixes too). An empty or token-less query returns `qs.none()`. On PostgreSQL one small probe
    query runs at call time (see SMALL_RESULT); the returned queryset is lazy as usual."""
    q = (q or "").strip()
    if not tokens(q):
        return qs.none()
    vendor = connections[qs.db].vendor
    if vendor == "sqlite":
        match = RawSQL("SELECT rowid FROM incident_fts WHERE incident_fts MATCH %s", [fts5_expression(q)])
        return qs.filter(pk__in=match)
    if vendor == "postgresql":
        params = [pg_prefix_query(q), q, q]
        with connections[qs.db].cursor() as cursor:
            cursor.execute(PG_PROBE, params)
            ids = [row[0] for row in cursor.fetchall()]
        if len(ids) <= SMALL_RESULT:
            return qs.filter(pk__in=ids)
        return qs.filter(pk__in=RawSQL(PG_MATCH_IDS, params))  # noqa: S611 (fixed SQL, bound params)
    cond = Q()
    for t in tokens(q):
        cond &= Q(title__icontains=t) | Q(summary__icontains=t) | Q(narrative__icontains=t)
    return qs.filter(cond)
