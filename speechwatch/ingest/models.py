"""One row per file per ingest job, so a batch's per-file outcome survives the process that ran it.

The terminal bar (when a Celery worker runs the job), the web job page and `speechwatch ingest`'s
summary all read these rows; the job row itself only carries the totals.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class IngestItem(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        IMPORTED = "imported", _("Imported")
        UNCHANGED = "unchanged", _("Unchanged")
        REFRESHED = "refreshed", _("Refreshed")
        FAILED = "failed", _("Failed")

    job = models.ForeignKey("core.Job", null=True, blank=True, on_delete=models.CASCADE, related_name="ingest_items")
    path = models.CharField(_("path"), max_length=1000)
    filename = models.CharField(_("file"), max_length=500)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    error = models.CharField(_("error"), max_length=1000, blank=True, default="")
    document = models.ForeignKey(
        "incidents.SourceDocument", null=True, blank=True, on_delete=models.SET_NULL, related_name="ingest_items"
    )
    figures = models.PositiveIntegerField(_("figures"), default=0)
    incidents = models.PositiveIntegerField(_("incidents"), default=0)
    warnings = models.JSONField(default=list, blank=True)
    seconds = models.FloatField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.filename}: {self.status}"

    def as_json(self) -> dict:
        return {
            "id": self.pk,
            "filename": self.filename,
            "status": self.status,
            "status_label": str(self.get_status_display()),
            "error": self.error,
            "document": self.document_id,
            "figures": self.figures,
            "incidents": self.incidents,
            "warnings": list(self.warnings or []),
        }
