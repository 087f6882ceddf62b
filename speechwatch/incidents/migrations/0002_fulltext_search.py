"""Full-text search over incident title, summary and narrative, each database the native way.

SQLite: an external-content FTS5 table `incident_fts` kept in sync by triggers (tokenizer
`unicode61 remove_diacritics 2` folds case for Cyrillic and Latin; prefix indexes for 2 and 3 chars).
PostgreSQL: GIN expression indexes on to_tsvector('english'|'russian'|'simple', title || summary ||
narrative); speechwatch.web.search builds the matching expressions. Other vendors: nothing (search
falls back to icontains).
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS incident_fts USING fts5(
        title, summary, narrative,
        content='incidents_incident', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
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
    "INSERT INTO incident_fts(incident_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS incident_fts_ai",
    "DROP TRIGGER IF EXISTS incident_fts_ad",
    "DROP TRIGGER IF EXISTS incident_fts_au",
    "DROP TABLE IF EXISTS incident_fts",
]

PG_DOCUMENT = "coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(narrative, '')"
PG_CONFIGS = ("english", "russian", "simple")
PG_FORWARD = [
    f"CREATE INDEX IF NOT EXISTS incident_fts_{cfg} ON incidents_incident "
    f"USING GIN (to_tsvector('{cfg}'::regconfig, {PG_DOCUMENT}))"
    for cfg in PG_CONFIGS
]
PG_BACKWARD = [f"DROP INDEX IF EXISTS incident_fts_{cfg}" for cfg in PG_CONFIGS]


def _run(statements_by_vendor):
    def apply(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("incidents", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": PG_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": PG_BACKWARD}),
        ),
    ]
