"""API filters: the web list's IncidentFilterSet with every filter under the same name (`proceeding`
stays as the older name of `proceeding_kind`), so a list URL's query works on /api/incidents/ too and
both give the same rows; the month filters are typed as strings in the OpenAPI schema."""

from __future__ import annotations

import django_filters
from django.db.models import Exists, OuterRef, Q, QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from speechwatch.incidents.choices import ProceedingKind
from speechwatch.incidents.models import Actor, ActorAlias, Proceeding, normalise_name
from speechwatch.web.filtersets import MAX_ID, IncidentFilterSet, MonthFilter


@extend_schema_field(OpenApiTypes.STR)
class ApiMonthFilter(MonthFilter):
    """The web's YYYY-MM month filter, typed as a string in the OpenAPI schema."""


class ApiIncidentFilterSet(IncidentFilterSet):
    month = ApiMonthFilter()
    registered_from = ApiMonthFilter(lookup_expr="gte")
    registered_to = ApiMonthFilter(lookup_expr="lte")
    proceeding_kind = django_filters.ChoiceFilter(method="filter_proceeding", choices=ProceedingKind.choices)

    class Meta(IncidentFilterSet.Meta):
        pass


class ActorFilterSet(django_filters.FilterSet):
    kind = django_filters.CharFilter()
    subkind = django_filters.CharFilter()
    q = django_filters.CharFilter(method="filter_q")

    class Meta:
        model = Actor
        fields: list[str] = []

    def filter_q(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        key = normalise_name(value)
        aliases = ActorAlias.objects.filter(actor_id=OuterRef("pk"), normalised__contains=key)
        return qs.filter(Q(name__icontains=value) | Q(normalised__contains=key) | Exists(aliases))


class ProceedingFilterSet(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=ProceedingKind.choices)
    # bounded: a larger id overflowed SQLite's integers (a 500); now it is a 400 naming the field
    case = django_filters.NumberFilter(field_name="case_id", min_value=0, max_value=MAX_ID)
    incident = django_filters.NumberFilter(field_name="incident_id", min_value=0, max_value=MAX_ID)
    filed_after = django_filters.DateFilter(field_name="filed_on", lookup_expr="gte")
    filed_before = django_filters.DateFilter(field_name="filed_on", lookup_expr="lte")

    class Meta:
        model = Proceeding
        fields: list[str] = []
