"""Form fields shared by the incident and proceeding forms."""

from __future__ import annotations

import datetime as dt

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
