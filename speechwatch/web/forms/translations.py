"""One language panel of a record's texts: the translated fields, the translation's status and a
version token.

The panels sit beside the record's own (source) text on the incident editor and on the translation
page of cases, legislative items and actors. Every write goes through
`speechwatch.incidents.translations.save_translation`, so the author lands in the audit history and a
panel cleared of all text removes the translation ("missing" has one meaning).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.db import models, transaction
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from speechwatch.core import permissions
from speechwatch.incidents.models import TranslationStatus
from speechwatch.incidents.models.translations import LANG_CODES, TRANSLATION_LANGS
from speechwatch.incidents.translations import TRANSLATION_MODELS, save_translation, source_lang

LANG_NAMES = dict(TRANSLATION_LANGS)
# the version token of a panel whose translation did not exist when the page was loaded
NO_ROW = "new"


class TranslationConflict(Exception):
    """Someone changed (or created, or removed) this translation after the page was loaded."""

    def __init__(self, form: TranslationForm, current: Any | None) -> None:
        super().__init__(f"translation {form.lang} changed since the page was loaded")
        self.form = form
        self.current = current


def conflict_message(exc: TranslationConflict) -> str:
    """What the page says when a translation changed after it was loaded (nothing was saved)."""
    current = exc.current
    who = getattr(getattr(current, "updated_by", None), "username", "") or gettext("someone else")
    values = {"lang": exc.form.lang_name, "who": who}
    if current is None:
        return gettext(
            "%(who)s removed the %(lang)s translation after you opened this page. Nothing was saved: your text is "
            "kept below; save again to store it."
        ) % {**values, "who": gettext("someone else")}
    return gettext(
        "%(who)s changed the %(lang)s translation at %(when)s, after you opened this page. Nothing was saved: "
        "your text is kept below. Compare it with theirs (see the translation history), then save again to "
        "replace theirs."
    ) % {**values, "when": current.updated_at.strftime("%Y-%m-%d %H:%M:%S")}


def ui_text_lang() -> str:
    """The interface language as a text language (kk/ru/en), the default language a new record is
    written in: monitors write in whichever language they use."""
    code = (get_language() or "").split("-")[0]
    return code if code in LANG_CODES else ""


def prefix_for(lang: str) -> str:
    return f"tr-{lang}"


class TextField(forms.CharField):
    """A text field whose line ends are the stored ones: browsers send a textarea's lines ending in
    CRLF, which would make an untouched narrative look changed (and a monitor's untouched reviewed
    translation look re-submitted)."""

    def to_python(self, value: Any) -> str:
        return super().to_python(value).replace("\r\n", "\n").replace("\r", "\n")


class TranslationForm(forms.Form):
    """The text of one record in one language other than its source language."""

    status = forms.ChoiceField(label=_("translation status"), choices=TranslationStatus.choices, required=False)
    version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, data: Any = None, *, obj: Any, lang: str, user: Any, row: Any = None) -> None:
        super().__init__(data, prefix=prefix_for(lang))
        self.obj, self.lang, self.user, self.row = obj, lang, user, row
        model = TRANSLATION_MODELS[type(obj)][0]
        self.text_fields: tuple[str, ...] = model.FIELDS
        for name in self.text_fields:
            mf = model._meta.get_field(name)
            long = isinstance(mf, models.TextField) or (mf.max_length or 0) > 300
            rows = 8 if isinstance(mf, models.TextField) else 2
            widget = forms.Textarea(attrs={"rows": rows}) if long else forms.TextInput()
            widget.attrs["lang"] = lang  # spell-checkers and screen readers use the panel's language
            self.fields[name] = TextField(label=mf.verbose_name, max_length=mf.max_length, required=False,
                                          widget=widget, validators=list(mf.validators))  # fmt: skip
        self.order_fields([*self.text_fields, "status", "version"])
        self.may_review = permissions.can_publish(user)
        if not self.may_review:
            # monitors save drafts; a reviewed row they do not touch keeps its status (the panel is unchanged)
            self.fields["status"].help_text = _("Only editors mark a translation reviewed.")
        if row is not None:
            self.initial.update({name: getattr(row, name) for name in self.text_fields})
            self.initial["status"] = row.status
            self.initial["version"] = row.updated_at.isoformat() if row.updated_at else NO_ROW
        else:
            self.initial["status"] = TranslationStatus.DRAFT
            self.initial["version"] = NO_ROW

    @property
    def lang_name(self) -> str:
        return LANG_NAMES.get(self.lang, self.lang)

    @property
    def anchor(self) -> str:
        return prefix_for(self.lang)

    def text_bound_fields(self) -> list[Any]:
        return [self[name] for name in self.text_fields]

    def wants_save(self) -> bool:
        """The user changed the panel's text or its status. A request without the panel's fields (a
        client that does not know translations) changes nothing, rather than deleting the translation."""
        if not self.is_bound or not any(self.add_prefix(n) in self.data for n in self.text_fields):
            return False
        if any(name in self.changed_data for name in self.text_fields):
            return True
        submitted = self.data.get(self.add_prefix("status")) or ""
        return self.row is not None and bool(submitted) and submitted != self.row.status

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not self.wants_save():
            return data
        if not data.get("status"):
            data["status"] = self.row.status if self.row is not None else TranslationStatus.DRAFT
        if data["status"] == TranslationStatus.REVIEWED and not self.may_review:
            # a monitor may not mark a translation reviewed, nor keep "reviewed" on text they changed
            self.add_error("status", gettext("Only editors may mark a translation reviewed; save it as a draft."))
        return data

    def values(self) -> dict[str, str]:
        return {name: self.cleaned_data.get(name) or "" for name in self.text_fields}

    def save(self) -> Any | None:
        """Write this panel (when changed) after checking that nobody changed the translation since the
        page was loaded; raises TranslationConflict (the caller's transaction rolls back)."""
        if not self.wants_save():
            return self.row
        model, fk = TRANSLATION_MODELS[type(self.obj)]
        current = model.objects.select_for_update().filter(**{fk: self.obj, "lang": self.lang}).first()
        token = self.cleaned_data.get("version") or ""
        if token:  # a client that sent no token is not checked (as for the incident itself)
            now = current.updated_at.isoformat() if current is not None and current.updated_at else NO_ROW
            if now != token:
                raise TranslationConflict(self, current)
        return save_translation(self.obj, self.lang, self.values(), user=self.user, status=self.cleaned_data["status"])

    def take_version_of(self, current: Any | None) -> None:
        """After a conflict: keep the typed text but move the token to the stored row, so saving again
        deliberately replaces the other version."""
        data = self.data.copy()
        data[self.add_prefix("version")] = current.updated_at.isoformat() if current is not None else NO_ROW
        self.data = data


@dataclass
class TranslationPanels:
    """The panels of one record, one per language other than its source language."""

    forms: list[TranslationForm]

    @classmethod
    def build(cls, obj: Any, user: Any, data: Any = None, *, own_lang: str | None = None) -> TranslationPanels:
        """`own_lang` is the record's source language as the page shows it (the submitted choice on a
        bound editor form); its panel is left out: that text is the record's own fields."""
        rows = {r.lang: r for r in obj.translations.select_related("updated_by")} if obj.pk else {}
        own = source_lang(obj) if own_lang is None else own_lang
        langs = [lang for lang in LANG_CODES if lang != own]
        return cls([TranslationForm(data, obj=obj, lang=lang, user=user, row=rows.get(lang)) for lang in langs])

    def is_valid(self) -> bool:
        return all([f.is_valid() for f in self.forms])

    @transaction.atomic
    def save(self, obj: Any | None = None) -> list[Any]:
        """Save every changed panel (for a record created in the same request, pass it as `obj`)."""
        saved = []
        for form in self.forms:
            if obj is not None:
                form.obj = obj
            if form.lang == source_lang(form.obj):
                continue  # unchanged (`check_own_lang` refused typed text): the record's own fields hold this language
            saved.append(form.save())
        return saved

    def check_own_lang(self, lang: str) -> bool:
        """The record's language was changed to one whose panel has typed text: refuse rather than drop
        it silently. True when no panel is affected."""
        ok = True
        for form in self.forms:
            if form.lang == lang and form.is_valid() and form.wants_save():
                form.add_error(
                    None,
                    gettext("The record's own text is now in this language: move this text to the fields of the "
                            "source text, or choose another language of the text."),
                )
                ok = False
        return ok

    def errors(self) -> list[tuple[str, str]]:
        out = []
        for form in self.forms:
            for name, errors in form.errors.items():
                label = form.fields[name].label if name in form.fields else ""
                where = f"{gettext('Translation')} ({form.lang_name})"
                out.extend((f"{where}: {label}" if label else where, str(e)) for e in errors)
        return out
