"""A record's text in a given language: the source text, a translation, or a marked fallback.

Every reader (public pages, the API, reports, exports, search) asks `localize(obj, lang)` and gets a
`Localized`: the values of the translatable fields, the language they are actually in, and the
status ("source", "reviewed", "draft" or "missing"). Readers decide what to do with a fallback
(pages mark it; reports refuse or mark it as the editor chooses) but never receive one silently:
`Localized.is_fallback` is True whenever the text is not in the language asked for.

A draft is anyone's unchecked wording (a monitor may write one for any record they see), so what is
published (public pages, the API's record text, feeds, downloads, reports, the search index) reads
reviewed translations only; a draft there is "missing". Only the editors' own screens ask for drafts
(`drafts=True`).

Writes go through `save_translation`, which checks the permission, records the author (also in the
audit history) and removes a row whose fields are all blank, so "missing" has one meaning.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import models

from speechwatch.core.textlang import text_lang
from speechwatch.incidents.models import (
    Actor,
    ActorTranslation,
    Case,
    CaseTranslation,
    Incident,
    IncidentTranslation,
    LegislativeItem,
    LegislativeItemTranslation,
    TranslationStatus,
)
from speechwatch.incidents.models.translations import LANG_CODES

# master model → (translation model, the master's foreign-key name on it)
TRANSLATION_MODELS: dict[type[models.Model], tuple[type[models.Model], str]] = {
    Incident: (IncidentTranslation, "incident"),
    Case: (CaseTranslation, "case"),
    LegislativeItem: (LegislativeItemTranslation, "item"),
    Actor: (ActorTranslation, "actor"),
}
SOURCE = "source"
MISSING = "missing"
STATUSES = (SOURCE, TranslationStatus.REVIEWED.value, TranslationStatus.DRAFT.value, MISSING)


def fields_of(obj_or_model: Any) -> tuple[str, ...]:
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    return TRANSLATION_MODELS[model][0].FIELDS


@dataclass(frozen=True)
class Localized:
    requested: str
    lang: str  # the language `values` are written in ('' when there is no text at all)
    status: str  # "source" | "reviewed" | "draft" | "missing"
    values: dict[str, str] = field(default_factory=dict)

    @property
    def is_fallback(self) -> bool:
        """The text shown is not in the language asked for (or there is none)."""
        return self.lang != self.requested

    def __getitem__(self, name: str) -> str:
        return self.values.get(name, "")

    def get(self, name: str, default: str = "") -> str:
        return self.values.get(name, default) or default


def source_lang(obj: Any) -> str:
    """The language of the record's own fields: as recorded, else guessed from their script."""
    if getattr(obj, "source_lang", ""):
        return obj.source_lang
    text = " ".join(str(getattr(obj, f, "") or "") for f in fields_of(obj))
    return text_lang(text) or ""


def translation_rows(obj: Any) -> dict[str, Any]:
    """lang → translation row, from the prefetch cache when the caller prefetched `translations`."""
    return {row.lang: row for row in obj.translations.all()}


def status_of(obj: Any, lang: str, rows: dict[str, Any] | None = None) -> str:
    if source_lang(obj) == lang:
        return SOURCE
    row = (rows if rows is not None else translation_rows(obj)).get(lang)
    if row is None or row.is_empty():
        return MISSING
    return row.status


def localize(obj: Any, lang: str, *, fallback: bool = True, drafts: bool = False) -> Localized:
    """The record's text in `lang`. Without a usable translation: the source text marked as a fallback
    (`fallback=True`), or empty values with status "missing". A draft is usable only with `drafts=True`
    (the editors' screens): everything published waits for an editor's review."""
    names = fields_of(obj)
    own = source_lang(obj)
    source_values = {f: str(getattr(obj, f, "") or "") for f in names}
    if own == lang:
        return Localized(lang, lang, SOURCE, source_values)
    row = translation_rows(obj).get(lang)
    usable = row is not None and not row.is_empty() and not (
        not drafts and row.status != TranslationStatus.REVIEWED)
    if usable:
        values = {f: str(getattr(row, f, "") or "") for f in names}
        # a translation may leave a long field (the narrative) untranslated: that field is missing, not
        # filled from the source, so no other language leaks in
        return Localized(lang, lang, row.status, values)
    if fallback:
        return Localized(lang, own, MISSING, source_values)
    return Localized(lang, "", MISSING, {f: "" for f in names})


def save_translation(obj: Any, lang: str, values: dict[str, str], *, user: Any = None,
                     status: str = TranslationStatus.DRAFT) -> Any | None:
    """Create, change or (when every field is blank) delete the translation of `obj` in `lang`.
    Returns the row, or None when it was deleted or never existed. Writing the source language
    changes the record's own fields instead."""
    if lang not in LANG_CODES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANG_CODES)}")
    if status not in TranslationStatus.values:
        raise ValueError(f"unknown translation status {status!r}")
    if user is not None:
        _check_may_write(obj, user, status)
    model, fk = TRANSLATION_MODELS[type(obj)]
    clean = {f: (values.get(f) or "").strip() for f in model.FIELDS}
    if source_lang(obj) == lang:
        for f, v in clean.items():
            setattr(obj, f, v)
        obj.full_clean()
        obj.save()
        return None
    row = model.objects.filter(**{fk: obj, "lang": lang}).first()
    if not any(clean.values()):
        if row is not None:
            _set_history_user(row, user)
            row.delete()
        return None
    if row is None:
        row = model(**{fk: obj, "lang": lang})
    for f, v in clean.items():
        setattr(row, f, v)
    row.status = status
    if user is not None and getattr(user, "is_authenticated", False):
        row.updated_by = user
    row.full_clean()
    _set_history_user(row, user)
    row.save()
    return row


def _check_may_write(obj: Any, user: Any, status: str) -> None:
    """Monitors, editors and admins translate; a monitor may translate only records they may see (and
    saves drafts: only those who may publish mark a translation reviewed)."""
    from speechwatch.core import permissions

    if not permissions.can_create(user):
        raise PermissionDenied("this account may not write record texts")
    if status == TranslationStatus.REVIEWED and not permissions.can_publish(user):
        raise PermissionDenied("only editors may mark a translation reviewed")
    if isinstance(obj, Incident) and not permissions.can_publish(user):
        if not Incident.objects.restrict(user).filter(pk=obj.pk).exists():
            raise PermissionDenied("this account may not see this record")


def _set_history_user(row: Any, user: Any) -> None:
    if user is not None and getattr(user, "is_authenticated", False):
        row._history_user = user  # simple-history records the author with the change


def completeness(objs: Iterable[Any]) -> dict[str, dict[str, int]]:
    """lang → status → count over `objs` (prefetch `translations` first)."""
    out = {lang: dict.fromkeys(STATUSES, 0) for lang in LANG_CODES}
    for obj in objs:
        rows = translation_rows(obj)
        for lang in LANG_CODES:
            out[lang][status_of(obj, lang, rows)] += 1
    return out
