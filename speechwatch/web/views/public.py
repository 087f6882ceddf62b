"""Pages anyone may open: the home page, the incident list and an incident."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from speechwatch.core import permissions
from speechwatch.incidents.choices import IncidentStatus
from speechwatch.incidents.models import (
    Incident,
    IncidentPlace,
    Involvement,
    MoneyAmount,
    Proceeding,
    ProceedingBasis,
    ProceedingParty,
    StageEvent,
)
from speechwatch.vocab.models import CategoryGroup
from speechwatch.web.audit import history_entries
from speechwatch.web.filtersets import IncidentFilterSet
from speechwatch.web.paging import paginate

LIST_PLACES = Prefetch(
    "incident_places",
    queryset=IncidentPlace.objects.select_related("place", "region_now").only(
        "incident_id",
        "name_as_written",
        "place__name_en",
        "place__name_ru",
        "place__name_kk",
        "region_now__label_en",
        "region_now__label_ru",
        "region_now__label_kk",
    ),
)
# Long texts a list row never shows; leaving them out keeps sorts and transfers small.
LIST_DEFER = (
    "narrative",
    "summary",
    "confidential_notes",
    "primary_category__description_en",
    "primary_category__description_ru",
    "primary_category__description_kk",
)


def list_queryset(qs, user: Any, places: bool = True):
    """What a list row shows, fetched in a few queries per page whatever the page size. The case comes
    through `with_visible_case`, so a row never prints the title of a case the user may not see."""
    qs = qs.with_visible_case(user).select_related("primary_category__group").defer(*LIST_DEFER)
    return qs.prefetch_related(LIST_PLACES) if places else qs


def home(request: HttpRequest) -> HttpResponse:
    published = Incident.objects.restrict(request.user).filter(status=IncidentStatus.PUBLISHED)
    latest = published.order_by("-registered_month").values_list("registered_month", flat=True).first()
    # "Recently published" among the last three registration months: an indexed range, not a sort of
    # every published incident by publication time.
    window = (
        published.filter(registered_month__gte=(latest - dt.timedelta(days=62)).replace(day=1)) if latest else published
    )
    recent = list(list_queryset(window.order_by("-published_at", "-id"), request.user)[:10])
    groups: list[dict[str, Any]] = []
    if latest:
        counts = dict(
            published.filter(registered_month=latest, is_follow_up=False)
            .values_list("primary_category__group__code")
            .annotate(n=Count("id"))
            .values_list("primary_category__group__code", "n")
        )
        groups = [{"group": g, "count": counts.get(g.code, 0)} for g in CategoryGroup.objects.all()]
    return render(request, "web/home.html", {"recent": recent, "latest_month": latest, "groups": groups})


def incident_list(request: HttpRequest) -> HttpResponse:
    filterset = IncidentFilterSet(
        request.GET or None, queryset=Incident.objects.restrict(request.user), request=request
    )
    page = paginate(list_queryset(filterset.qs, request.user), request.GET.get("page"))
    return render(request, "web/incident_list.html", {"filter": filterset, "page": page})


def _proceedings(user: Any, incident: Incident) -> list[Proceeding]:
    scope = Q(incident=incident)
    if incident.case_id:
        scope |= Q(case_id=incident.case_id)
    qs = Proceeding.objects.restrict(user).filter(scope)
    return list(
        qs.with_visible_case(user)
        .select_related("court", "incident")
        .prefetch_related(
            Prefetch("bases", queryset=ProceedingBasis.objects.select_related("article__code")),
            Prefetch("parties", queryset=ProceedingParty.objects.select_related("actor")),
            Prefetch("stages", queryset=StageEvent.objects.order_by("date", "id")),
            Prefetch("amounts", queryset=MoneyAmount.objects.order_by("date", "id")),
        )
        .order_by("filed_on", "id")
    )


def incident_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    qs = (
        Incident.objects.restrict(user)
        .with_visible_case(user)
        .select_related("primary_category__group", "created_by", "verified_by")
    )
    incident = get_object_or_404(qs, pk=pk)
    proceedings = _proceedings(user, incident)
    context = {
        "incident": incident,
        "secondary": incident.secondary_categories.select_related("group"),
        "places": incident.incident_places.select_related("place", "region_then", "region_now"),
        "involvements": Involvement.objects.filter(incident=incident).select_related("actor").order_by("role", "id"),
        "sources": incident.sources.restrict(user),
        "proceedings": proceedings,
        "see_confidential": permissions.can_see_confidential(user, incident),
        "can_edit": permissions.can_edit_incident(user, incident),
        "can_publish": permissions.can_publish(user),
        "is_staff_role": permissions.role_of(user) is not None,
        "history": history_entries(user, incident, proceedings) if permissions.role_of(user) else [],
    }
    return render(request, "web/incident_detail.html", context)
