"""The incident filters of the list page, reusable by the JSON API (`IncidentFilterSet`).

Every filter that looks through a relation (categories, places, actors, proceedings) is a semi-join
(`pk IN (subquery)` or EXISTS), so the list never multiplies rows, never needs DISTINCT and its COUNT
stays a count over the incident table alone. Codes are resolved to ids first so the subqueries run on
the foreign-key indexes.
"""

from __future__ import annotations

import datetime as dt
import re

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from speechwatch.incidents.choices import IncidentStatus, ProceedingKind
from speechwatch.incidents.models import Actor, Case, Incident, IncidentPlace, Involvement, Proceeding, normalise_name
from speechwatch.vocab.models import Category, CategoryGroup, Region

MAX_ID = 2**63 - 1  # larger ids overflow SQLite's integers; none can exist
MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(value: str) -> dt.date | None:
    """`YYYY-MM` → the first day of that month; None when the text is not a real month."""
    m = MONTH_RE.match((value or "").strip())
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if not (1 <= month <= 12 and 1900 <= year <= 2999):
        return None
    return dt.date(year, month, 1)


class MonthField(forms.CharField):
    """A `YYYY-MM` text field that cleans to the first day of the month."""

    default_error_messages = {"invalid": _("Enter a month as YYYY-MM, for example 2024-03.")}

    def to_python(self, value):  # type: ignore[override]
        value = super().to_python(value)
        if not value:
            return None
        month = parse_month(value)
        if month is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return month


class MonthFilter(django_filters.Filter):
    field_class = MonthField

    def filter(self, qs: QuerySet, value: dt.date | None) -> QuerySet:
        return qs if value is None else qs.filter(registered_month=value)


def category_choices() -> list[tuple[str, object]]:
    """Groups first (`legal` = any category of the group), then each category, in codebook order."""
    choices: list[tuple[str, object]] = []
    for group in CategoryGroup.objects.prefetch_related("categories"):
        choices.append((group.code, group.label))
        choices.extend((c.code, f"— {c.label}") for c in group.categories.all() if c.active)
    return choices


class IncidentFilterSet(django_filters.FilterSet):
    month = MonthFilter(label=_("Month"), widget=forms.TextInput(attrs={"placeholder": "YYYY-MM", "size": 8}))
    category = django_filters.ChoiceFilter(label=_("Category"), method="filter_category", choices=[])
    region = django_filters.ChoiceFilter(label=_("Region"), method="filter_region", choices=[])
    status = django_filters.ChoiceFilter(label=_("Status"), choices=IncidentStatus.choices)
    actor = django_filters.CharFilter(label=_("Actor"), method="filter_actor")
    proceeding = django_filters.ChoiceFilter(
        label=_("Proceeding kind"), method="filter_proceeding", choices=ProceedingKind.choices
    )
    follow_up = django_filters.BooleanFilter(
        label=_("Follow-up"),
        field_name="is_follow_up",
        widget=forms.Select(choices=[("", "---------"), ("true", _("Yes")), ("false", _("No"))]),
    )
    case = django_filters.NumberFilter(label=_("Case"), method="filter_case", widget=forms.HiddenInput)
    q = django_filters.CharFilter(label=_("Search"), method="filter_search")

    class Meta:
        model = Incident
        fields: list[str] = []

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.filters["category"].extra["choices"] = category_choices()
        self.filters["region"].extra["choices"] = [(r.code, r.label) for r in Region.objects.all()]

    def filter_category(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if not value:
            return qs
        if CategoryGroup.objects.filter(code=value).exists():
            ids = list(Category.objects.filter(group__code=value).values_list("pk", flat=True))
        else:
            ids = list(Category.objects.filter(code=value).values_list("pk", flat=True))
        secondary = Incident.secondary_categories.through.objects.filter(category_id__in=ids)
        return qs.filter(Q(primary_category_id__in=ids) | Q(pk__in=secondary.values("incident_id")))

    def filter_region(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if not value:
            return qs
        region = Region.objects.filter(code=value).values_list("pk", flat=True).first()
        places = IncidentPlace.objects.filter(Q(region_then_id=region) | Q(region_now_id=region))
        return qs.filter(pk__in=places.values("incident_id"))

    def filter_actor(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        value = (value or "").strip()
        if not value:
            return qs
        if value.isdigit():
            actors = Actor.objects.filter(pk=int(value))
        else:
            key = normalise_name(value)
            actors = Actor.objects.filter(
                Q(name__icontains=value) | Q(normalised__contains=key) | Q(aliases__normalised__contains=key)
            )
        involved = Involvement.objects.filter(actor_id__in=actors.values("pk"))
        return qs.filter(pk__in=involved.values("incident_id"))

    def filter_proceeding(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if not value:
            return qs
        user = getattr(self.request, "user", None)
        procs = Proceeding.objects.restrict(user).filter(kind=value)
        own = procs.filter(incident_id=OuterRef("pk"))
        of_case = procs.filter(case_id=OuterRef("case_id"), case__isnull=False)
        return qs.filter(Exists(own) | Exists(of_case))

    def filter_case(self, qs: QuerySet, name: str, value: object) -> QuerySet:
        """Only a case the user may see filters anything: asking for a hidden case's incidents gives
        none, the same answer as for a case that does not exist (membership is not revealed)."""
        if value is None:
            return qs
        pk = int(value) if value == int(value) else -1  # type: ignore[call-overload]
        if not 0 < pk < MAX_ID:
            return qs.none()
        user = getattr(self.request, "user", None)
        if not Case.objects.restrict(user).filter(pk=pk).exists():
            return qs.none()
        return qs.filter(case_id=pk)

    def filter_search(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        from speechwatch.web.search import search_incidents

        return search_incidents(qs, value) if (value or "").strip() else qs
