"""What editors author for a report: the organisation's identity, the plan of a report (data basis,
selected and featured incidents) and per-language texts of records and lead stories.

Narrative blocks per section and language stay `stats.ReportText` rows (kind, period, key, lang):
moving that table between apps is not worth the migration risk on live databases.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

LANGS = [("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")]
REPORT_KINDS = [("monthly", _("Monthly report")), ("annual", _("Annual report"))]


class Organisation(models.Model):
    """The organisation's identity as printed on every report, one row per language (names and
    titles differ by language). Set by editors and admins on /reports/organisation/."""

    lang = models.CharField(_("language"), max_length=5, choices=LANGS, unique=True)
    name = models.CharField(_("name"), max_length=300)
    head = models.CharField(_("head of the monitoring service"), max_length=300, blank=True, default="")
    head_title = models.CharField(_("head's title"), max_length=300, blank=True, default="")
    email = models.EmailField(_("email"), blank=True, default="")
    phone = models.CharField(_("phone"), max_length=100, blank=True, default="")
    website = models.URLField(_("website"), blank=True, default="")
    address = models.CharField(_("address"), max_length=500, blank=True, default="")
    logo = models.ImageField(_("logo"), upload_to="organisation/", blank=True, default="")
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["lang"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisation")

    def __str__(self) -> str:
        return f"{self.name} [{self.lang}]"


class DataBasis(models.TextChoices):
    PUBLISHED = "published", _("published incidents only")
    VERIFIED = "verified", _("verified and published incidents")


class Untranslated(models.TextChoices):
    """What the final render of a report in language X does with a record that has no X text. There is
    no third, silent choice: a report never prints another language unmarked, nor drops a record unsaid."""

    REFUSE = "refuse", _("refuse to render, listing the untranslated records")
    MARK = "mark", _("print them in their own language, marked as not translated")


class ReportPlan(models.Model):
    """One report (kind and period) as the editors assemble it: which incidents count as its data
    (the basis, chosen explicitly), which incidents it lists, in what order, which ones lead, and what
    its final render does with records not translated into the report's language."""

    kind = models.CharField(_("report kind"), max_length=10, choices=REPORT_KINDS)
    period = models.CharField(_("period"), max_length=40)
    basis = models.CharField(_("data basis"), max_length=10, choices=DataBasis.choices, default=DataBasis.PUBLISHED)
    untranslated = models.CharField(_("records without a translation"), max_length=10,
                                    choices=Untranslated.choices, default=Untranslated.REFUSE)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "period"], name="uniq_report_plan")]
        verbose_name = _("report plan")

    def __str__(self) -> str:
        return f"{self.kind} {self.period}"


class ReportItem(models.Model):
    """An editor's decision on one incident of a report: left out, moved, or featured as a lead
    story. Incidents without a row keep their default place (monthly) or stay in the register only
    (annual, beyond its listing limit)."""

    plan = models.ForeignKey(ReportPlan, on_delete=models.CASCADE, related_name="items")
    incident = models.ForeignKey("incidents.Incident", on_delete=models.CASCADE, related_name="+")
    included = models.BooleanField(_("listed"), default=True)
    featured = models.BooleanField(_("lead story"), default=False)
    order = models.IntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        constraints = [models.UniqueConstraint(fields=["plan", "incident"], name="uniq_report_item")]

    def __str__(self) -> str:
        return f"{self.plan} #{self.incident_id}"


class LeadText(models.Model):
    """A lead story's heading and the foundation's commentary, per language."""

    item = models.ForeignKey(ReportItem, on_delete=models.CASCADE, related_name="texts")
    lang = models.CharField(_("language"), max_length=5, choices=LANGS)
    heading = models.CharField(_("heading"), max_length=300, blank=True, default="")
    commentary = models.TextField(_("commentary"), blank=True, default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["item", "lang"], name="uniq_lead_text")]

    def __str__(self) -> str:
        return f"{self.item} [{self.lang}] {self.heading}"

