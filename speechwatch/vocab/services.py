"""Load a codebook (speechwatch/codebook data files) into the vocab tables, updating rows by code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.db import transaction

from speechwatch.codebook import read_vocabulary


def _labels(d: dict[str, str], prefix: str = "label") -> dict[str, str]:
    return {f"{prefix}_{lang}": d.get(lang, "") for lang in ("en", "ru", "kk")}


def _coordinates(place: dict[str, Any]) -> dict[str, float | None]:
    """A place's `lat`/`lon` (WGS 84 degrees) as model fields; both None unless the codebook gives both
    and they are real coordinates (a half-given or out-of-range point would be drawn in the wrong place)."""
    lat, lon = place.get("lat"), place.get("lon")
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and -90 <= lat <= 90 and -180 <= lon <= 180:
        return {"latitude": float(lat), "longitude": float(lon)}
    return {"latitude": None, "longitude": None}


def load_place_coordinates(directory: Path | None = None, models: Any = None) -> int:
    """Set the coordinates of the places already loaded (by English name) from places.json; returns how
    many places have coordinates. The vocab migration that added the fields calls it, so an existing
    installation gets the points without reloading its whole codebook."""
    if models is None:
        from speechwatch.vocab import models as m

        models = m
    n = 0
    for p in read_vocabulary("places", directory)["places"]:
        coords = _coordinates(p)
        models.Place.objects.filter(name_en=p["name"]["en"]).update(**coords)
        n += coords["latitude"] is not None
    return n


@transaction.atomic
def load_codebook(directory: Path | None = None, models: Any = None) -> dict[str, str]:
    """Load typology, legal articles and places. `models` lets a data migration pass historical models."""
    if models is None:
        from speechwatch.vocab import models as m

        models = m
    versions = {}
    typ = read_vocabulary("typology", directory)
    groups = {}
    for g in typ["groups"]:
        groups[g["code"]], _ = models.CategoryGroup.objects.update_or_create(
            code=g["code"],
            defaults={"counted": g.get("counted", True), "order": g.get("order", 0), **_labels(g["label"])},
        )
    for c in typ["categories"]:
        models.Category.objects.update_or_create(
            code=c["code"],
            defaults={
                "group": groups[c["group"]],
                "order": c.get("order", 0),
                "chapter": c.get("chapter", ""),
                "active": True,
                **_labels(c["label"]),
                **_labels(c.get("description", {}), "description"),
            },
        )
    versions["typology"] = typ["version"]

    legal = read_vocabulary("legal_articles", directory)
    for c in legal["codes"]:
        models.LegalCode.objects.update_or_create(code=c["code"], defaults=_labels(c["label"]))
    for a in legal["articles"]:
        models.LegalArticle.objects.update_or_create(
            code_id=a["code"],
            article=a["article"],
            defaults={
                "measure": a.get("measure") or "",
                "valid_from": a.get("valid_from"),
                "valid_to": a.get("valid_to"),
                **_labels(a["label"]),
            },
        )
    versions["legal_articles"] = legal["version"]

    pl = read_vocabulary("places", directory)
    regions = {}
    for r in pl["regions"]:
        regions[r["code"]], _ = models.Region.objects.update_or_create(
            code=r["code"],
            defaults={
                "kind": r["kind"],
                "valid_from": r.get("valid_from"),
                "valid_to": r.get("valid_to"),
                "variants": r.get("variants", []),
                **_labels(r["label"]),
            },
        )
    for r in pl["regions"]:
        if r.get("successor"):
            models.Region.objects.filter(code=r["code"]).update(successor=regions[r["successor"]])
    # migration 0002 runs this with the Place model of its time, before the coordinates existed
    with_coordinates = any(f.name == "latitude" for f in models.Place._meta.get_fields())
    for p in pl["places"]:
        place, _ = models.Place.objects.update_or_create(
            name_en=p["name"]["en"],
            defaults={
                "name_ru": p["name"].get("ru", ""),
                "name_kk": p["name"].get("kk", ""),
                "kind": p.get("kind", "city"),
                "variants": p.get("variants", []),
                **(_coordinates(p) if with_coordinates else {}),
            },
        )
        place.memberships.all().delete()
        for m in p["regions"]:
            models.PlaceRegion.objects.create(
                place=place, region=regions[m["region"]], valid_from=m.get("valid_from"), valid_to=m.get("valid_to")
            )
    versions["places"] = pl["version"]
    for name, version in versions.items():
        models.CodebookVersion.objects.create(vocabulary=name, version=version, source=str(directory or "built-in"))
    return versions
