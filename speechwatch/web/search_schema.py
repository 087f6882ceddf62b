"""The database objects behind full-text search, re-checked after every `migrate` (`ensure_search_schema`).

Since incidents migration 0008 search matches the precomputed keys of `IncidentSearchDocument.terms`
(speechwatch.web.search_terms / search_document), indexed the same way on both databases:

SQLite: an external-content FTS5 table `incident_search_fts` over the document table (tokenizer
`unicode61 remove_diacritics 0`: the keys are letters and digits already folded, so each key is one
token as it is; prefix indexes of 2 and 3 characters), kept in step by three triggers on the document
table. A later migration that rebuilds that table drops them; `ensure_search_schema` puts them back
and rebuilds the index.

PostgreSQL: a `vector tsvector` column on the document table, filled by a trigger with
array_to_tsvector of the keys — the 'simple' configuration without its parser, so a key is a lexeme
exactly as Python wrote it and never split differently than FTS5 splits it — and a GIN index on it.

Incidents without a document (bulk-created rows, data restored before 0008) are indexed by
`ensure_search_schema` too, so a `migrate` leaves search complete.

Before 0008 (the statements below named LEGACY_*, still run by migration 0002), search used the
database's own text processing over the incident columns:

SQLite: an external-content FTS5 table `incident_fts` (title, summary, narrative; tokenizer
`unicode61 remove_diacritics 2`, which folds case for Cyrillic and Latin; prefix indexes of 2 and 3
characters) kept in step by three triggers. Django rebuilds a SQLite table from scratch when a later
migration alters it, which drops the triggers with the old table; `ensure_search_schema` puts them
back and rebuilds the index, so search never silently goes stale.

PostgreSQL: a `search_vector tsvector` column on the incident table, filled by a trigger with
to_tsvector('simple') || to_tsvector('english') || to_tsvector('russian') of title, summary and
narrative, and a GIN index on it. A stored vector (rather than expression indexes) keeps a query cheap
even when the planner decides on a sequential scan; a plain column filled by a trigger (rather than a
GENERATED column) does not block later ALTER COLUMN TYPE migrations on the text columns.
"""

from __future__ import annotations

from typing import Any

LEGACY_SQLITE_TRIGGERS = [
    """CREATE TRIGGER IF NOT EXISTS incident_fts_ai AFTER INSERT ON incidents_incident BEGIN
        INSERT INTO incident_fts(rowid, title, summary, narrative)
        VALUES (new.id, new.title, new.summary, new.narrative);
    END""",
    """CREATE TRIGGER IF NOT EXISTS incident_fts_ad AFTER DELETE ON incidents_incident BEGIN
        INSERT INTO incident_fts(incident_fts, rowid, title, summary, narrative)
        VALUES ('delete', old.id, old.title, old.summary, old.narrative);
    END""",
    """CREATE TRIGGER IF NOT EXISTS incident_fts_au AFTER UPDATE OF title, summary, narrative
        ON incidents_incident BEGIN
        INSERT INTO incident_fts(incident_fts, rowid, title, summary, narrative)
        VALUES ('delete', old.id, old.title, old.summary, old.narrative);
        INSERT INTO incident_fts(rowid, title, summary, narrative)
        VALUES (new.id, new.title, new.summary, new.narrative);
    END""",
]
SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS incident_fts USING fts5(
        title, summary, narrative,
        content='incidents_incident', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    *LEGACY_SQLITE_TRIGGERS,
    "INSERT INTO incident_fts(incident_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS incident_fts_ai",
    "DROP TRIGGER IF EXISTS incident_fts_ad",
    "DROP TRIGGER IF EXISTS incident_fts_au",
    "DROP TABLE IF EXISTS incident_fts",
]


def _pg_vector(prefix: str) -> str:
    doc = (
        f"coalesce({prefix}title, '') || ' ' || coalesce({prefix}summary, '') || ' ' || "
        f"coalesce({prefix}narrative, '')"
    )
    return " || ".join(f"to_tsvector('{cfg}'::regconfig, {doc})" for cfg in ("simple", "english", "russian"))


