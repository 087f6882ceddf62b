"""Pages anyone may open: the home page, the incident list and an incident."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language

from speechwatch.codebook import label as pick_label
from speechwatch.core import permissions
from speechwatch.incidents.choices import IncidentStatus
from speechwatch.incidents.models import (
    Case,
    Incident,
    IncidentPlace,
    Involvement,
    MoneyAmount,
    Proceeding,
    ProceedingBasis,
    ProceedingParty,
    StageEvent,
)
from speechwatch.stats.aggregates import fast_session
from speechwatch.vocab.models import CategoryGroup
from speechwatch.web.audit import history_entries
from speechwatch.web.facets import Counts, build_facets, cached_counts
from speechwatch.web.filtersets import IncidentFilterSet, codebook_for, invalidate_codebook
from speechwatch.web.listing import SORT_CAPTIONS, canonical_query, with_query
from speechwatch.web.paging import PAGE_SIZE, Page, page_number, paginate
from speechwatch.web.templatetags.record_text import localized

# What a table row shows, read as plain values (no model instances: a page of rows costs a few
# microseconds each instead of a model graph per row).
ROW_FIELDS = (
    "id",
    "title",
    "date",
    "date_precision",
    "registered_month",
    "is_follow_up",
    "is_confidential",
    "status",
    "primary_category_id",
    "case_id",
    "source_lang",
)


@dataclass(frozen=True)
class CaseRef:
    pk: int
    title: str

    def __str__(self) -> str:
        return self.title


class IncidentRow:
    """One incident of a table page. `case` is the case only when the user may see it (else None,
    while `case_id` stays set), like `with_visible_case`; labels are in the request's language."""

    __slots__ = (*ROW_FIELDS, "case", "primary_category", "status_label", "places", "text_lang", "is_fallback",
                 "translation_status", "local_summary")

    def __init__(self, values: tuple[Any, ...]) -> None:
        for name, value in zip(ROW_FIELDS, values, strict=True):
            setattr(self, name, value)
        self.case: CaseRef | None = None
        self.places: list[tuple[str, str | None]] = []
        self.text_lang = self.source_lang  # type: ignore[attr-defined]
        self.is_fallback = False
        self.translation_status = "source"
        self.local_summary: str | None = None  # the translation's summary, when the title is translated

    @property
    def pk(self) -> int:
        return self.id  # type: ignore[attr-defined,no-any-return]


def localize_rows(rows: list[IncidentRow], lang: str) -> None:
    """Titles in `lang` (IncidentTranslation, one query for the page), else the source title marked as
    a fallback (`is_fallback`, `text_lang` = the language shown): what `localize` gives for one record,
    read for a page of plain rows (reviewed translations only, as there). Visible case titles are
    localized the same way (one more query)."""
    from speechwatch.core.textlang import text_lang
    from speechwatch.incidents.models import CaseTranslation, IncidentTranslation, TranslationStatus

    need = []
    for row in rows:
        own = row.source_lang or text_lang(row.title) or ""  # type: ignore[attr-defined]
        row.text_lang = own
        if own != lang:
            need.append(row)
    if need:
        found = {
            pk: (title, status, summary)
            for pk, title, status, summary in IncidentTranslation.objects.filter(
                incident_id__in=[r.id for r in need], lang=lang, status=TranslationStatus.REVIEWED,
            ).exclude(title="").values_list("incident_id", "title", "status", "summary")  # type: ignore[attr-defined]
        }
        for row in need:
            hit = found.get(row.id)  # type: ignore[attr-defined]
            if hit is not None:
                row.title, row.translation_status, row.local_summary = hit  # type: ignore[attr-defined]
                row.text_lang = lang
            else:
                row.is_fallback, row.translation_status = True, "missing"
    cases = {row.case.pk for row in rows if row.case is not None}
    if cases:
        titles = dict(CaseTranslation.objects.filter(case_id__in=cases, lang=lang, status=TranslationStatus.REVIEWED)
                      .exclude(title="")
                      .values_list("case_id", "title"))
        for row in rows:
            if row.case is not None and row.case.pk in titles:
                row.case = CaseRef(row.case.pk, titles[row.case.pk])


def incident_rows(values: Any, request: HttpRequest, places: bool = True, lang: str | None = "") -> list[IncidentRow]:
    """Rows from `qs.values_list(*ROW_FIELDS)` (or its tuples) with the visible case titles (one query
    over `Case.objects.restrict(user)` for the page's case ids), the places (one query for the page's
    ids) and the labels of the request's language (made once per request). Titles are in `lang` (""
    = the request's language; None = each record's own text) with fallbacks marked (localize_rows)."""
    book = codebook_for(request)
    rows = [IncidentRow(v) for v in values]
    if any(row.primary_category_id not in book.categories for row in rows):  # type: ignore[attr-defined]
        # a category added by another process since the labels were cached: read them again
        invalidate_codebook()
        request._speechwatch_codebook = None
        book = codebook_for(request)
    for row in rows:
        row.primary_category = book.categories.get(row.primary_category_id)  # type: ignore[attr-defined]
        row.status_label = book.status_label.get(row.status, row.status)  # type: ignore[attr-defined]
    case_ids = {row.case_id for row in rows if row.case_id}  # type: ignore[attr-defined]
    if case_ids:
        visible = dict(Case.objects.restrict(request.user).filter(pk__in=case_ids).values_list("pk", "title"))
        for row in rows:
            if row.case_id in visible:  # type: ignore[attr-defined]
                row.case = CaseRef(row.case_id, visible[row.case_id])  # type: ignore[attr-defined]
    if lang is not None:
        localize_rows(rows, lang or (get_language() or "en")[:2])
    if places and rows:
        by_id = {row.id: row for row in rows}  # type: ignore[attr-defined]
        lang = (get_language() or "en")[:2]
        found = (
            IncidentPlace.objects.filter(incident_id__in=list(by_id))
            .order_by("id")
            .values_list(
                "incident_id", "name_as_written", "place_id", "place__name_en", "place__name_ru", "place__name_kk",
                "region_now_id",
            )
        )  # fmt: skip
        for incident_id, written, place_id, en, ru, kk, region_id in found:
            name = pick_label({"en": en, "ru": ru, "kk": kk}, lang) if place_id else written
            by_id[incident_id].places.append((name, book.region_label.get(region_id, "") if region_id else None))
    return rows


