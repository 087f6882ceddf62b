"""Full-text search over incident title, summary and narrative, each database the native way.

SQLite: an FTS5 table `incident_fts` kept in sync by triggers. PostgreSQL: a trigger-maintained
`search_vector` tsvector column (simple + english + russian) with a GIN index. The statements live in
speechwatch.web.search_schema (which also repairs them after later table rebuilds); other vendors get
nothing and search falls back to icontains.
"""

from django.db import migrations


def forward(apps, schema_editor):
    from speechwatch.web.search_schema import FORWARD, apply

    apply(FORWARD, schema_editor.connection)


def backward(apps, schema_editor):
    from speechwatch.web.search_schema import BACKWARD, apply

    apply(BACKWARD, schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("incidents", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
