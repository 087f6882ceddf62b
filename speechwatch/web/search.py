"""Full-text search over incidents: the query's keys against each incident's search document.

The query goes through the same normaliser as the records (speechwatch.web.search_terms), so
"honour" and "honor", "журналистов" and "журналист", "Balgabayeva" and "Балгабаева" become the same
keys; the database only matches keys (schema: speechwatch.web.search_schema), which is why SQLite and
PostgreSQL return the same rows. Every query word must match (AND); a word matches when the record
holds a key that starts with one of the word's keys (prefix, so a word being typed still finds).

SQLite: FTS5 MATCH on `incident_search_fts`. PostgreSQL: the GIN-indexed `vector` of the document
table with a tsquery written from the keys. User input never reaches a query language raw: keys are
letters and digits only, and each is quoted, so a hostile query (unbalanced quotes, NEAR(, column
filters, ^, *) can only ever match or not match.
"""

from __future__ import annotations

from typing import Any

from django.db import connections, transaction
from django.db.models import BooleanField, F, Func, Q, QuerySet
from django.db.models.expressions import RawSQL

from speechwatch.web.search_terms import MAX_TOKENS, query_groups

__all__ = ["MAX_TOKENS", "fts5_expression", "pg_tsquery", "search_incidents"]

# PostgreSQL: the matching ids are probed first, from the GIN index (a bitmap scan; the planner would
# otherwise pick a sequential scan "until LIMIT rows", which reads much of the wide document table for a
# word in a few percent of the records). Up to SMALL_RESULT ids go into the list query as an id list
# (`id = ANY(...)`: ~1 ms for 2,000 ids at 100,000 incidents); more mean a common word, for which the
# plain semi-join walking the list's ORDER BY index finds a page of matches after few probes.
SMALL_RESULT = 3000
PG_MATCH_IDS = "SELECT incident_id FROM incidents_incidentsearchdocument WHERE vector @@ %s::tsquery"
PG_PROBE = f"{PG_MATCH_IDS} LIMIT %s"
SQLITE_MATCH_IDS = "SELECT rowid FROM incident_search_fts WHERE incident_search_fts MATCH %s"


def fts5_expression(q: str) -> str:
    """An FTS5 MATCH expression: per query word its keys, quoted, prefix-matched and OR-ed; the
    words AND-ed (explicitly: FTS5 has no implicit AND next to a parenthesis). Empty for a query without words."""
    parts = []
    for group in query_groups(q):
        alternatives = " OR ".join('"{}"*'.format(k.replace('"', '""')) for k in group)
        parts.append(f"({alternatives})" if len(group) > 1 else alternatives)
    return " AND ".join(parts)


def pg_tsquery(q: str) -> str:
    """The same expression as tsquery text (lexemes quoted verbatim, so no parser splits them)."""
    def lexeme(k: str) -> str:
        return "'{}':*".format(k.replace("\\", "\\\\").replace("'", "''"))

    return " & ".join("(" + " | ".join(lexeme(k) for k in group) + ")" for group in query_groups(q))


class AnyOf(Func):
    """`column = ANY(%s)` with the ids as one array parameter (PostgreSQL). `pk__in=ids` would compile
    one placeholder per id, for each query of the page (rows, count, facets): milliseconds of Python
    for a few thousand ids; the plan is the same (PostgreSQL turns `IN (…)` into `= ANY(…)`)."""

    output_field = BooleanField()

    def __init__(self, expression: Any, ids: list[int]) -> None:
        super().__init__(expression)
        self.ids = list(ids)

    def as_sql(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, list[Any]]:  # type: ignore[override]
        lhs, params = compiler.compile(self.source_expressions[0])
        return f"{lhs} = ANY(%s)", [*params, self.ids]


def _pg_probe(using: str, tsquery: str) -> list[int]:
    """Up to SMALL_RESULT + 1 matching ids, read through the GIN index (sequential scans off for this
    one statement: SET LOCAL inside a savepoint, put back before it is released, so nothing else of
    the surrounding transaction runs with it)."""
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(PG_PROBE, [tsquery, SMALL_RESULT + 1])
        ids = [row[0] for row in cursor.fetchall()]
        cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")
    return ids


def search_incidents(qs: QuerySet, q: str) -> QuerySet:
    """Incidents of `qs` whose search document matches `q` (see the module docstring). An empty or
    word-less query returns `qs.none()`. On PostgreSQL one small probe query runs at call time (see
    SMALL_RESULT); the returned queryset is lazy as usual. Visibility stays with `qs`: pass a
    restricted queryset."""
    groups = query_groups(q)
    if not groups:
        return qs.none()
    vendor = connections[qs.db].vendor
    if vendor == "sqlite":
        return qs.filter(pk__in=RawSQL(SQLITE_MATCH_IDS, [fts5_expression(q)]))  # noqa: S611 (bound params)
    if vendor == "postgresql":
        params = [pg_tsquery(q)]
        ids = _pg_probe(qs.db, params[0])
        if len(ids) <= SMALL_RESULT:
            return qs.filter(AnyOf(F("pk"), ids=ids))
        return qs.filter(pk__in=RawSQL(PG_MATCH_IDS, params))  # noqa: S611 (fixed SQL, bound params)
    # other databases: substring tests on the stored keys (slower, same keys)
    cond = Q()
    for group in groups:
        alternatives = Q()
        for k in group:
            alternatives |= Q(search_document__terms__startswith=k) | Q(search_document__terms__contains=f" {k}")
        cond &= alternatives
    return qs.filter(cond)