PG_FORWARD = [
    "ALTER TABLE incidents_incident ADD COLUMN IF NOT EXISTS search_vector tsvector",
    f"""CREATE OR REPLACE FUNCTION incident_search_vector() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector := {_pg_vector("NEW.")};
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS incident_search_vector_trg ON incidents_incident",
    """CREATE TRIGGER incident_search_vector_trg BEFORE INSERT OR UPDATE OF title, summary, narrative
        ON incidents_incident FOR EACH ROW EXECUTE FUNCTION incident_search_vector()""",
    f"UPDATE incidents_incident SET search_vector = {_pg_vector('')}",  # noqa: S608 (no user input)
    "CREATE INDEX IF NOT EXISTS incident_search_gin ON incidents_incident USING GIN (search_vector)",
]
PG_BACKWARD = [
    "DROP INDEX IF EXISTS incident_search_gin",
    "DROP TRIGGER IF EXISTS incident_search_vector_trg ON incidents_incident",
    "DROP FUNCTION IF EXISTS incident_search_vector()",
    "ALTER TABLE incidents_incident DROP COLUMN IF EXISTS search_vector",
]
# migration 0002 runs these (the legacy objects); 0008 drops them again
FORWARD = {"sqlite": SQLITE_FORWARD, "postgresql": PG_FORWARD}
BACKWARD = {"sqlite": SQLITE_BACKWARD, "postgresql": PG_BACKWARD}

DOC_TABLE = "incidents_incidentsearchdocument"
_FTS_DELETE_OLD = (
    "INSERT INTO incident_search_fts(incident_search_fts, rowid, terms) VALUES ('delete', old.incident_id, old.terms);"
)
_FTS_INSERT_NEW = "INSERT INTO incident_search_fts(rowid, terms) VALUES (new.incident_id, new.terms);"
# fixed statements (no user input), hence the noqa
DOC_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER IF NOT EXISTS incident_search_ai AFTER INSERT ON {DOC_TABLE} BEGIN {_FTS_INSERT_NEW} END",
    f"CREATE TRIGGER IF NOT EXISTS incident_search_ad AFTER DELETE ON {DOC_TABLE} BEGIN {_FTS_DELETE_OLD} END",
    f"""CREATE TRIGGER IF NOT EXISTS incident_search_au AFTER UPDATE ON {DOC_TABLE} BEGIN
        {_FTS_DELETE_OLD} {_FTS_INSERT_NEW} END""",
]
DOC_SQLITE_REBUILD = "INSERT INTO incident_search_fts(incident_search_fts) VALUES ('rebuild')"
DOC_SQLITE_FORWARD = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS incident_search_fts USING fts5(
        terms, content='{DOC_TABLE}', content_rowid='incident_id',
        tokenize='unicode61 remove_diacritics 0', prefix='2 3')""",
    *DOC_SQLITE_TRIGGERS,
    DOC_SQLITE_REBUILD,
]
DOC_SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS incident_search_ai",
    "DROP TRIGGER IF EXISTS incident_search_ad",
    "DROP TRIGGER IF EXISTS incident_search_au",
    "DROP TABLE IF EXISTS incident_search_fts",
]
_PG_DOC_VECTOR = (
    "CASE WHEN btrim({0}terms) = '' THEN ''::tsvector "
    "ELSE array_to_tsvector(string_to_array(btrim({0}terms), ' ')) END"
)
DOC_PG_FUNCTION = f"""CREATE OR REPLACE FUNCTION incident_search_document_vector() RETURNS trigger AS $$
    BEGIN
        NEW.vector := {_PG_DOC_VECTOR.format("NEW.")};
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql"""
DOC_PG_TRIGGER = [
    f"DROP TRIGGER IF EXISTS incident_search_document_trg ON {DOC_TABLE}",
    f"""CREATE TRIGGER incident_search_document_trg BEFORE INSERT OR UPDATE OF terms
        ON {DOC_TABLE} FOR EACH ROW EXECUTE FUNCTION incident_search_document_vector()""",
]
DOC_PG_FORWARD = [
    f"ALTER TABLE {DOC_TABLE} ADD COLUMN IF NOT EXISTS vector tsvector NOT NULL DEFAULT ''::tsvector",
    DOC_PG_FUNCTION,
    *DOC_PG_TRIGGER,
    f"UPDATE {DOC_TABLE} SET vector = {_PG_DOC_VECTOR.format('')}",  # noqa: S608 (no user input)
    f"CREATE INDEX IF NOT EXISTS incident_search_document_gin ON {DOC_TABLE} USING GIN (vector)",
]
DOC_PG_BACKWARD = [
    "DROP INDEX IF EXISTS incident_search_document_gin",
    f"DROP TRIGGER IF EXISTS incident_search_document_trg ON {DOC_TABLE}",
    "DROP FUNCTION IF EXISTS incident_search_document_vector()",
    f"ALTER TABLE {DOC_TABLE} DROP COLUMN IF EXISTS vector",
]
# migration 0008: the legacy objects go, the document's come
DOC_FORWARD = {
    "sqlite": [*SQLITE_BACKWARD, *DOC_SQLITE_FORWARD],
    "postgresql": [*PG_BACKWARD, *DOC_PG_FORWARD],
}
DOC_BACKWARD = {
    "sqlite": [*DOC_SQLITE_BACKWARD, *SQLITE_FORWARD],
    "postgresql": [*DOC_PG_BACKWARD, *PG_FORWARD],
}