def table_rows(qs: Any, request: HttpRequest, places: bool = True) -> list[IncidentRow]:
    return incident_rows(qs.values_list(*ROW_FIELDS), request, places)


def home(request: HttpRequest) -> HttpResponse:
    published = Incident.objects.restrict(request.user).filter(status=IncidentStatus.PUBLISHED)
    latest = published.order_by("-registered_month").values_list("registered_month", flat=True).first()
    # "Recently published" among the last three registration months: an indexed range, not a sort of
    # every published incident by publication time.
    window = (
        published.filter(registered_month__gte=(latest - dt.timedelta(days=62)).replace(day=1)) if latest else published
    )
    recent = table_rows(window.order_by("-published_at", "-id")[:10], request)
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
    if "format" in request.GET:  # ?format=csv|xlsx|json|geojson: the same rows as a download
        from speechwatch.web.exports.views import export_incidents

        return export_incidents(request, request.GET["format"])
    filterset = IncidentFilterSet(
        request.GET or None, queryset=Incident.objects.restrict(request.user), request=request
    )
    names = list(filterset.filters)
    raw = {name: request.GET.get(name, "") for name in names}
    if filterset.is_bound and not filterset.form.is_valid():  # an invalid field is left out of every link
        raw = {name: value for name, value in raw.items() if name not in filterset.form.errors}
    query = canonical_query(raw, names)
    counts = facet_counts(filterset, request.user, codebook_for(request), query)
    page = _page(filterset.qs.values_list(*ROW_FIELDS), request.GET.get("page"), counts)
    page.items = incident_rows(page.items, request)
    return render(request, "web/incident_list.html", list_context(request, filterset, page, counts, raw, query))


def _page(values: Any, raw_page: str | None, counts: Counts | None) -> Page:
    """One page of rows. With the facet counts the exact total is known (their sum), so the page only
    fetches its rows; without them (invalid filters) `paginate` counts up to its cap."""
    if counts is None:
        return paginate(values, raw_page)
    number = page_number(raw_page)
    offset = (number - 1) * PAGE_SIZE
    rows = list(values[offset : offset + PAGE_SIZE + 1])
    return Page(items=rows[:PAGE_SIZE], number=number, has_next=len(rows) > PAGE_SIZE, total=counts.total, capped=False)


def list_context(
    request: HttpRequest, filterset: IncidentFilterSet, page: Page, counts: Counts | None, raw: dict, query: str
) -> dict[str, Any]:
    """What the list page shows beside its rows: the facet counts of the filtered set (their sum is the
    exact total, so the page no longer says "500+"), the order and why, and the links of this view
    (sort, pages, downloads, map), all on the canonical query of `web.listing`."""
    book = codebook_for(request)
    names = list(filterset.filters)
    sort = filterset.sort_key
    more = {"date_from", "date_to", "month", "registered_from", "registered_to", "secondary", "region_now",
            "status", "follow_up", "outlet_kind", "proceeding_kind", "article", "actor"}  # fmt: skip
    return {
        "filter": filterset,
        "page": page,
        "facets": build_facets(counts, raw, names, book) if counts is not None else [],
        "query": query,
        "sort": sort,
        "sort_caption": SORT_CAPTIONS[sort],
        "more_open": any(raw.get(name) for name in more),
        "page_links": {
            "previous": with_query("", canonical_query(raw, names, page=page.previous_number)) or "?",
            "next": with_query("", canonical_query(raw, names, page=page.next_number)),
        },
        "downloads": [
            (label, with_query("", query, format=fmt))
            for label, fmt in (("CSV", "csv"), ("XLSX", "xlsx"), ("JSON", "json"), ("GeoJSON", "geojson"))
        ],
        "map_url": with_query(_first_path("map:incident_map", "/map/"), query),
        "canonical_url": request.build_absolute_uri(with_query(request.path, query)),
    }


def facet_counts(filterset: IncidentFilterSet, user: Any, book: Any, query: str) -> Counts | None:
    """The facet counts, or None when the filters are invalid (the list then shows every visible row,
    and counts of another set than the one asked for would mislead)."""
    if filterset.is_bound and not filterset.form.is_valid():
        return None
    use_cache = not connection.in_atomic_block
    with fast_session():
        return cached_counts(filterset.qs, user, book, query, use_cache=use_cache)


def _first_path(name: str, fallback: str) -> str:
    try:
        return reverse(name)
    except NoReverseMatch:
        return fallback


def _proceedings(user: Any, incident: Incident) -> list[Proceeding]:
    scope = Q(incident=incident)
    if incident.case_id:
        scope |= Q(case_id=incident.case_id)
    if not Proceeding.objects.filter(scope).exists():
        # most incidents have none: one indexed probe instead of building the visibility query and
        # its prefetches (nothing of a hidden proceeding is shown either way)
        return []
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
        "text": localized(incident),
        "case_text": localized(incident.case) if incident.case_id and incident.case is not None else {},
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
