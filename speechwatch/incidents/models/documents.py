"""Source documents: a report file as read by the extraction pipeline, kept so that every extracted
record can point back at the exact span of text it came from."""

from __future__ import annotations

from django.db import models

from speechwatch.incidents.querysets import SourceDocumentQuerySet


class SourceDocument(models.Model):
    sha256 = models.CharField(max_length=64, unique=True)
    filename = models.CharField(max_length=500)
    format = models.CharField(max_length=10)
    language = models.CharField(max_length=5, blank=True, default="")
    text = models.TextField(help_text="Normalised text; spans index into it.")
    title = models.CharField(max_length=500, blank=True, default="")
    publisher = models.CharField(max_length=300, blank=True, default="")
    kind = models.CharField(max_length=20, blank=True, default="")
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    published = models.DateField(null=True, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    extraction = models.JSONField(default=dict, blank=True, help_text="The pipeline's full output.")
    imported_at = models.DateTimeField(auto_now_add=True)

    objects = SourceDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-period_start", "filename"]

    def __str__(self) -> str:
        return self.title or self.filename
