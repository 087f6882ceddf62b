"""The rows of a download: the list page's rows (same filterset, same order, same labels), read in
chunks from a database cursor so 100,000 incidents never sit in memory at once.

Per chunk of CHUNK incidents: the list page's own row builder (`incident_rows`: labels, the case
title only when the user may see the case) plus one query for the places (their names as the list
writes them, region codes, coordinates) and one for the secondary categories. Nothing here decides
visibility: the queryset is `Incident.objects.restrict(user)` filtered by `IncidentFilterSet`, exactly
as on /incidents/.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from types import SimpleNamespace
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import get_language

from speechwatch.codebook import label as pick_label
from speechwatch.core import permissions
from speechwatch.incidents.models import Incident, IncidentPlace
from speechwatch.vocab.models import Place
from speechwatch.web.filtersets import IncidentFilterSet, codebook_for
from speechwatch.web.views.public import ROW_FIELDS, incident_rows

CHUNK = 2000  # rows per database round trip; a chunk's labels and places cost four indexed queries

Record = dict[str, Any]


def filtered_incidents(request: HttpRequest, user: Any | None = None) -> QuerySet:
    """The incidents of the list page for this request's filters, in the list page's order, as
    `user` (the request's user by default) may see them."""
    user = request.user if user is None else user
    filterset = IncidentFilterSet(request.GET or None, queryset=Incident.objects.restrict(user), request=request)
    return filterset.qs


def coordinate_fields() -> tuple[str, str] | None:
    """The (latitude, longitude) fields of the codebook's places, when it has them."""
    names = {f.name for f in Place._meta.get_fields()}
    for pair in (("lat", "lon"), ("latitude", "longitude"), ("lat", "lng")):
        if set(pair) <= names:
            return pair
    return None


def _month(value: Any) -> str | None:
    return value.strftime("%Y-%m") if value else None


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


def text_lang(request: HttpRequest) -> str:
    """The language of the records' titles and summaries in a download: `?lang=kk|ru|en`, else the
    language of the download (the interface's). An unknown value is ignored."""
    from speechwatch.incidents.models.translations import LANG_CODES

    asked = (request.GET.get("lang") or "").strip().lower()
    return asked if asked in LANG_CODES else (get_language() or "en")[:2]


def records(request: HttpRequest, qs: QuerySet, chunk: int | None = None) -> Iterator[Record]:
    """One dict per incident of `qs` (keys: the columns of columns.COLUMNS, staff-only ones only for
    signed-in roles, plus `coordinates`: [lon, lat] pairs of the places that have them). Titles and
    summaries are in `text_lang(request)`; `text_lang`/`is_fallback` say when a record had none."""
    chunk = chunk or CHUNK
    user = request.user
    staff = permissions.role_of(user) is not None
    extra = ("summary", "published_at", "created_by_id") + (("confidential_notes",) if staff else ())
    n = len(ROW_FIELDS)
    detail = request.build_absolute_uri(reverse("web:incident_list"))
    coords = coordinate_fields()
    may_read: dict[int | None, bool] = {}
    lang = (get_language() or "en")[:2]
    wanted = text_lang(request)
    cursor = qs.values_list(*ROW_FIELDS, *extra).iterator(chunk_size=chunk)
    while batch := list(islice(cursor, chunk)):
        # the list's row builder for labels and visible cases; places in one query of our own that
        # also gives the codes and coordinates (named as the list names them; a test holds the two equal)
        rows = incident_rows([values[:n] for values in batch], request, places=False, lang=wanted)
        book = codebook_for(request)
        ids = [row.id for row in rows]  # type: ignore[attr-defined]
        secondary: dict[int, list[str]] = {}
        through = Incident.secondary_categories.through.objects.filter(incident_id__in=ids).order_by("id")
        for incident_id, category_id in through.values_list("incident_id", "category_id"):
            secondary.setdefault(incident_id, []).append(book.category_code.get(category_id, ""))
        names: dict[int, list[str]] = {}
        then: dict[int, list[str]] = {}
        now: dict[int, list[str]] = {}
        points: dict[int, list[list[float]]] = {}
        fields = [
            "incident_id", "name_as_written", "place_id", "place__name_en", "place__name_ru", "place__name_kk",
            "region_now_id", "region_then__code", "region_now__code",
        ]  # fmt: skip
        if coords:
            fields += [f"place__{coords[0]}", f"place__{coords[1]}"]
        found = IncidentPlace.objects.filter(incident_id__in=ids).order_by("id").values_list(*fields)
        for incident_id, written, place_id, en, ru, kk, region_id, code_then, code_now, *latlon in found:
            name = pick_label({"en": en, "ru": ru, "kk": kk}, lang) if place_id else written
            region = book.region_label.get(region_id, "") if region_id else None
            names.setdefault(incident_id, []).append(f"{name} ({region})" if region is not None else name)
            if code_then:
                then.setdefault(incident_id, []).append(code_then)
            if code_now:
                now.setdefault(incident_id, []).append(code_now)
            if latlon and latlon[0] is not None and latlon[1] is not None:
                points.setdefault(incident_id, []).append([float(latlon[1]), float(latlon[0])])
        for row, values in zip(rows, batch, strict=True):
            summary, published_at, created_by_id, *notes = values[n:]
            category = row.primary_category  # type: ignore[attr-defined]
            group = category.group if category is not None else None
            record: Record = {
                "id": row.id,  # type: ignore[attr-defined]
                "url": f"{detail}{row.id}/",  # type: ignore[attr-defined]
                "title": row.title,  # type: ignore[attr-defined]
                "date": _iso(row.date),  # type: ignore[attr-defined]
                "date_precision": row.date_precision,  # type: ignore[attr-defined]
                "registered_month": _month(row.registered_month),  # type: ignore[attr-defined]
                "category_code": category.code if category else None,
                "category": category.label if category else None,
                "group_code": group.code if group else None,
                "group": group.label if group else None,
                "secondary_categories": secondary.get(row.id, []),  # type: ignore[attr-defined]
                "places": names.get(row.id, []),  # type: ignore[attr-defined]
                "regions_then": then.get(row.id, []),  # type: ignore[attr-defined]
                "regions_now": now.get(row.id, []),  # type: ignore[attr-defined]
                "status": row.status,  # type: ignore[attr-defined]
                "status_label": row.status_label,  # type: ignore[attr-defined]
                "is_follow_up": bool(row.is_follow_up),  # type: ignore[attr-defined]
                "case_id": row.case.pk if row.case else None,  # type: ignore[attr-defined]
                "case_title": row.case.title if row.case else None,  # type: ignore[attr-defined]
                "summary": row.local_summary if row.local_summary is not None else summary,  # type: ignore[attr-defined]
                "text_lang": row.text_lang,  # type: ignore[attr-defined]
                "is_fallback": bool(row.is_fallback),  # type: ignore[attr-defined]
                "published_at": _iso(published_at),
                "coordinates": points.get(row.id, []),  # type: ignore[attr-defined]
            }
            if staff:
                record["is_confidential"] = bool(row.is_confidential)  # type: ignore[attr-defined]
                if created_by_id not in may_read:  # the rule asked once per record author, not per row
                    owner = SimpleNamespace(created_by_id=created_by_id)
                    may_read[created_by_id] = permissions.can_see_confidential(user, owner)
                record["confidential_notes"] = notes[0] if may_read[created_by_id] else None
            yield record
