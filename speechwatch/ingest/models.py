"""One row per file per ingest job, so a batch's per-file outcome survives the process that ran it.

The terminal bar (when a Celery worker runs the job), the web job page and `speechwatch ingest`'s
summary all read these rows; the job row itself only carries the totals.
"""

from __future__ import annotations

from django.conf import settings
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
    accepted = models.PositiveIntegerField(_("accepted"), default=0)
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
            "accepted": self.accepted,
            "warnings": list(self.warnings or []),
        }


class DraftProposal(models.Model):
    """What a draft proposes to create outside itself, kept until an editor decides.

    Ingest never creates shared records (cases, actors, proceedings, links) on its own: a report can
    name a court, a law or a person in passing, and a guess stored as a record would count and merge
    before anyone looked. The proposal keeps the guess; `speechwatch.ingest.accept.accept_draft` creates
    the records when an editor accepts the draft (or `speechwatch ingest --accept` does, the same way).
    """

    class CaseAction(models.TextChoices):
        NONE = "none", _("No case")
        NEW = "new", _("Open a new case")
        EXISTING = "existing", _("Link to an existing case")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    incident = models.OneToOneField("incidents.Incident", on_delete=models.CASCADE, related_name="proposal")
    document = models.ForeignKey(
        "incidents.SourceDocument", null=True, blank=True, on_delete=models.CASCADE, related_name="proposals"
    )
    number = models.PositiveIntegerField(default=0, help_text="The record's number in the extraction.")
    case_action = models.CharField(_("case"), max_length=10, choices=CaseAction.choices, default=CaseAction.NONE)
    case_title = models.CharField(_("title of the new case"), max_length=300, blank=True, default="")
    case = models.ForeignKey(
        "incidents.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("case")
    )
    case_reason = models.CharField(max_length=300, blank=True, default="")
    # a follow-up must point at its case, so the draft stays a plain draft until the case exists
    is_follow_up = models.BooleanField(_("follow-up of a known case"), default=False)
    # [{"name", "kind", "role", "actor": matched id or null}]
    actors = models.JSONField(default=list, blank=True)
    # {"kind", "title", "filed_on", "is_honor_claim", "bases": [{"code", "article", "part"}],
    #  "parties": [{"name", "kind", "role"}]} or {} for none
    proceeding = models.JSONField(default=dict, blank=True)
    create_proceeding = models.BooleanField(_("record the proceeding"), default=False)
    # [{"kind", "kzt", "scope", "count", "context"}]: money keeps the scope the report gave it
    amounts = models.JSONField(default=list, blank=True)
    # the extraction's primary category and the category model's probability of it: the review screen
    # marks a draft "uncertain" below category_model.UNCERTAIN_BELOW, and `speechwatch train` learns
    # from drafts whose category an editor changed (the incident's category differs from this one)
    proposed_category = models.CharField(max_length=64, blank=True, default="")
    category_confidence = models.FloatField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    # what accepting created: {"case": id, "case_created": bool, "actors": [ids], "proceeding": id, "amounts": [ids]}
    created = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["document_id", "number", "id"]

    def __str__(self) -> str:
        return f"proposal of incident {self.incident_id}: {self.status}"

    @property
    def category_uncertain(self) -> bool:
        """Whether the extraction was unsure of the category it proposed (the review screen says so)."""
        from speechwatch.extraction.category_model import UNCERTAIN_BELOW

        return self.category_confidence is not None and self.category_confidence < UNCERTAIN_BELOW


class NarrativeBlock(models.Model):
    """A block of a report's own analysis, conclusions or recommendations, kept with its span.

    These blocks are what the organisation says about events, not events: storing them as incidents
    invented records (a conclusion counted as a violation), dropping them lost the report's argument.
    """

    class Kind(models.TextChoices):
        SUMMARY = "summary", _("Summary")
        ANALYSIS = "analysis", _("Analysis")
        CONCLUSION = "conclusion", _("Conclusion")
        RECOMMENDATION = "recommendation", _("Recommendation")

    document = models.ForeignKey("incidents.SourceDocument", on_delete=models.CASCADE, related_name="narrative_blocks")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    heading = models.CharField(_("heading"), max_length=300, blank=True, default="")
    span_start = models.PositiveIntegerField()
    span_end = models.PositiveIntegerField()

    class Meta:
        ordering = ["document_id", "span_start"]

    def __str__(self) -> str:
        return f"{self.kind} {self.span_start}-{self.span_end}"


class DocumentFingerprint(models.Model):
    """The sha256 of a stored document's normalised text, indexed.

    The duplicate check ("the same report saved with other line endings") used to compare the new
    text with every stored text, a scan of the whole archive per file; one indexed lookup keeps the
    time per file flat however many documents are stored.
    """

    document = models.OneToOneField("incidents.SourceDocument", on_delete=models.CASCADE, related_name="fingerprint")
    text_sha256 = models.CharField(max_length=64, db_index=True)

    def __str__(self) -> str:
        return f"document {self.document_id}: {self.text_sha256[:12]}"
