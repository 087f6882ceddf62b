"""The regions and settlements the map draws, read once per process and language.

They change only when a codebook is loaded, so they are kept beside the list's vocabulary labels
(`web.filtersets.codebook_for`, rebuilt when any process loads a codebook or a region is saved) and
rebuilt with them: a request then costs no vocabulary query at all.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.utils.translation import get_language

from speechwatch.codebook import label as pick_label
from speechwatch.vocab.models import Place, PlaceRegion, Region
from speechwatch.web.filtersets import codebook_for

_LABELS = ("label_en", "label_ru", "label_kk")


@dataclass(frozen=True)
class RegionRow:
    pk: int
    code: str
    kind: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    label: str


@dataclass(frozen=True)
class PlaceRow:
    name: str
    lat: float | None
    lon: float | None
    region_code: str  # today's region


@dataclass(frozen=True)
class MapVocab:
    regions: tuple[RegionRow, ...]  # in code order
    places: dict[int, PlaceRow]

    @property
    def region_label(self) -> dict[str, str]:
        return {r.code: r.label for r in self.regions}


def load_vocab(lang: str) -> MapVocab:
    regions = tuple(
        RegionRow(pk, code, kind, vf, vt, pick_label(dict(zip(("en", "ru", "kk"), labels, strict=True)), lang))
        for pk, code, kind, vf, vt, *labels in Region.objects.order_by("code").values_list(
            "pk", "code", "kind", "valid_from", "valid_to", *_LABELS
        )
    )
    today = dict(PlaceRegion.objects.filter(valid_to__isnull=True).values_list("place_id", "region__code"))
    places = {
        pk: PlaceRow(pick_label({"en": en, "ru": ru, "kk": kk}, lang), lat, lon, today.get(pk, ""))
        for pk, en, ru, kk, lat, lon in Place.objects.values_list(
            "pk", "name_en", "name_ru", "name_kk", "latitude", "longitude"
        )
    }
    return MapVocab(regions, places)


_memo: dict[str, tuple[Any, MapVocab]] = {}
_lock = threading.Lock()


def map_vocab(request: Any) -> MapVocab:
    """The vocabulary of the request's language, rebuilt whenever the list's labels are (the same
    codebook object means the same codebook)."""
    lang = (get_language() or "en")[:2]
    book = codebook_for(request)
    hit = _memo.get(lang)
    if hit is not None and hit[0] is book:
        return hit[1]
    vocab = load_vocab(lang)
    if not connection.in_atomic_block:  # as the labels: never keep what a rollback could undo
        with _lock:
            _memo[lang] = (book, vocab)
    return vocab
