"""Figures an organisation published, and legislative items with their status timeline."""

from __future__ import annotations

from django.db import models

from speechwatch.incidents.choices import FigureScope, LegislativeKind, LegislativeStatus
from speechwatch.incidents.models.translations import source_lang_field
from speechwatch.incidents.querysets import PublicQuerySet


class PublishedFigure(models.Model):
    publisher = models.CharField(max_length=300, blank=True, default="")
    measure = models.CharField(max_length=60, db_index=True)
    scope = models.CharField(max_length=20, choices=FigureScope.choices)
    value = models.BigIntegerField()
    period_start = models.DateField()
    period_end = models.DateField()
    wording = models.TextField(blank=True, default="", help_text="The publisher's own words.")
    source_document = models.ForeignKey(
        "incidents.SourceDocument", null=True, blank=True, on_delete=models.CASCADE, related_name="figures"
    )
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["period_start", "measure", "scope"]
        indexes = [models.Index(fields=["period_start", "period_end"], name="fig_period")]

    def __str__(self) -> str:
        return f"{self.measure} ({self.scope}) = {self.value}"


class LegislativeItem(models.Model):
    title = models.CharField(max_length=500)
    kind = models.CharField(max_length=20, choices=LegislativeKind.choices, default=LegislativeKind.BILL)
    description = models.TextField(blank=True, default="")
    source_lang = source_lang_field()
    incident = models.ForeignKey(
        "incidents.Incident", null=True, blank=True, on_delete=models.SET_NULL, related_name="legislative_items"
    )

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    @property
    def status(self) -> str:
        last = self.events.order_by("-date", "-id").first()
        return last.status if last else ""


class LegislativeEvent(models.Model):
    item = models.ForeignKey(LegislativeItem, on_delete=models.CASCADE, related_name="events")
    date = models.DateField()
    status = models.CharField(max_length=30, choices=LegislativeStatus.choices)
    note = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["date", "id"]

    def __str__(self) -> str:
        return f"{self.date} {self.status}"
