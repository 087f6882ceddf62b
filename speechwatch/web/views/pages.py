"""The month view, case and actor pages, and the staff dashboard."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from speechwatch.core import permissions
from speechwatch.incidents.choices import IncidentStatus
from speechwatch.incidents.models import (
    Actor,
    Case,
    Incident,
    Involvement,
    MoneyAmount,
    Proceeding,
    ProceedingBasis,
    ProceedingParty,
    StageEvent,
)
from speechwatch.incidents.querysets import visible_proceeding_q
from speechwatch.web.filtersets import parse_month
from speechwatch.web.templatetags.record_text import localized
from speechwatch.web.views.public import IncidentRow, table_rows


@dataclass
class CategoryBlock:
    category: Any
    incidents: list[IncidentRow] = field(default_factory=list)

    @property
    def new_count(self) -> int:
        return sum(1 for i in self.incidents if not i.is_follow_up)

    @property
    def follow_up_count(self) -> int:
        return sum(1 for i in self.incidents if i.is_follow_up)


def month_index(request: HttpRequest) -> HttpResponse:
    months = (
        Incident.objects.restrict(request.user)
        .order_by()
        .values("registered_month")
        .annotate(total=Count("id"), follow_ups=Count("id", filter=Q(is_follow_up=True)))
        .order_by("-registered_month")
    )
    return render(request, "web/month_index.html", {"months": months})


def month_view(request: HttpRequest, month: str) -> HttpResponse:
    first = parse_month(month)
    if first is None:
        raise Http404("not a month")
    month_qs = Incident.objects.restrict(request.user).filter(registered_month=first)
    qs = month_qs.order_by(
        "primary_category__group__order", "primary_category__order", "primary_category__code", "date", "id"
    )
    blocks: list[CategoryBlock] = []
    for row in table_rows(qs, request, places=False):
        if not blocks or blocks[-1].category.pk != row.primary_category_id:  # type: ignore[attr-defined]
            blocks.append(CategoryBlock(row.primary_category))  # type: ignore[attr-defined]
        blocks[-1].incidents.append(row)
    previous = (first - dt.timedelta(days=1)).replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    context = {
        "month": first,
        "blocks": blocks,
        "total": sum(len(b.incidents) for b in blocks),
        "new_total": sum(b.new_count for b in blocks),
        "previous": previous,
        "following": following,
    }
    return render(request, "web/month.html", context)


def _visible_proceedings(user: Any, scope: Q) -> Any:
    qs = Proceeding.objects.restrict(user).filter(scope).with_visible_case(user)
    return qs.select_related("court", "incident").prefetch_related(
        Prefetch("bases", queryset=ProceedingBasis.objects.select_related("article__code")),
        Prefetch("parties", queryset=ProceedingParty.objects.select_related("actor")),
        Prefetch("stages", queryset=StageEvent.objects.order_by("date", "id")),
        Prefetch("amounts", queryset=MoneyAmount.objects.order_by("date", "id")),
    )


@dataclass
class TimelineEntry:
    date: dt.date | None
    kind: str
    obj: Any
    proceeding: Proceeding | None = None
    order: int = 0

    @property
    def sort_key(self) -> tuple[Any, ...]:
        return (self.date or dt.date.max, self.order, getattr(self.obj, "pk", 0) or 0)


def case_timeline(incidents: list[Any], proceedings: list[Proceeding]) -> list[TimelineEntry]:
    """Incidents, filings, stage events and money of a case in date order (undated money last)."""
    entries = [TimelineEntry(i.date or i.registered_month, "incident", i, order=0) for i in incidents]
    for p in proceedings:
        if p.filed_on:
            entries.append(TimelineEntry(p.filed_on, "filed", p, p, order=1))
        entries += [TimelineEntry(s.date, "stage", s, p, order=2) for s in p.stages.all()]
        entries += [TimelineEntry(a.date, "money", a, p, order=3) for a in p.amounts.all()]
    return sorted(entries, key=lambda e: e.sort_key)


def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    case = get_object_or_404(Case.objects.restrict(user).prefetch_related("translations"), pk=pk)
    incidents = table_rows(
        Incident.objects.restrict(user).filter(case=case).order_by("date", "registered_month", "id"), request
    )
    if permissions.role_of(user) is None and not incidents:
        raise Http404("no public incident in this case")
    proceedings = list(_visible_proceedings(user, Q(case=case) | Q(incident__case=case)).order_by("filed_on", "id"))
    months = sorted({i.registered_month for i in incidents})
    context = {
        "case": case,
        "text": localized(case),
        "incidents": incidents,
        "proceedings": proceedings,
        "timeline": case_timeline(incidents, proceedings),
        "months": months,
    }
    return render(request, "web/case_detail.html", context)


def actor_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    actor = get_object_or_404(Actor.objects.restrict(user).prefetch_related("aliases", "translations"), pk=pk)
    visible = Incident.objects.restrict(user).filter(pk=OuterRef("incident_id"))
    involvements = list(
        Involvement.objects.filter(Exists(visible), actor=actor)
        .select_related("incident__primary_category__group")
        .prefetch_related(Prefetch("incident__case", queryset=Case.objects.restrict(user)), "incident__translations")
        .order_by("-incident__date", "-incident_id")
    )
    parties = list(
        ProceedingParty.objects.filter(visible_proceeding_q(user, "proceeding__"), actor=actor)
        .select_related("proceeding__incident")
        .prefetch_related(Prefetch("proceeding__case", queryset=Case.objects.restrict(user).prefetch_related(
            "translations")), "proceeding__incident__translations")
        .order_by("-proceeding__filed_on", "-proceeding_id")
    )
    if permissions.role_of(user) is None and not involvements and not parties:
        raise Http404("no public record of this actor")
    context = {"actor": actor, "text": localized(actor), "involvements": involvements, "parties": parties}
    return render(request, "web/actor_detail.html", context)


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    user = request.user
    visible = Incident.objects.restrict(user)
    drafts = visible.filter(status=IncidentStatus.DRAFT)
    if not permissions.can_publish(user):
        drafts = drafts.filter(created_by=user)
    today = timezone.localdate().replace(day=1)
    recent = (
        Incident.history.filter(Exists(visible.filter(pk=OuterRef("id"))))
        .select_related("history_user")
        .order_by("-history_date")[:20]
    )
    context = {
        "drafts": table_rows(drafts.order_by("-updated_at")[:20], request),
        "draft_count": drafts.count(),
        "verified": table_rows(visible.filter(status=IncidentStatus.VERIFIED).order_by("-updated_at")[:20], request)
        if permissions.can_publish(user)
        else [],
        "this_month": today,
        "last_month": (today - dt.timedelta(days=1)).replace(day=1),
        "recent": recent,
        "can_create": permissions.can_create(user),
        "can_publish": permissions.can_publish(user),
    }
    return render(request, "web/dashboard.html", context)


__all__ = ["actor_detail", "case_detail", "dashboard", "month_index", "month_view"]
