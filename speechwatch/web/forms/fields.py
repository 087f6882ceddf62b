"""Form fields shared by the incident and proceeding forms."""

from __future__ import annotations

import datetime as dt
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from speechwatch.incidents.choices import ActorKind
from speechwatch.incidents.models import Actor
from speechwatch.vocab.models import Category, LegalArticle, Place, Region


class DateInput(forms.DateInput):
    input_type = "date"

    def format_value(self, value):  # type: ignore[override]
        return value.isoformat() if isinstance(value, dt.date) else value


class MonthInput(forms.TextInput):
    """`YYYY-MM`; shows a stored first-of-month date as its month."""

    input_type = "month"

    def format_value(self, value):  # type: ignore[override]
        return value.strftime("%Y-%m") if isinstance(value, dt.date) else value


class RegistrationMonthField(forms.DateField):
    """A month (`YYYY-MM`, or a full date) stored as the first day of that month."""

    widget = MonthInput
    input_formats = ["%Y-%m", "%Y-%m-%d"]
    default_error_messages = {"invalid": _("Enter a month as YYYY-MM, for example 2024-03.")}

    def to_python(self, value):  # type: ignore[override]
        day = super().to_python(value)
        return day.replace(day=1) if day else day


def grouped_category_choices(blank: bool) -> list[tuple[object, object]]:
    """Categories under their group's label (an <optgroup> per group), in codebook order."""
    groups: dict[int, tuple[str, list[tuple[int, str]]]] = {}
    for c in categories():
        groups.setdefault(c.group_id, (c.group.label, []))[1].append((c.pk, c.label))
    choices: list[tuple[object, object]] = [("", "---------")] if blank else []
    return choices + list(groups.values())


class CategoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Category) -> str:
        return obj.label


class CategoryMultipleField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Category) -> str:
        return obj.label


class ArticleChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: LegalArticle) -> str:
        return f"{obj.code_id} {obj.article} — {obj.label}"


class ActorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Actor) -> str:
        return f"{obj.name} ({obj.get_kind_display()})"


ACTOR_REF = re.compile(r"\[(\d+)\]\s*$")
ACTOR_DATALIST_ID = "actor-names"


def actor_label(actor: Actor) -> str:
    """How an actor is written in the actor boxes: "Name [id]" (the id makes it unambiguous)."""
    return f"{actor.name} [{actor.pk}]"


class ActorLookupField(forms.Field):
    """An existing actor, typed with autocompletion from one shared <datalist> instead of a <select>
    per row (thousands of actors would make the editor page megabytes long). Accepts "Name [id]" as
    the list offers it, a bare id, or a name or alias that folds to exactly one actor."""

    default_error_messages = {
        "unknown": _("No actor %(name)s: pick one from the list, or add a new actor."),
        "ambiguous": _("Several actors are called %(name)s: pick one from the list."),
    }

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("widget", forms.TextInput(attrs={"list": ACTOR_DATALIST_ID, "autocomplete": "off"}))
        super().__init__(**kwargs)

    def prepare_value(self, value):  # type: ignore[override]
        if isinstance(value, Actor):
            return actor_label(value)
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            actor = Actor.objects.filter(pk=int(value)).only("pk", "name").first()
            return actor_label(actor) if actor else value
        return value

    def to_python(self, value):  # type: ignore[override]
        from speechwatch.incidents.models import ActorAlias, normalise_name

        text = "" if value in self.empty_values else str(value).strip()
        if not text:
            return None
        ref = ACTOR_REF.search(text)
        pk = int(ref.group(1)) if ref else (int(text) if text.isdigit() else None)
        if pk is not None:
            actor = Actor.objects.filter(pk=pk).first()
            if actor is None:
                raise forms.ValidationError(self.error_messages["unknown"], code="unknown", params={"name": text})
            return actor
        key = normalise_name(text)
        ids = set(Actor.objects.filter(normalised=key).values_list("pk", flat=True))
        ids |= set(ActorAlias.objects.filter(normalised=key).values_list("actor_id", flat=True))
        if not ids:
            raise forms.ValidationError(self.error_messages["unknown"], code="unknown", params={"name": text})
        if len(ids) > 1:
            raise forms.ValidationError(self.error_messages["ambiguous"], code="ambiguous", params={"name": text})
        return Actor.objects.get(pk=ids.pop())

    def has_changed(self, initial, data) -> bool:  # type: ignore[override]
        try:
            new = self.to_python(data)
        except forms.ValidationError:
            return True
        old = initial.pk if isinstance(initial, Actor) else initial
        return (new.pk if new else None) != (int(old) if old not in (None, "") else None)


class RegionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Region) -> str:
        return obj.label


def categories() -> forms.models.QuerySet:
    return Category.objects.filter(active=True).select_related("group")


def articles() -> forms.models.QuerySet:
    return LegalArticle.objects.select_related("code")


def actors() -> forms.models.QuerySet:
    return Actor.objects.order_by("name")


def places() -> forms.models.QuerySet:
    return Place.objects.all()


ACTOR_KIND_CHOICES = [("", "---------"), *ActorKind.choices]
