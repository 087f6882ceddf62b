"""Report-only record translations (title and summary) become the records' own translations.

`reports.IncidentText` held a title and summary per language for reports; issue 9 gives every
record a translation table (incidents.IncidentTranslation, with status and history). The rows move
there unchanged, as reviewed translations (editors wrote them for published reports); a row in the
record's own language is left out (the record's fields already hold that text). Then the old table
is dropped.
"""

from django.db import migrations


def move_rows(apps, schema_editor):
    from speechwatch.core.textlang import text_lang

    IncidentText = apps.get_model("reports", "IncidentText")
    IncidentTranslation = apps.get_model("incidents", "IncidentTranslation")
    batch = []
    for row in IncidentText.objects.select_related("incident").iterator(chunk_size=2000):
        incident = row.incident
        own = incident.source_lang or text_lang(f"{incident.title} {incident.summary}") or ""
        if row.lang == own:
            continue
        batch.append(IncidentTranslation(incident_id=row.incident_id, lang=row.lang, title=row.title,
                                         summary=row.summary, narrative="", status="reviewed"))
        if len(batch) >= 2000:
            IncidentTranslation.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    if batch:
        IncidentTranslation.objects.bulk_create(batch, ignore_conflicts=True)


def move_back(apps, schema_editor):
    IncidentText = apps.get_model("reports", "IncidentText")
    IncidentTranslation = apps.get_model("incidents", "IncidentTranslation")
    IncidentText.objects.bulk_create(
        [IncidentText(incident_id=t.incident_id, lang=t.lang, title=t.title or "-", summary=t.summary)
         for t in IncidentTranslation.objects.iterator(chunk_size=2000)],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("incidents", "0007_record_translations"),
    ]

    operations = [
        migrations.RunPython(move_rows, move_back),
        migrations.DeleteModel(name="IncidentText"),
    ]
