"""The search document of an incident: the normalised keys search matches (speechwatch.web.search_document).

Why a table of its own: the keys are computed in Python from the incident, its translations, its case,
actors and places (so SQLite and PostgreSQL search the same keys), and kept current by the web app's
signals; the databases index this one column (FTS5 table `incident_search_fts` on SQLite, a GIN
tsvector column `vector` on PostgreSQL, both created by migration 0008 from
speechwatch.web.search_schema). A row per incident, deleted with it.
"""

from __future__ import annotations

from django.db import models


class IncidentSearchDocument(models.Model):
    incident = models.OneToOneField(
        "incidents.Incident", primary_key=True, on_delete=models.CASCADE, related_name="search_document"
    )
    # the distinct keys, sorted, separated by single spaces (letters and digits only)
    terms = models.TextField(default="", blank=True)

    class Meta:
        verbose_name = "incident search document"

    def __str__(self) -> str:
        return f"search document of #{self.incident_id}"
