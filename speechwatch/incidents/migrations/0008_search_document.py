"""The search document: one row of normalised keys per incident (speechwatch.web.search_document).

Replaces the database-side text processing of 0002 (FTS5 over the incident columns on SQLite; an
english + russian + simple tsvector on PostgreSQL), which matched differently on each database and
saw neither translations nor actors' aliases, by keys computed in Python and indexed the same way on
both (statements in speechwatch.web.search_schema). The documents themselves are written by the
post-migrate check (`ensure_search_schema` → `index_missing`) once every migration has run, with
the models as they are then, or by `speechwatch reindex`.
"""

import django.db.models.deletion
from django.db import migrations, models


def forward(apps, schema_editor):
    from speechwatch.web.search_schema import DOC_FORWARD, apply

    apply(DOC_FORWARD, schema_editor.connection)


def backward(apps, schema_editor):
    from speechwatch.web.search_schema import DOC_BACKWARD, apply

    apply(DOC_BACKWARD, schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("incidents", "0007_record_translations")]

    operations = [
        migrations.CreateModel(
            name="IncidentSearchDocument",
            fields=[
                (
                    "incident",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_document",
                        serialize=False,
                        to="incidents.incident",
                    ),
                ),
                ("terms", models.TextField(blank=True, default="")),
            ],
            options={"verbose_name": "incident search document"},
        ),
        migrations.RunPython(forward, backward),
    ]
