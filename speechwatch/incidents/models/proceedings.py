"""The legal side of a case: proceedings, their legal bases, parties, stages and money."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from speechwatch.incidents import legal_terms
from speechwatch.incidents.choices import (
    ACCUSED_ROLES,
    PENAL_KINDS,
    AmountKind,
    DatePrecision,
    Outcome,
    PartyRole,
    ProceedingKind,
    StageKind,
    ban_choices,
    custody_choices,
    sentence_choices,
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
    """A person's or body's place in a proceeding. For an accused or defendant person of a criminal or
    administrative proceeding it also holds the structured legal outcome the briefings print: the
    bases they personally are charged under (`charges`, a subset of the proceeding's bases), their
    custody status, and (in `sentences` and `bans`) what the court imposed. A report never infers a
    person's charges from a narrative or from a proceeding's bases alone."""

    proceeding = models.ForeignKey(Proceeding, on_delete=models.CASCADE, related_name="parties")
    actor = models.ForeignKey("incidents.Actor", on_delete=models.PROTECT, related_name="party_roles")
    role = models.CharField(max_length=20, choices=PartyRole.choices)
    charges = models.ManyToManyField(
        ProceedingBasis,
        blank=True,
        related_name="charged_parties",
        verbose_name=_("charged under"),
        help_text=_("The legal bases of this proceeding this person is charged under."),
    )
    custody_status = models.CharField(
        _("custody status"), max_length=30, choices=custody_choices, blank=True, default=""
    )
    custody_since = models.DateField(_("custody status since"), null=True, blank=True)
    confirmed = models.BooleanField(
        _("link confirmed"),
        default=True,
        help_text=_(
            "An editor checked that this actor is a party in this role. Reports never print an unconfirmed link."
        ),
    )
    # who tied a person to which charge, and when: the charges are audited with the row
    history = HistoricalRecords(m2m_fields=[charges])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["proceeding", "actor", "role"], name="uniq_party")]

    def __str__(self) -> str:
        return f"{self.actor} ({self.role})"

    @property
    def answers_charges(self) -> bool:
        """True for an accused or defendant of a criminal or administrative proceeding."""
        return self.role in ACCUSED_ROLES and self.proceeding.kind in PENAL_KINDS


class TermMixin(models.Model):
    """A term in years, months and days (any part may be empty: reports often give only one)."""

    term_years = models.PositiveSmallIntegerField(_("years"), null=True, blank=True)
    term_months = models.PositiveSmallIntegerField(_("months"), null=True, blank=True)
    term_days = models.PositiveSmallIntegerField(_("days"), null=True, blank=True)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)

    class Meta:
        abstract = True

    def term_text(self, lang: str | None = None) -> str:
        """The term in `lang` (default: the active language), e.g. "1 year 6 months" / "1 год 6 месяцев"."""
        return legal_terms.term(self.term_years, self.term_months, self.term_days, lang)

    def clean_term(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date is before the start date.")})


def _check_accused(party: ProceedingParty | None) -> None:
    if party is not None and not party.answers_charges:
        raise ValidationError(
            _("Only an accused or defendant of a criminal or administrative proceeding can be sentenced.")
        )


class Sentence(TermMixin):
    """What a court (or a body, for an administrative offence) imposed on one party. An appeal or a
    commutation adds a new sentence and clears `is_current` on the one it replaced."""

    party = models.ForeignKey(ProceedingParty, on_delete=models.CASCADE, related_name="sentences")
    kind = models.CharField(_("sentence type"), max_length=30, choices=sentence_choices)
    fine_kzt = models.BigIntegerField(_("fine, KZT"), null=True, blank=True, validators=[MinValueValidator(0)])
    is_suspended = models.BooleanField(_("suspended (conditional)"), default=False)
    probation_years = models.PositiveSmallIntegerField(_("probation, years"), null=True, blank=True)
    probation_months = models.PositiveSmallIntegerField(_("probation, months"), null=True, blank=True)
    sentenced_on = models.DateField(_("sentenced on"), null=True, blank=True)
    is_current = models.BooleanField(
        _("in force"), default=True, help_text=_("Clear when an appeal, commutation or pardon replaced it.")
    )
    note = models.CharField(_("note"), max_length=300, blank=True, default="")
    history = HistoricalRecords()

    class Meta:
        ordering = ["sentenced_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(fine_kzt__isnull=True) | models.Q(fine_kzt__gte=0), name="sentence_fine_non_negative"
            )
        ]

    def __str__(self) -> str:
        return f"{self.party.actor}: {self.get_kind_display()}"

    def text_in(self, lang: str | None = None) -> str:
        """What was imposed, in `lang`: "restricted freedom 2 years, suspended, probation 1 year"."""
        head = f"{legal_terms.label('sentence_type', self.kind, lang)} {self.term_text(lang)}".strip()
        if self.fine_kzt is not None:
            amount = f"{self.fine_kzt:,}"
            if legal_terms.lang_of(lang) != "en":
                amount = amount.replace(",", "\u00a0")  # 1 530 000 in ru/kk, exact integer tenge
            head += " " + legal_terms.phrase("fine_amount", lang, amount=amount)
        parts = [head]
        if self.is_suspended:
            parts.append(legal_terms.phrase("suspended", lang))
        probation = legal_terms.term(self.probation_years, self.probation_months, None, lang)
        if probation:
            parts.append(legal_terms.phrase("probation", lang, term=probation))
        return ", ".join(parts)

    @property
    def text(self) -> str:
        return self.text_in()

    def clean(self) -> None:
        self.clean_term()
        _check_accused(self.party if self.party_id else None)


class Ban(TermMixin):
    """An additional restriction on one party (for example a ban on journalism or on public activity
    for three years), imposed with a sentence or on its own (administrative supervision)."""

    party = models.ForeignKey(ProceedingParty, on_delete=models.CASCADE, related_name="bans")
    sentence = models.ForeignKey(
        Sentence,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="bans",
        verbose_name=_("imposed with sentence"),
    )
    kind = models.CharField(_("ban"), max_length=30, choices=ban_choices)
    note = models.CharField(_("note"), max_length=300, blank=True, default="")
    history = HistoricalRecords()

    class Meta:
        ordering = ["starts_on", "id"]

    def __str__(self) -> str:
        return f"{self.party.actor}: {self.get_kind_display()}"

    def text_in(self, lang: str | None = None) -> str:
        """ "ban on journalism 3 years" in `lang`."""
        return f"{legal_terms.label('ban_kind', self.kind, lang)} {self.term_text(lang)}".strip()

    @property
    def text(self) -> str:
        return self.text_in()

    def clean(self) -> None:
        self.clean_term()
        _check_accused(self.party if self.party_id else None)
        if self.sentence_id and self.party_id and self.sentence.party_id != self.party_id:
            raise ValidationError({"sentence": _("The sentence belongs to another party.")})


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
