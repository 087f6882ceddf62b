"""Read-only API endpoints. Every queryset comes from `Model.objects.restrict(user)` (the one rule of
speechwatch/incidents/querysets.py), so callers get exactly what the pages show them."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from speechwatch.api import serializers as s
from speechwatch.api.filters import ActorFilterSet, ApiIncidentFilterSet, ProceedingFilterSet
from speechwatch.api.languages import LANG_PARAMS, requested_lang, wants_translations
from speechwatch.incidents.models import (
    Actor,
    Case,
    Incident,
    IncidentPlace,
    Involvement,
    Proceeding,
    PublishedFigure,
)
from speechwatch.vocab.models import Category, Region

INCIDENT_PARAMS = [
    OpenApiParameter("month", str, description="registration month, YYYY-MM"),
    OpenApiParameter("category", str, description="category code (rights.attack) or group code (legal)"),
    OpenApiParameter("region", str, description="region code (almaty_city, pavlodar, ...)"),
    OpenApiParameter("status", str, description="draft, verified, published or rejected"),
    OpenApiParameter("actor", str, description="actor id or (part of) a name or alias"),
    OpenApiParameter("proceeding_kind", str, description="criminal, civil, administrative, pretrial_check, warning"),
    OpenApiParameter("q", str, description="full-text search (English and Russian)"),
]


LIST_FIELDS = ("id", "title", "date", "date_precision", "registered_month", "primary_category__code", "summary",
               "status", "is_confidential", "is_follow_up", "case_id", "published_at", "source_lang")  # fmt: skip


def _list_languages(rows: list[tuple[Any, ...]], lang: str | None, every: bool) -> dict[int, tuple[dict, dict]]:
    """id → (title/summary in `lang`, language metadata) for list rows, as LocalizedMixin gives them
    for one record, from one query on the page's translation rows (all languages when `every`)."""
    from speechwatch.core.textlang import text_lang
    from speechwatch.incidents.models import IncidentTranslation

    ids = [r[0] for r in rows]
    found: dict[tuple[int, str], IncidentTranslation] = {}
    if ids and (lang is not None or every):
        qs = IncidentTranslation.objects.filter(incident_id__in=ids)
        for t in qs if every else qs.filter(lang=lang):
            found[(t.incident_id, t.lang)] = t
    out = {}
    for r in rows:
        pk, title, summary, own = r[0], r[1], r[6], r[12]
        own = own or text_lang(f"{title} {summary}") or ""
        values = {"title": title, "summary": summary}
        if lang is None or lang == own:
            meta = {"lang": own, "source_lang": own, "translation_status": "source", "is_fallback": False}
        elif (t := found.get((pk, lang))) is not None and not t.is_empty():
            values = {"title": t.title, "summary": t.summary}
            meta = {"lang": lang, "source_lang": own, "translation_status": t.status, "is_fallback": False}
        else:
            meta = {"lang": own, "source_lang": own, "translation_status": "missing", "is_fallback": True}
        if every:
            meta["translations"] = {
                code: ({"title": title, "summary": summary, "status": "source"} if code == own else
                       {"title": t.title, "summary": t.summary, "status": t.status}
                       if (t := found.get((pk, code))) is not None and not t.is_empty() else
                       {"title": "", "summary": "", "status": "missing"})
                for code in ("kk", "ru", "en")
            }
        out[pk] = (values, meta)
    return out


def incident_list_data(rows: list[tuple[Any, ...]], user: Any, lang: str | None = None,
                       every: bool = False) -> list[dict[str, Any]]:
    """IncidentSerializer's list output for `rows` of LIST_FIELDS; the case id only when the case is
    visible to `user` (Case.objects.restrict), as `with_visible_case` gives it; text in `lang` with the
    language fields (speechwatch.api.languages), every language when `every` (editors)."""
    fields = s.IncidentSerializer().fields
    date, month, published = (fields[n].to_representation for n in ("date", "registered_month", "published_at"))
    ids = [r[0] for r in rows]
    secondary: dict[int, list[str]] = defaultdict(list)
    for incident_id, code in Incident.secondary_categories.through.objects.filter(incident_id__in=ids).values_list(
        "incident_id", "category__code"
    ):
        secondary[incident_id].append(code)
    places: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for incident_id, place_id, name_en, written, then, now in (
        IncidentPlace.objects.filter(incident_id__in=ids)
        .order_by("id")
        .values_list(
            "incident_id", "place_id", "place__name_en", "name_as_written", "region_then__code", "region_now__code"
        )
    ):
        places[incident_id].append({"name": name_en if place_id else written, "region_then": then, "region_now": now})
    actors: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for incident_id, actor_id, name, kind, role in (
        Involvement.objects.filter(incident_id__in=ids)
        .order_by("id")
        .values_list("incident_id", "actor_id", "actor__name", "actor__kind", "role")
    ):
        actors[incident_id].append({"id": actor_id, "name": name, "kind": kind, "role": role})
    case_ids = {r[10] for r in rows if r[10] is not None}  # only the page's cases: a bounded IN list
    visible_cases = set(Case.objects.restrict(user).filter(pk__in=case_ids).values_list("pk", flat=True))
    languages = _list_languages(rows, lang, every)
    out = []
    for row in rows:
        pk, title, day, precision, registered, category, summary, status, confidential, follow_up, case_id, at = (
            row[:12])
        values, meta = languages[pk]
        title, summary = values["title"], values["summary"]
        out.append({
            "id": pk, "title": title, "date": date(day) if day is not None else None, "date_precision": precision,
            "registered_month": month(registered) if registered is not None else None,
            "primary_category": category, "secondary_categories": sorted(secondary.get(pk, ())),
            "summary": summary, "status": status, "is_confidential": confidential, "is_follow_up": follow_up,
            "case": case_id if case_id in visible_cases else None, "places": places.get(pk, []),
            "actors": actors.get(pk, []), "published_at": published(at) if at is not None else None,
            **meta,
        })  # fmt: skip
    return out


