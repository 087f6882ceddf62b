"""The incident map (/map/) and its data (/map/data.json).

Both take exactly the incident list's query parameters, run them through the list's own filter set over
the rows the user may see, and count that set per region; `regions=now|then` (the map's only own
parameter) chooses today's regions or the regions at the time of each incident.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from speechwatch.codebook import CodebookError
from speechwatch.incidents.models import Incident
from speechwatch.web.filtersets import IncidentFilterSet
from speechwatch.web.mapdata.build import OWN_PARAMS, MapView, as_json, build, list_query
from speechwatch.web.mapdata.counts import BASES, cached_count
from speechwatch.web.mapdata.layout import dumps_viewbox, load_layout
from speechwatch.web.mapdata.svg import points_svg, regions_svg
from speechwatch.web.mapdata.vocab import map_vocab


def _basis(request: HttpRequest) -> str:
    value = request.GET.get("regions", "now")
    return value if value in BASES else "now"


def _map(request: HttpRequest) -> tuple[IncidentFilterSet, MapView]:
    filterset = IncidentFilterSet(
        request.GET or None, queryset=Incident.objects.restrict(request.user), request=request
    )
    basis = _basis(request)
    try:
        layout = load_layout()
    except CodebookError:
        layout = None  # a broken map.json must not take the page down: the automatic grid is drawn instead
    filters = [(k, request.GET.getlist(k)) for k in request.GET if k not in OWN_PARAMS]
    counts = cached_count(filterset.qs, basis, request.user, filters)
    return filterset, build(counts, basis, request.GET, layout, map_vocab(request))


@require_GET
def incident_map(request: HttpRequest) -> HttpResponse:
    filterset, view = _map(request)
    switch = {b: f"?{list_query(request.GET, regions=b)}" for b in BASES}
    context = {
        "filter": filterset,
        "map": view,
        "viewbox": dumps_viewbox(view.layout.viewbox),
        "regions_svg": regions_svg(view),
        "points_svg": points_svg(view),
        "switch": switch,
        "list_query": list_query(request.GET),
        "data_query": list_query(request.GET, regions=view.basis),
    }
    return render(request, "web/map.html", context)


@require_GET
def map_data(request: HttpRequest) -> JsonResponse:
    _filterset, view = _map(request)
    return JsonResponse(as_json(view, request.GET), json_dumps_params={"ensure_ascii": False})
