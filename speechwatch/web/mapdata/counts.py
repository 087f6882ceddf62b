"""How many incidents of a filtered, visible set fall in each region and at each settlement.

The input is the very queryset the incident list shows (`IncidentFilterSet` over
`Incident.objects.restrict(user)`), so the map can never count a record the list would not show. An
incident is counted once per region however many of its places lie there (COUNT DISTINCT), exactly as
the list's region filter returns it once; an incident with places in two regions counts in both, so
region counts may add up to more than the total.

At 100,000 incidents the four aggregates read most of the table (hundreds of milliseconds on a busy
machine), so `cached_count` keeps each answer per filter set, basis and visibility scope until the
data change, with the fingerprint and scopes of the list's facet counts (`web.facets`): the map and
the facets beside the list go stale, and fresh, together.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, QuerySet

from speechwatch.incidents.models import IncidentPlace
from speechwatch.stats.aggregates import fast_session
from speechwatch.web.facets import CACHE_SECONDS, data_version, visibility_scope

BASES = ("now", "then")
REGION_FIELD = {"now": "region_now_id", "then": "region_then_id"}


@dataclass(frozen=True)
class Counts:
    total: int  # incidents in the filtered set
    unplaced: int  # of those, incidents with no region on this basis
    regions: dict[int, int]  # region id → incidents
    places: dict[int, int]  # place id → incidents


def count(incidents: QuerySet, basis: str) -> Counts:
    """Counts of `incidents` per region on `basis` ("now": today's region, "then": the region at the
    time of the incident) and per settlement. Four aggregate queries, each over the incident ids as a
    subquery (the database plans one semi-join; no id list travels through Python)."""
    field = REGION_FIELD[basis]
    ids = incidents.order_by().values("pk")
    places = IncidentPlace.objects.filter(incident_id__in=ids)
    regions = (
        places.filter(**{f"{field}__isnull": False})
        .values_list(field)
        .annotate(n=Count("incident_id", distinct=True))
        .order_by()
    )
    settlements = (
        places.filter(place__isnull=False)
        .values_list("place_id")
        .annotate(n=Count("incident_id", distinct=True))
        .order_by()
    )
    total = incidents.order_by().count()
    located = places.filter(**{f"{field}__isnull": False}).values("incident_id")
    unplaced = incidents.order_by().exclude(pk__in=located).count() if total else 0
    return Counts(total=total, unplaced=unplaced, regions=dict(regions), places=dict(settlements))


def cached_count(incidents: QuerySet, basis: str, user: Any, filters: list[tuple[str, list[str]]]) -> Counts:
    """`count` from the cache while the data have not changed. `filters` are the request's filter
    parameters (the map's own removed), which together with the user's visibility scope decide the
    set. Not cached inside a transaction the view did not open (its writes could still be rolled back
    and a history id reused), as the facet counts are not."""
    if connection.in_atomic_block:
        return count(incidents, basis)
    raw = f"{visibility_scope(user)}|{basis}|{sorted(filters)!r}|{data_version()}"
    key = "speechwatch:map:" + hashlib.sha256(raw.encode()).hexdigest()
    counts = cache.get(key)
    if counts is None:
        with fast_session():
            counts = count(incidents, basis)
        cache.set(key, counts, CACHE_SECONDS)
    return counts