@extend_schema_view(list=extend_schema(parameters=INCIDENT_PARAMS + LANG_PARAMS),
                    retrieve=extend_schema(parameters=LANG_PARAMS))
class IncidentViewSet(viewsets.ReadOnlyModelViewSet):
    """Incidents visible to the caller; anonymous callers see published, non-confidential ones."""

    filterset_class = ApiIncidentFilterSet

    def get_queryset(self) -> QuerySet:
        return (
            Incident.objects.restrict(self.request.user)
            .with_visible_case(self.request.user)
            .select_related("primary_category")
            .prefetch_related(
                "secondary_categories",
                "incident_places__place",
                "incident_places__region_then",
                "incident_places__region_now",
                Prefetch("involvements", queryset=Involvement.objects.select_related("actor").order_by("id")),
                "translations",
            )
            .order_by("-registered_month", "-date", "-id")
        )

    def get_serializer_class(self) -> type:
        return s.IncidentDetailSerializer if self.action == "retrieve" else s.IncidentSerializer

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """The same JSON as IncidentSerializer(many=True), built from plain values: the pager counts and
        slices ids only (a capped count over full rows read every column of 10,000 rows), then one
        query for the page's rows and one each for its secondary categories, places, actors and visible
        cases (no model graph per row). tests/web/test_speed_shape.py compares both outputs."""
        user = request.user
        visible = Incident.objects.restrict(user)
        qs = self.filter_queryset(visible.order_by("-registered_month", "-date", "-id"))
        page = self.paginate_queryset(qs.values_list("id", flat=True))
        ids = list(page) if page is not None else list(qs.values_list("id", flat=True))
        by_id = {r[0]: r for r in visible.filter(pk__in=ids).values_list(*LIST_FIELDS)}
        data = incident_list_data([by_id[pk] for pk in ids if pk in by_id], user, requested_lang(request),
                                  wants_translations(request))
        return self.get_paginated_response(data) if page is not None else Response(data)


@extend_schema_view(list=extend_schema(parameters=LANG_PARAMS), retrieve=extend_schema(parameters=LANG_PARAMS))
class CaseViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = s.CaseSerializer

    def get_queryset(self) -> QuerySet:
        return Case.objects.restrict(self.request.user).prefetch_related("translations").order_by("id")


@extend_schema_view(list=extend_schema(parameters=LANG_PARAMS), retrieve=extend_schema(parameters=LANG_PARAMS))
class ActorViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = s.ActorSerializer
    filterset_class = ActorFilterSet

    def get_queryset(self) -> QuerySet:
        return (Actor.objects.restrict(self.request.user).prefetch_related("aliases", "translations")
                .order_by("name", "id"))


class ProceedingViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = s.ProceedingSerializer
    filterset_class = ProceedingFilterSet

    def get_queryset(self) -> QuerySet:
        return (
            Proceeding.objects.restrict(self.request.user)
            .prefetch_related(
                "bases__article", "parties__actor", "parties__charges__article", "parties__sentences",
                "parties__bans", "stages", "amounts",
            )
            .order_by("-filed_on", "-id")
        )


class CategoryViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = s.CategorySerializer
    queryset = Category.objects.select_related("group").order_by("group__order", "order", "code")
    lookup_field = "code"
    lookup_value_regex = r"[a-z_.]+"
    pagination_class = None


class RegionViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = s.RegionSerializer
    queryset = Region.objects.select_related("successor").order_by("code")
    lookup_field = "code"
    pagination_class = None


class PublishedFigureViewSet(viewsets.ReadOnlyModelViewSet):
    """Figures organisations published (public information: they are printed in reports)."""

    serializer_class = s.PublishedFigureSerializer

    def get_queryset(self) -> QuerySet:
        return PublishedFigure.objects.restrict(self.request.user).order_by("period_start", "measure", "scope", "id")

    filterset_fields = ["measure", "scope", "period_start", "period_end"]


SIDECAR = Path(__file__).resolve().parent  # replaced below when the sidecar package is installed
try:
    import drf_spectacular_sidecar

    SIDECAR = Path(drf_spectacular_sidecar.__file__).resolve().parent / "static" / "drf_spectacular_sidecar"
except ImportError:  # pragma: no cover - the docs page then says the viewer is missing
    drf_spectacular_sidecar = None


@cache_control(max_age=86400, public=True)
def redoc_js(request: HttpRequest) -> FileResponse:
    """Serve the Redoc bundle from the installed package, so the docs page needs no CDN."""
    path = SIDECAR / "redoc" / "bundles" / "redoc.standalone.js"
    if not path.is_file():
        raise Http404("drf-spectacular-sidecar is not installed")
    return FileResponse(path.open("rb"), content_type="text/javascript")


def docs(request: HttpRequest) -> HttpResponse:
    """Human-readable API documentation rendered by Redoc from /api/schema/."""
    return render(request, "api/docs.html", {"schema_url": reverse("api:schema"), "redoc_url": reverse("api:redoc_js")})
