"""The map's geometry, read from the codebook's `map.json` and keyed by region code.

Geometry is data, not code, so another organisation's codebook (SPEECHWATCH_CODEBOOK_DIR) ships its own
map: either a tile grid (`"kind": "tiles"`, each region `{"tile": [col, row]}` or `[col, row, w, h]`)
or simplified shapes (`"kind": "shapes"`, each region `{"path": "<SVG path data>", "label": [x, y]}`
inside `"viewbox": [x, y, w, h]`). A codebook without map.json gets an automatic grid of its regions, in
code order, so the map never fails for lack of a drawing. See docs/map.md for the schema.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from speechwatch.codebook import CodebookError, codebook_dir, read_vocabulary

TILE = 100  # user units per grid cell
GAP = 4
POINTS_WIDTH = 700.0
PATH_RE = re.compile(r"^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]*$")  # path data only: no markup can ride along


@dataclass(frozen=True)
class Shape:
    """One region's drawing: a rectangle (x, y, w, h) or an SVG path `d`, and where its label sits."""

    code: str
    abbr: dict[str, str]
    label_x: float
    label_y: float
    rect: tuple[float, float, float, float] | None = None
    path: str = ""


@dataclass(frozen=True)
class PointFrame:
    """Longitude/latitude bounds of the settlements panel and its size in user units (an equirectangular
    projection scaled by the cosine of the middle latitude, so distances look right for a country)."""

    lon_min: float
    lat_min: float
    lon_max: float
    lat_max: float
    width: float
    height: float

    def project(self, lat: float, lon: float) -> tuple[float, float] | None:
        if not (self.lat_min <= lat <= self.lat_max and self.lon_min <= lon <= self.lon_max):
            return None
        x = (lon - self.lon_min) / (self.lon_max - self.lon_min) * self.width
        y = (self.lat_max - lat) / (self.lat_max - self.lat_min) * self.height
        return round(x, 1), round(y, 1)


@dataclass(frozen=True)
class Layout:
    kind: str  # "tiles", "shapes" or "auto"
    title: dict[str, str]
    source: str
    licence: str
    viewbox: tuple[float, float, float, float]
    shapes: dict[str, Shape]
    points: PointFrame | None
    points_source: str
    version: str


def _frame(spec: dict[str, Any] | None) -> PointFrame | None:
    if not spec or len(spec.get("bbox") or ()) != 4:
        return None
    lon_min, lat_min, lon_max, lat_max = (float(v) for v in spec["bbox"])
    if not (lon_min < lon_max and lat_min < lat_max):
        raise CodebookError("map.json: points.bbox must be [lon_min, lat_min, lon_max, lat_max]")
    scale = math.cos(math.radians((lat_min + lat_max) / 2))
    height = POINTS_WIDTH * (lat_max - lat_min) / ((lon_max - lon_min) * scale)
    return PointFrame(lon_min, lat_min, lon_max, lat_max, POINTS_WIDTH, round(height, 1))


def _tile(code: str, spec: dict[str, Any]) -> Shape:
    cell = [float(v) for v in spec["tile"]]
    col, row = cell[0], cell[1]
    w, h = (cell[2], cell[3]) if len(cell) == 4 else (1.0, 1.0)
    x, y = col * TILE + GAP / 2, row * TILE + GAP / 2
    width, height = w * TILE - GAP, h * TILE - GAP
    return Shape(code, spec.get("abbr") or {}, x + width / 2, y + height / 2, rect=(x, y, width, height))


def _path(code: str, spec: dict[str, Any]) -> Shape:
    d = str(spec["path"])
    if not PATH_RE.match(d):
        raise CodebookError(f"map.json: region {code}: 'path' holds something other than SVG path data")
    lx, ly = (float(v) for v in spec.get("label") or (0, 0))
    return Shape(code, spec.get("abbr") or {}, lx, ly, path=d)


def parse(data: dict[str, Any]) -> Layout:
    """A Layout from map.json's data (already checked for schema and vocabulary)."""
    kind = data.get("kind", "tiles")
    regions = data.get("regions") or {}
    if kind == "tiles":
        shapes = {code: _tile(code, spec) for code, spec in regions.items()}
        grid = data.get("grid") or {}
        cols = grid.get("cols") or max((s.rect[0] + s.rect[2] for s in shapes.values() if s.rect), default=TILE) / TILE
        rows = grid.get("rows") or max((s.rect[1] + s.rect[3] for s in shapes.values() if s.rect), default=TILE) / TILE
        viewbox = (0.0, 0.0, math.ceil(cols) * TILE, math.ceil(rows) * TILE)
    elif kind == "shapes":
        shapes = {code: _path(code, spec) for code, spec in regions.items()}
        vb = data.get("viewbox") or ()
        if len(vb) != 4:
            raise CodebookError("map.json: a 'shapes' map needs 'viewbox': [x, y, width, height]")
        viewbox = tuple(float(v) for v in vb)  # type: ignore[assignment]
    else:
        raise CodebookError(f"map.json: unknown kind {kind!r} (expected 'tiles' or 'shapes')")
    points = data.get("points") or {}
    return Layout(
        kind=kind,
        title=data.get("title") or {},
        source=str(data.get("source", "")),
        licence=str(data.get("licence", "")),
        viewbox=viewbox,
        shapes=shapes,
        points=_frame(points),
        points_source=str(points.get("source", "")),
        version=str(data.get("version", "")),
    )


def auto_layout(codes: list[str]) -> Layout:
    """A square-ish grid of `codes` in the given order: the drawing of a codebook that ships none."""
    cols = max(1, math.ceil(math.sqrt(len(codes))))
    regions = {code: {"tile": [i % cols, i // cols]} for i, code in enumerate(codes)}
    layout = parse(
        {"kind": "tiles", "regions": regions, "grid": {"cols": cols, "rows": math.ceil(len(codes) / cols) or 1}}
    )
    return Layout(**{**layout.__dict__, "kind": "auto", "source": "", "licence": ""})


_cache: dict[Path, tuple[float, Layout | None]] = {}
_lock = threading.Lock()


def load_layout(directory: Path | None = None) -> Layout | None:
    """The codebook's map layout, or None when it ships no map.json. Parsed once per file version
    (path and modification time), so an edited file shows without a restart."""
    path = (directory or codebook_dir()) / "map.json"
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        return None
    hit = _cache.get(path)
    if hit is not None and hit[0] == mtime:
        return hit[1]
    layout = parse(read_vocabulary("map", path.parent))
    with _lock:
        _cache[path] = (mtime, layout)
    return layout


def dumps_viewbox(viewbox: tuple[float, ...]) -> str:
    return " ".join(f"{v:g}" for v in viewbox)