def apply(statements: dict[str, list[str]], connection: Any) -> None:
    with connection.cursor() as cursor:
        for sql in statements.get(connection.vendor, []):
            cursor.execute(sql)


def _migrated(connection: Any, name: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM django_migrations WHERE app = 'incidents' AND name = %s", [name])
        return bool(cursor.fetchone()[0])


def ensure_search_schema(connection: Any) -> bool:
    """Recreate what a later table rebuild dropped and index incidents that have no search document;
    True when something had to be repaired."""
    tables = connection.introspection.table_names()
    if "incidents_incident" not in tables or "django_migrations" not in tables:
        return False
    if DOC_TABLE in tables and _migrated(connection, "0008_search_document"):
        repaired = _ensure_document_schema(connection)
        from speechwatch.web.search_document import index_missing

        return index_missing(using=connection.alias) > 0 or repaired
    return _ensure_legacy_schema(connection, tables)


def _ensure_document_schema(connection: Any) -> bool:
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'incident_search_fts'")
            has_table = bool(cursor.fetchone()[0])
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name LIKE 'incident_search_a_'")
            if has_table and cursor.fetchone()[0] == 3:
                return False
        apply({"sqlite": DOC_SQLITE_FORWARD}, connection)
        return True
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = %s AND column_name = 'vector'",
                [DOC_TABLE],
            )
            has_column = bool(cursor.fetchone()[0])
            cursor.execute(
                "SELECT count(*) FROM pg_trigger WHERE tgname = 'incident_search_document_trg' AND NOT tgisinternal"
            )
            has_trigger = bool(cursor.fetchone()[0])
            cursor.execute("SELECT count(*) FROM pg_indexes WHERE indexname = 'incident_search_document_gin'")
            has_index = bool(cursor.fetchone()[0])
        if has_column and has_trigger and has_index:
            return False
        apply({"postgresql": DOC_PG_FORWARD}, connection)
        return True
    return False


def _ensure_legacy_schema(connection: Any, tables: list[str]) -> bool:
    """Between migrations 0002 and 0008: the legacy triggers."""
    if connection.vendor == "sqlite":
        if "incident_fts" not in tables:
            return False  # migration 0002 not applied yet
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name LIKE 'incident_fts_a_'")
            if cursor.fetchone()[0] == 3:
                return False
        rebuild = "INSERT INTO incident_fts(incident_fts) VALUES ('rebuild')"
        apply({"sqlite": [*LEGACY_SQLITE_TRIGGERS, rebuild]}, connection)
        return True
    if connection.vendor == "postgresql":
        if not _migrated(connection, "0002_fulltext_search"):
            return False
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM information_schema.columns "
                "WHERE table_name = 'incidents_incident' AND column_name = 'search_vector'"
            )
            has_column = bool(cursor.fetchone()[0])
            cursor.execute(
                "SELECT count(*) FROM pg_trigger WHERE tgname = 'incident_search_vector_trg' AND NOT tgisinternal"
            )
            has_trigger = bool(cursor.fetchone()[0])
        if has_column and has_trigger:
            return False
        apply({"postgresql": PG_FORWARD if not has_column else PG_FORWARD[1:]}, connection)
        return True
    return False
