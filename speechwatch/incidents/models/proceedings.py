"""The legal side of a case: proceedings, their legal bases, parties, stages and money."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from speechwatch.incidents.choices import (
    AmountKind,
    DatePrecision,
    Outcome,
    PartyRole,
    ProceedingKind,
    StageKind,
)
from speechwatch.incidents.querysets import ProceedingQuerySet


class Proceeding(models.Model):
    case = models.ForeignKey(
        "incidents.Case", null=True, blank=True, on_delete=models.CASCADE, related_name="proceedings"
    )
    incident = models.ForeignKey(
        "incidents.Incident",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proceedings",
        help_text=_("The incident that reported this proceeding first."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ProceedingKind.choices)
    title = models.CharField(_("title"), max_length=300, blank=True, default="")
    filed_on = models.DateField(_("filed or became known"), null=True, blank=True)
    is_honor_claim = models.BooleanField(_("honor, dignity and business reputation"), default=False)
    court = models.ForeignKey(
        "incidents.Actor",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="court_proceedings",
        verbose_name=_("court or body"),
    )
    court_name = models.CharField(_("court or body (as written)"), max_length=300, blank=True, default="")
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, default=Outcome.PENDING)
    outcome_note = models.TextField(_("outcome note"), blank=True, default="")
    is_confidential = models.BooleanField(_("confidential"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    objects = ProceedingQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["-filed_on", "-id"]
        indexes = [models.Index(fields=["kind", "filed_on"], name="proc_kind_filed")]

    def __str__(self) -> str:
        return self.title or f"{self.get_kind_display()} #{self.pk}"

    def clean(self) -> None:
        if self.case_id is None and self.incident_id is None:
            raise ValidationError(_("A proceeding belongs to a case or an incident."))

    @property
    def reached_court(self) -> bool:
        from speechwatch.incidents.choices import COURT_STAGES

        return self.stages.filter(kind__in=COURT_STAGES).exists()


class ProceedingBasis(models.Model):
    proceeding = models.ForeignKey(Proceeding, on_delete=models.CASCADE, related_name="bases")
    article = models.ForeignKey("vocab.LegalArticle", on_delete=models.PROTECT, related_name="+")
    part = models.CharField(max_length=10, blank=True, default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["proceeding", "article", "part"], name="uniq_basis")]

    def __str__(self) -> str:
        part = f" part {self.part}" if self.part else ""
        return f"{self.article}{part}"


class ProceedingParty(models.Model):
    proceeding = models.ForeignKey(Proceeding, on_delete=models.CASCADE, related_name="parties")
    actor = models.ForeignKey("incidents.Actor", on_delete=models.PROTECT, related_name="party_roles")
    role = models.CharField(max_length=20, choices=PartyRole.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["proceeding", "actor", "role"], name="uniq_party")]

    def __str__(self) -> str:
        return f"{self.actor} ({self.role})"


class StageEvent(models.Model):
    proceeding = models.ForeignKey(Proceeding, on_delete=models.CASCADE, related_name="stages")
    kind = models.CharField(max_length=30, choices=StageKind.choices)
    date = models.DateField()
    date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    note = models.TextField(blank=True, default="")
    in_favour_of_media = models.BooleanField(null=True, blank=True)
    incident = models.ForeignKey(
        "incidents.Incident",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stage_events",
        help_text=_("The incident (often a follow-up) that reported this step."),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["date", "id"]
        indexes = [models.Index(fields=["kind", "date"], name="stage_kind_date")]

    def __str__(self) -> str:
        return f"{self.date} {self.get_kind_display()}"


class MoneyAmount(models.Model):
    """Exact integer tenge; never a float (methodology §3.4)."""

    proceeding = models.ForeignKey(Proceeding, on_delete=models.CASCADE, related_name="amounts")
    kind = models.CharField(max_length=10, choices=AmountKind.choices)
    amount_kzt = models.BigIntegerField(_("amount, KZT"), validators=[MinValueValidator(0)])
    date = models.DateField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True, default="")
    history = HistoricalRecords()

    class Meta:
        ordering = ["date", "id"]
        constraints = [models.CheckConstraint(condition=models.Q(amount_kzt__gte=0), name="money_non_negative")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.amount_kzt:,} KZT"
