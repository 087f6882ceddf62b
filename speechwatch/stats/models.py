"""Editable report texts and the report files rendered for download.

Narrative chapters (overview, conclusions, recommendations, the legislation introduction, a
briefing's summary) are written by people, not computed: they live here so an editor can change
them on the close-the-month page or in the admin without touching code. A text is looked up for the
exact report period first, then for the report kind in general, then falls back to a built-in
default (speechwatch.reports.texts).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

REPORT_KINDS = [("monthly", _("Monthly report")), ("annual", _("Annual report")), ("briefing", _("Briefing"))]
FORMATS = [("html", "HTML"), ("pdf", "PDF"), ("docx", "DOCX"), ("md", "Markdown")]
LANGS = [("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")]


class ReportText(models.Model):
    kind = models.CharField(_("report kind"), max_length=10, choices=REPORT_KINDS)
    period = models.CharField(
        _("period"), max_length=40, blank=True, default="", help_text=_("e.g. 2024 or 2024-04; empty for every period")
    )
    key = models.CharField(_("text"), max_length=40, help_text=_("overview, conclusions, recommendations, ..."))
    lang = models.CharField(_("language"), max_length=5, choices=LANGS)
    body = models.TextField(_("text"), help_text=_("Paragraphs are separated by blank lines."))
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "period", "key", "lang"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "period", "key", "lang"], name="uniq_report_text"),
        ]
        verbose_name = _("report text")
        verbose_name_plural = _("report texts")

    def __str__(self) -> str:
        return f"{self.kind} {self.period or '*'} {self.key} [{self.lang}]"


class RenderedReport(models.Model):
    """A report file rendered by the `render_report` job, stored under MEDIA_ROOT/reports/."""

    kind = models.CharField(max_length=10, choices=REPORT_KINDS)
    period = models.CharField(max_length=40, blank=True, default="")
    lang = models.CharField(max_length=5, choices=LANGS)
    format = models.CharField(max_length=5, choices=FORMATS)
    file = models.FileField(upload_to="reports/", max_length=300)
    size = models.PositiveIntegerField(default=0)
    seconds = models.FloatField(default=0)
    job = models.ForeignKey("core.Job", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.kind} {self.period} {self.lang}.{self.format}"

    @property
    def filename(self) -> str:
        return f"speechwatch-{self.kind}-{self.period or 'briefing'}-{self.lang}.{self.format}"


from speechwatch.stats.models_basis import Basis, PeriodBasis, PeriodBasisChange  # noqa: E402,F401
