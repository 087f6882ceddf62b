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
from django.core.exceptions import EmptyResultSet
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
    time of the incident) and per settlement: on PostgreSQL one GROUPING SETS pass over the places
    plus the total (half the time of separate queries at 100,000 incidents), elsewhere four aggregate
    queries. Either way the incident ids stay a subquery (no id list travels through Python)."""
    if connection.vendor == "postgresql":
        return count_grouped(incidents, basis)
    return count_portable(incidents, basis)


def count_portable(incidents: QuerySet, basis: str) -> Counts:
    """Four aggregate queries through the ORM (any database)."""
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


def count_grouped(incidents: QuerySet, basis: str) -> Counts:
    """The same counts in two queries on PostgreSQL: regions, settlements and the number of incidents
    with a region come from one scan of the places (GROUPING SETS; GROUPING() tells the sets apart),
    the total from a COUNT over the filtered ids."""
    total = incidents.order_by().count()
    if not total:
        return Counts(total=0, unplaced=0, regions={}, places={})
    try:
        ids_sql, params = incidents.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:
        return Counts(total=0, unplaced=0, regions={}, places={})
    qn = connection.ops.quote_name
    col = qn(REGION_FIELD[basis])
    table = qn(IncidentPlace._meta.db_table)
    sql = (
        f"SELECT {col}, place_id, GROUPING({col}, place_id), COUNT(DISTINCT incident_id), "  # noqa: S608
        f"COUNT(DISTINCT incident_id) FILTER (WHERE {col} IS NOT NULL) "
        f"FROM {table} WHERE incident_id IN ({ids_sql}) GROUP BY GROUPING SETS (({col}), (place_id), ())"
    )  # (column and table names come from the models; the filters stay parameters)
    regions: dict[int, int] = {}
    places: dict[int, int] = {}
    located = 0
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for region, place, grouping, n, with_region in cursor.fetchall():
            if grouping == 1 and region is not None:  # grouped by region (place aggregated away)
                regions[region] = n
            elif grouping == 2 and place is not None:  # grouped by place
                places[place] = n
            elif grouping == 3:  # the grand total row
                located = with_region
    return Counts(total=total, unplaced=total - located, regions=regions, places=places)


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
