"""Record texts in the other languages: one translation table per translatable model.

A record keeps the text its author wrote, in the language recorded as its `source_lang`; each other
language (kk, ru, en) is a row of the model's translation table with its own status (draft or
reviewed) and audit history (who wrote or changed it, when). A language with no row, or a row with an
empty title, is "missing". Why a table per model and not columns per language or a generic table:
see docs/decisions/0003-translations.md.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

TRANSLATION_LANGS = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]
LANG_CODES = tuple(code for code, _label in TRANSLATION_LANGS)


class TranslationStatus(models.TextChoices):
    """Where a translation stands. "missing" is not stored: it is the absence of a row."""

    DRAFT = "draft", _("draft")
    REVIEWED = "reviewed", _("reviewed")


def source_lang_field() -> models.CharField:
    """The language the record's own fields are written in ('' = not known yet)."""
    return models.CharField(
        _("language of the text"), max_length=5, choices=TRANSLATION_LANGS, blank=True, default="",
        help_text=_("The language the title and text above are written in; other languages are translations."),
    )


class TranslationBase(models.Model):
    lang = models.CharField(_("language"), max_length=5, choices=TRANSLATION_LANGS)
    status = models.CharField(
        _("translation status"), max_length=10, choices=TranslationStatus.choices, default=TranslationStatus.DRAFT
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    # the master's fields this table translates, in form order (see speechwatch.incidents.translations)
    FIELDS: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def is_empty(self) -> bool:
        return not any((getattr(self, f) or "").strip() for f in self.FIELDS)


class IncidentTranslation(TranslationBase):
    incident = models.ForeignKey("incidents.Incident", on_delete=models.CASCADE, related_name="translations")
    title = models.CharField(_("title"), max_length=300, blank=True, default="")
    summary = models.CharField(_("summary"), max_length=1000, blank=True, default="")
    narrative = models.TextField(_("narrative"), blank=True, default="", validators=[MaxLengthValidator(100_000)])
    history = HistoricalRecords(excluded_fields=["updated_at"])

    FIELDS = ("title", "summary", "narrative")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["incident", "lang"], name="uniq_incident_translation")]
        indexes = [models.Index(fields=["lang", "status"], name="inc_tr_lang_status")]
        verbose_name = _("incident translation")

    def __str__(self) -> str:
        return f"#{self.incident_id} [{self.lang}] {self.title}"


class CaseTranslation(TranslationBase):
    case = models.ForeignKey("incidents.Case", on_delete=models.CASCADE, related_name="translations")
    title = models.CharField(_("title"), max_length=300, blank=True, default="")
    description = models.TextField(_("description"), blank=True, default="")
    history = HistoricalRecords(excluded_fields=["updated_at"])

    FIELDS = ("title", "description")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "lang"], name="uniq_case_translation")]
        verbose_name = _("case translation")

    def __str__(self) -> str:
        return f"case {self.case_id} [{self.lang}] {self.title}"


class LegislativeItemTranslation(TranslationBase):
    item = models.ForeignKey("incidents.LegislativeItem", on_delete=models.CASCADE, related_name="translations")
    title = models.CharField(_("title"), max_length=500, blank=True, default="")
    description = models.TextField(_("description"), blank=True, default="")
    history = HistoricalRecords(excluded_fields=["updated_at"])

    FIELDS = ("title", "description")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["item", "lang"], name="uniq_legislative_translation")]
        verbose_name = _("legislative item translation")

    def __str__(self) -> str:
        return f"law {self.item_id} [{self.lang}] {self.title}"


class ActorTranslation(TranslationBase):
    """An actor's description in another language. Names in other scripts are aliases (ActorAlias),
    which search already matches; this table carries only the description."""

    actor = models.ForeignKey("incidents.Actor", on_delete=models.CASCADE, related_name="translations")
    description = models.TextField(_("description"), blank=True, default="")
    history = HistoricalRecords(excluded_fields=["updated_at"])

    FIELDS = ("description",)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["actor", "lang"], name="uniq_actor_translation")]
        verbose_name = _("actor translation")

    def __str__(self) -> str:
        return f"actor {self.actor_id} [{self.lang}]"


def _guess_source_lang(sender, instance, raw: bool = False, **kwargs) -> None:
    """A record saved without a stated language gets the one its script shows, so the translation
    queue (which counts in SQL and cannot guess) never reads an unknown language as "missing"."""
    if raw or getattr(instance, "source_lang", None) != "":
        return
    from speechwatch.core.textlang import text_lang

    fields = sender.translations.rel.related_model.FIELDS
    text = " ".join(str(getattr(instance, f, "") or "") for f in fields)
    if sender.__name__ == "Actor" and not text.strip():
        text = instance.name
    instance.source_lang = text_lang(text) or ""


def connect_source_lang_guess() -> None:
    from django.db.models.signals import pre_save

    from speechwatch.incidents.models import Actor, Case, Incident, LegislativeItem

    for model in (Incident, Case, LegislativeItem, Actor):
        pre_save.connect(_guess_source_lang, sender=model, dispatch_uid=f"guess_source_lang_{model.__name__}")
