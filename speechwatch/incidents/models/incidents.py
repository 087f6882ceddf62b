"""Incidents, the cases that group them across months, and their places, actors and sources."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from speechwatch.incidents.choices import (
    DatePrecision,
    IncidentStatus,
    InvolvementRole,
    Reliability,
    SourceKind,
)
from speechwatch.incidents.models.translations import source_lang_field
from speechwatch.incidents.querysets import CaseQuerySet, IncidentQuerySet, SourceQuerySet

EARLIEST_DATE = dt.date(1991, 1, 1)
NARRATIVE_MAX = 100_000


class Case(models.Model):
    """A story that continues across months: a lawsuit, an investigation, a blocked outlet."""

    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True, default="")
    source_lang = source_lang_field()
    is_confidential = models.BooleanField(_("confidential"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    objects = CaseQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return self.title


class Incident(models.Model):
    title = models.CharField(_("title"), max_length=300)
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    registered_month = models.DateField(
        _("registration month"), help_text=_("First day of the month whose report counts this incident.")
    )
    primary_category = models.ForeignKey(
        "vocab.Category", on_delete=models.PROTECT, related_name="primary_incidents", verbose_name=_("category")
    )
    secondary_categories = models.ManyToManyField(
        "vocab.Category", blank=True, related_name="secondary_incidents", verbose_name=_("secondary categories")
    )
    summary = models.CharField(_("summary"), max_length=1000, blank=True, default="")
    narrative = models.TextField(_("narrative"), blank=True, default="", validators=[MaxLengthValidator(NARRATIVE_MAX)])
    source_lang = source_lang_field()
    status = models.CharField(
        _("status"), max_length=10, choices=IncidentStatus.choices, default=IncidentStatus.DRAFT, db_index=True
    )
    is_confidential = models.BooleanField(
        _("confidential"), default=False, help_text=_("Never shown to anonymous visitors, even when published.")
    )
    confidential_notes = models.TextField(_("confidential notes"), blank=True, default="")
    case = models.ForeignKey(Case, null=True, blank=True, on_delete=models.SET_NULL, related_name="incidents")
    is_follow_up = models.BooleanField(
        _("follow-up"), default=False, help_text=_("Reports a new step of a known case; not counted again.")
    )
    places = models.ManyToManyField("vocab.Place", through="IncidentPlace", blank=True)
    source_document = models.ForeignKey(
        "incidents.SourceDocument", null=True, blank=True, on_delete=models.SET_NULL, related_name="incidents"
    )
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    verified_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    objects = IncidentQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["-registered_month", "-date", "-id"]
        indexes = [
            models.Index(fields=["registered_month", "status"], name="inc_month_status"),
            models.Index(fields=["status", "registered_month", "primary_category"], name="inc_status_month_cat"),
            models.Index(fields=["date"], name="inc_date"),
            # the translation queue counts records per source language
            models.Index(fields=["source_lang"], name="inc_source_lang"),
            # the list page's order: without it SQLite sorts the whole table for every page
            models.Index(
                models.F("registered_month").desc(),
                models.F("date").desc(),
                models.F("id").desc(),
                name="inc_list_order",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(span_start__isnull=True) | models.Q(span_end__gte=models.F("span_start")),
                name="incident_span_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        errors: dict[str, str] = {}
        today = timezone.localdate()
        # clean() runs even after clean_fields() rejected a value, so fields may still hold raw input.
        date_ok = isinstance(self.date, dt.date)
        month_ok = isinstance(self.registered_month, dt.date)
        if date_ok:
            if self.date < EARLIEST_DATE:
                errors["date"] = _("The date %(d)s is before 1991, outside the monitoring record.") % {"d": self.date}
            elif self.date > today:
                errors["date"] = _("The date %(d)s is in the future.") % {"d": self.date}
        if month_ok:
            if self.registered_month.day != 1:
                self.registered_month = self.registered_month.replace(day=1)
            if self.registered_month > today.replace(day=1):
                errors["registered_month"] = _("The registration month cannot be in the future.")
            if date_ok and self.date.replace(day=1) > self.registered_month:
                errors["date"] = _("An incident cannot happen after the month in which it is registered.")
        if self.is_follow_up and self.case_id is None:
            errors["case"] = _("A follow-up must point at the case it follows.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_public(self) -> bool:
        return self.status == IncidentStatus.PUBLISHED and not self.is_confidential


class IncidentPlace(models.Model):
    """A place of an incident, with its region as it was on the incident's date and as it is today."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="incident_places")
    place = models.ForeignKey("vocab.Place", null=True, blank=True, on_delete=models.PROTECT)
    region_then = models.ForeignKey("vocab.Region", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    region_now = models.ForeignKey("vocab.Region", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    name_as_written = models.CharField(max_length=200, blank=True, default="")

    def __str__(self) -> str:
        return self.name_as_written or str(self.place)

    def save(self, *args, **kwargs) -> None:
        if self.place_id and not self.region_now_id:
            self.region_now = self.place.region_on(None)
        if self.place_id and not self.region_then_id:
            self.region_then = self.place.region_on(self.incident.date)
        super().save(*args, **kwargs)


class Involvement(models.Model):
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="involvements")
    actor = models.ForeignKey("incidents.Actor", on_delete=models.PROTECT, related_name="involvements")
    role = models.CharField(max_length=20, choices=InvolvementRole.choices, default=InvolvementRole.OTHER)
    note = models.CharField(max_length=300, blank=True, default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["incident", "actor", "role"], name="uniq_involvement")]

    def __str__(self) -> str:
        return f"{self.actor} ({self.role})"


def source_document_path(instance: Any, filename: str) -> str:
    """Store a source file as sources/<random hex><ext>.

    Source files may be confidential; a name made of the date and the uploaded filename could be
    guessed, and the original name itself may say too much. Only the extension is kept (lower case,
    letters and digits only) so the download view can still guess a content type. A source without a
    title gets the original name as its title (see also `keep_original_filename`).
    """
    if not getattr(instance, "title", True):
        instance.title = os.path.basename(filename)[:500]
    ext = os.path.splitext(filename)[1].lower()
    if not (1 < len(ext) <= 10 and ext[1:].isalnum() and ext[1:].isascii()):
        ext = ""
    return f"sources/{uuid.uuid4().hex}{ext}"


class Source(models.Model):
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="sources")
    kind = models.CharField(max_length=20, choices=SourceKind.choices, default=SourceKind.URL)
    url = models.URLField(max_length=1000, blank=True, default="")
    title = models.CharField(max_length=500, blank=True, default="")
    document = models.FileField(upload_to=source_document_path, blank=True)
    correspondent = models.CharField(max_length=200, blank=True, default="")
    excerpt = models.TextField(blank=True, default="")
    reliability = models.CharField(max_length=1, choices=Reliability.choices, default=Reliability.C)
    is_confidential = models.BooleanField(default=False)
    received = models.DateField(null=True, blank=True)
    objects = SourceQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.title or self.url or self.correspondent or f"source {self.pk}"


@receiver(pre_save, sender=Source, dispatch_uid="source_keep_original_filename")
def keep_original_filename(sender: type, instance: Source, **kwargs: Any) -> None:
    """The stored name is random, so a file uploaded without a title keeps its original name as the
    title (what the download is then called). Runs before the file is written, while the field still
    carries the uploaded name."""
    document = instance.document
    if document and not getattr(document, "_committed", True) and not instance.title:
        instance.title = os.path.basename(document.name or "")[:500]
