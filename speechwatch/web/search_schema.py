"""The database objects behind full-text search, created by incidents migration 0002 and re-checked
after every `migrate` (`ensure_search_schema`).

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

SQLITE_TRIGGERS = [
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
    *SQLITE_TRIGGERS,
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
FORWARD = {"sqlite": SQLITE_FORWARD, "postgresql": PG_FORWARD}
BACKWARD = {"sqlite": SQLITE_BACKWARD, "postgresql": PG_BACKWARD}


def apply(statements: dict[str, list[str]], connection: Any) -> None:
    with connection.cursor() as cursor:
        for sql in statements.get(connection.vendor, []):
            cursor.execute(sql)


def ensure_search_schema(connection: Any) -> bool:
    """Recreate what a later table rebuild dropped; True when something had to be repaired."""
    tables = connection.introspection.table_names()
    if "incidents_incident" not in tables:
        return False
    if connection.vendor == "sqlite":
        if "incident_fts" not in tables:
            return False  # migration 0002 not applied yet
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name LIKE 'incident_fts_a_'")
            if cursor.fetchone()[0] == 3:
                return False
        apply({"sqlite": [*SQLITE_TRIGGERS, "INSERT INTO incident_fts(incident_fts) VALUES ('rebuild')"]}, connection)
        return True
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM django_migrations WHERE app = 'incidents' AND name = '0002_fulltext_search'"
            )
            if not cursor.fetchone()[0]:
                return False
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
