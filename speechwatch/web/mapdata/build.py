"""Put the layout, the codebook's regions and settlements and the counts together: one structure that the
SVG page draws and the JSON serialises, so the two can never disagree.

Each region links to the incident list with the same filters plus the region on the same basis
(`region=<code>` for the region at the time of the incident, `region_now=<code>` for today's region),
so a click lands on a list of exactly the incidents the region counted.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import astuple, dataclass, field
from typing import Any

from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import get_language, ngettext

from speechwatch.codebook import label as pick_label
from speechwatch.web.mapdata.counts import Counts
from speechwatch.web.mapdata.layout import Layout, PointFrame, Shape, auto_layout
from speechwatch.web.mapdata.vocab import MapVocab

LIST_PARAM = {"now": "region_now", "then": "region"}
OWN_PARAMS = ("regions", "page", "format")  # the map's own switch, and the list's paging/download
CLASSES = 5
LABELLED = 6  # settlements named on the points panel (the rest are in the table and the circles' titles)


@dataclass
class RegionCell:
    code: str
    label: str
    kind: str
    count: int
    href: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    shape: Shape | None = None
    abbr: str = ""
    fill: int = 0  # colour class 0 (none) … CLASSES (most)
    aria_label: str = ""

    @property
    def historical(self) -> bool:
        return self.valid_to is not None and self.valid_to <= dt.date.today()


@dataclass
class PointMark:
    name: str
    count: int
    lat: float | None
    lon: float | None
    region_code: str  # today's region
    region: str  # its label
    x: float | None = None
    y: float | None = None
    r: float = 0.0
    label_x: float | None = None  # set for the few busiest settlements, whose names are written beside them
    anchor: str = "start"


@dataclass
class LegendStep:
    fill: int
    low: int
    high: int


@dataclass
class MapView:
    basis: str
    layout: Layout
    cells: list[RegionCell]
    points: list[PointMark]
    total: int
    unplaced: int
    legend: list[LegendStep] = field(default_factory=list)
    frame: PointFrame | None = None

    @property
    def drawn(self) -> list[RegionCell]:
        return [c for c in self.cells if c.shape is not None]

    @property
    def counted_points(self) -> list[PointMark]:
        return [p for p in self.points if p.count]

    @property
    def placed_points(self) -> list[PointMark]:
        return [p for p in self.points if p.x is not None]


def list_query(params: QueryDict, **extra: str) -> str:
    """The incident list's query string for the same filters (the map's own parameters removed) and
    `extra`, in the order the filters came."""
    q = params.copy()
    for name in OWN_PARAMS:
        q.pop(name, None)
    for name, value in extra.items():
        q[name] = value
    return q.urlencode()


def fill_class(n: int, top: int) -> int:
    """Linear classes over 1…top: n in ((k-1)·top/5, k·top/5] gets class k; 0 stays 0."""
    return 0 if n <= 0 or top <= 0 else min(CLASSES, math.ceil(CLASSES * n / top))


def legend(top: int) -> list[LegendStep]:
    steps = []
    for k in range(1, CLASSES + 1):
        low, high = (k - 1) * top // CLASSES + 1, k * top // CLASSES
        if top and low <= high:
            steps.append(LegendStep(k, low, high))
    return steps


def _points(counts: Counts, frame: PointFrame | None, vocab: MapVocab) -> list[PointMark]:
    """Every settlement with incidents (with or without coordinates), most incidents first; settlements
    with coordinates and no incidents are drawn as faint dots for orientation (count 0)."""
    labels = vocab.region_label
    marks = []
    for pk, place in vocab.places.items():
        n = counts.places.get(pk, 0)
        lat, lon = place.lat, place.lon
        if not n and (lat is None or lon is None):
            continue
        mark = PointMark(place.name, n, lat, lon, place.region_code, labels.get(place.region_code, ""))
        if frame is not None and lat is not None and lon is not None:
            xy = frame.project(lat, lon)
            if xy is not None:
                mark.x, mark.y = xy
        marks.append(mark)
    top = max((m.count for m in marks), default=0)
    for m in marks:
        m.r = round(2.0 + 14.0 * math.sqrt(m.count / top), 1) if m.count and top else 1.5
    marks.sort(key=lambda m: (-m.count, m.name))
    for m in [m for m in marks if m.count and m.x is not None][:LABELLED]:
        east = frame is not None and m.x > frame.width * 0.8  # type: ignore[operator]
        m.anchor = "end" if east else "start"
        m.label_x = round(m.x - m.r - 3 if east else m.x + m.r + 3, 1)  # type: ignore[operator]
    return marks


def build(counts: Counts, basis: str, params: QueryDict, layout: Layout | None, vocab: MapVocab) -> MapView:
    """The map of `counts` on `basis` ("now" or "then"): one cell per region that exists on that basis
    (today's regions for "now"; every region, abolished ones too, for "then"), each with its count, its
    link to the filtered list and its drawing when the layout has one."""
    lang = (get_language() or "en")[:2]
    if layout is None:
        layout = auto_layout([r.code for r in vocab.regions if r.valid_to is None])
    today = dt.date.today()
    list_url = reverse("web:incident_list")
    cells = []
    for pk, code, kind, valid_from, valid_to, label in (astuple(r) for r in vocab.regions):
        n = counts.regions.get(pk, 0)
        gone = valid_to is not None and valid_to <= today
        if basis == "now" and gone and not n:
            continue  # an abolished region has no incidents "now"; it is drawn on the "then" map only
        cell = RegionCell(code, label, kind, n, f"{list_url}?{list_query(params, **{LIST_PARAM[basis]: code})}",
                          valid_from, valid_to, shape=layout.shapes.get(code))  # fmt: skip
        if cell.shape is not None:
            cell.abbr = pick_label(cell.shape.abbr, lang) if cell.shape.abbr else code[:3].upper()
        cell.aria_label = ngettext("%(region)s: %(count)s incident", "%(region)s: %(count)s incidents", n) % {
            "region": label,
            "count": n,
        }
        cells.append(cell)
    cells.sort(key=lambda c: c.label.casefold())
    top = max((c.count for c in cells), default=0)
    for c in cells:
        c.fill = fill_class(c.count, top)
    return MapView(
        basis=basis,
        layout=layout,
        cells=cells,
        points=_points(counts, layout.points, vocab),
        total=counts.total,
        unplaced=counts.unplaced,
        legend=legend(top),
        frame=layout.points,
    )


def as_json(view: MapView, params: QueryDict) -> dict[str, Any]:
    """The map's data for reuse: region counts (with the list link of each) and settlement points."""
    return {
        "basis": view.basis,
        "filters": {
            k: params.getlist(k) if len(params.getlist(k)) > 1 else params.get(k) for k in params if k not in OWN_PARAMS
        },
        "total": view.total,
        "without_region": view.unplaced,
        "list_url": f"{reverse('web:incident_list')}?{list_query(params)}".rstrip("?"),
        "regions": [
            {
                "code": c.code,
                "label": c.label,
                "kind": c.kind,
                "valid_from": c.valid_from.isoformat() if c.valid_from else None,
                "valid_to": c.valid_to.isoformat() if c.valid_to else None,
                "count": c.count,
                "list_url": c.href,
            }
            for c in view.cells
        ],
        "places": [
            {"name": p.name, "region_now": p.region_code or None, "lat": p.lat, "lon": p.lon, "count": p.count}
            for p in view.points
            if p.count
        ],
        "layout": {
            "kind": view.layout.kind,
            "version": view.layout.version,
            "source": view.layout.source,
            "licence": view.layout.licence,
            "points_source": view.layout.points_source,
        },
    }
