"""Downloads of a filtered incident view and the data dictionary page (/data/)."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers

from speechwatch.core import permissions
from speechwatch.incidents.choices import DatePrecision, IncidentStatus
from speechwatch.vocab.models import Category, CategoryGroup, Region
from speechwatch.web.exports import writers
from speechwatch.web.exports.columns import COLUMNS, attribution, columns_for, licence
from speechwatch.web.exports.records import filtered_incidents, records

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json; charset=utf-8",
    "geojson": "application/geo+json; charset=utf-8",
}


def _query(request: HttpRequest) -> str:
    """The filters of the request without `format` and `page` (a download holds every page)."""
    params = request.GET.copy()
    for key in ("format", "page"):
        params.pop(key, None)
    return params.urlencode()


def metadata(request: HttpRequest) -> dict[str, Any]:
    """What every download says about itself (JSON/GeoJSON keys, the XLSX "about" sheet)."""
    query = _query(request)
    source = request.build_absolute_uri(reverse("web:incident_list")) + (f"?{query}" if query else "")
    return {
        "licence": licence(),
        "attribution": attribution(),
        "source": source,
        "dictionary": request.build_absolute_uri(reverse("opendata:dictionary")),
        "generated_at": timezone.now().replace(microsecond=0).isoformat(),
    }


def export_incidents(request: HttpRequest, fmt: str) -> HttpResponse:
    """The incidents of the list page for these filters, every page of them, in format `fmt`."""
    if fmt not in FORMATS:
        raise Http404("unknown format")
    columns = columns_for(request.user)
    qs = filtered_incidents(request)
    rows = records(request, qs)
    meta = metadata(request)
    response: HttpResponse
    if fmt == "csv":
        response = StreamingHttpResponse(writers.csv_chunks(columns, rows), content_type=FORMATS[fmt])
    elif fmt == "json":
        response = StreamingHttpResponse(writers.json_chunks(meta, columns, rows), content_type=FORMATS[fmt])
    elif fmt == "geojson":
        response = StreamingHttpResponse(writers.geojson_chunks(meta, columns, rows), content_type=FORMATS[fmt])
    else:
        response = StreamingHttpResponse(writers.xlsx_chunks(meta, columns, rows), content_type=FORMATS[fmt])
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="incidents-{stamp}.{fmt}"'
    lic = meta["licence"]
    links = [f'<{meta["dictionary"]}>; rel="describedby"']
    if lic.get("url"):
        links.insert(0, f'<{lic["url"]}>; rel="license"; title="{lic["name"]}"')
    response["Link"] = ", ".join(links)
    response["X-Data-Licence"] = lic["name"]
    patch_vary_headers(response, ("Cookie", "Accept-Language"))
    if permissions.role_of(request.user) is not None:
        patch_cache_control(response, private=True, no_store=True)
    return response


def download_links(request: HttpRequest) -> list[tuple[str, str]]:
    """(format, URL) of each download for the request's filters."""
    query = _query(request)
    return [
        (fmt, reverse("opendata:incidents", kwargs={"fmt": fmt}) + (f"?{query}" if query else "")) for fmt in FORMATS
    ]


def dictionary(request: HttpRequest) -> HttpResponse:
    """Every column, its meaning and type, the codebook values, the licence, the downloads and the
    embed snippets."""
    query = _query(request)
    suffix = f"?{query}" if query else ""
    embeds = [
        (name, request.build_absolute_uri(reverse(f"opendata:embed_{name}")) + suffix, height)
        for name, height in (("counter", 140), ("chart", 320))
    ]
    context = {
        "columns": columns_for(request.user),
        "all_columns": COLUMNS,
        "licence": licence(),
        "attribution": attribution(),
        "downloads": download_links(request),
        "embeds": embeds,
        "feed": reverse("opendata:feed"),
        "groups": CategoryGroup.objects.order_by("order", "code"),
        "categories": Category.objects.select_related("group").order_by("group__order", "order", "code"),
        "regions": Region.objects.order_by("code"),
        "statuses": IncidentStatus.choices,
        "precisions": DatePrecision.choices,
    }
    return render(request, "opendata/dictionary.html", context)
