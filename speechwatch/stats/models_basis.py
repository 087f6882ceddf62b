"""The official basis of a period (methodology v2 §3.8): which figures the organisation stands by.

For each month, quarter, half year or year the editors choose "computed" (figures computed from the
confirmed records) or "published" (the figures the organisation printed in its own report, stored as
`incidents.PublishedFigure` by ingest) — the right choice for back-catalogue periods whose records are
incomplete. A period without a row is computed. Every change is kept in `PeriodBasisChange` (who, when,
from what to what), because a published statistic that silently changes basis cannot be defended.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Basis(models.TextChoices):
    COMPUTED = "computed", _("Computed from the records")
    PUBLISHED = "published", _("Published by the organisation")


class PeriodBasis(models.Model):
    """The current basis of one period, keyed by its canonical label (2024-04, 2024-Q2, 2024-H1, 2024)."""

    period = models.CharField(_("period"), max_length=20, unique=True)
    basis = models.CharField(_("basis"), max_length=10, choices=Basis.choices, default=Basis.COMPUTED)
    note = models.TextField(_("note"), blank=True, default="")
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["period"]
        verbose_name = _("official basis of a period")
        verbose_name_plural = _("official bases of periods")

    def __str__(self) -> str:
        return f"{self.period}: {self.basis}"


class PeriodBasisChange(models.Model):
    """One change of a period's basis (the audit trail; rows are only ever added)."""

    period = models.CharField(max_length=20, db_index=True)
    previous = models.CharField(max_length=10, choices=Basis.choices)
    basis = models.CharField(max_length=10, choices=Basis.choices)
    note = models.TextField(blank=True, default="")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_by_name = models.CharField(max_length=150, blank=True, default="")
    changed_at = models.DateTimeField(auto_now_add=True)
    via = models.CharField(max_length=10, default="web", help_text="web, cli or api")

    class Meta:
        ordering = ["-changed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.period}: {self.previous} → {self.basis} by {self.changed_by_name or '?'}"
