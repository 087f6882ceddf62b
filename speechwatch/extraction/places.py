"""Places named in an incident, resolved to regions via the codebook (methodology §6).

Every settlement and region name and variant in `codebook/data/places.json` becomes one compiled
regex (English forms as whole words, Russian forms by stem so "в Павлодаре", "Уральске",
"жезказганской" match). Capitalised words that match nothing exactly get a fuzzy second chance with
rapidfuzz ("Petrovpavlovsk" -> Petropavl). A settlement resolves to the region it belonged to on the
incident's date (`Place.region_on`) and to today's region; a region named directly resolves to itself,
or to its successor today (South Kazakhstan -> Turkistan).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from rapidfuzz import fuzz, process

from speechwatch.codebook import Place, places
from speechwatch.extraction.schemas import PlaceRef

_CYR = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_WORD = re.compile(r"(?<![\w-])\w{3}")
_CAPWORD = re.compile(r"\b[A-Z][a-z]{4,}(?:-[A-Z][a-z]+)?\b")


_fuzzy_cache: dict[str, str | None] = {}


@dataclass(frozen=True)
class _Entry:
    label: str  # canonical English name
    place: Place | None  # a settlement
    region: str | None  # a region named directly


def _stem_ru(name: str) -> str:
    """A Russian name's stem for inflected matches: Павлодар -> Павлодар\\w*, Алматы -> Алмат\\w*."""
    base = re.escape(name)
    if name.endswith(("ая", "ий", "ый", "ое", "ой", "яя")) and len(name) > 5:
        base = re.escape(name[:-2])
    elif name[-1] in "аыийяоеь" and len(name) > 4:
        base = re.escape(name[:-1])
    return base + r"\w*"


def _variant_pattern(v: str) -> str:
    if _CYR.search(v):
        if " " in v:  # "Алматинская область": inflect each word
            return r"\s+".join(_stem_ru(w) for w in v.split())
        return _stem_ru(v)
    return re.escape(v).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]?")


@cache
def _index() -> tuple[re.Pattern[str], dict[str, _Entry], dict[str, _Entry], frozenset[str]]:
    regions, plist = places()
    lookup: dict[str, _Entry] = {}
    groups: list[str] = []

    def add(name: str, entry: _Entry) -> None:
        key = f"p{len(groups)}"
        lookup[key] = entry
        groups.append(f"(?P<{key}>{_variant_pattern(name)})")

    # Regions first, longest names first, so "East Kazakhstan Region" beats "Kazakhstan".
    region_names: list[tuple[str, _Entry]] = []
    for r in regions.values():
        entry = _Entry(r.label.get("en", r.code), None, r.code)
        names = set(r.label.values()) | set(r.variants)
        if r.kind != "city":  # cities of republican significance are matched through their settlement
            region_names += [(n, entry) for n in names]
    place_names: list[tuple[str, _Entry]] = []
    for p in plist:
        entry = _Entry(p.name.get("en", ""), p, None)
        place_names += [(n, entry) for n in set(p.name.values()) | set(p.variants)]
    prefixes: set[str] = set()
    for name, entry in sorted(region_names, key=lambda x: -len(x[0])) + sorted(place_names, key=lambda x: -len(x[0])):
        if name:
            add(name, entry)
            prefixes.add(name[:3].lower())
    rx = re.compile(r"(?:" + "|".join(groups) + r")(?![\w])" if groups else r"(?!x)x", re.IGNORECASE)
    fuzzy = {n: e for n, e in place_names if not _CYR.search(n) and len(n) >= 5}
    return rx, lookup, fuzzy, frozenset(prefixes)


def _ref(entry: _Entry, day: date | None) -> PlaceRef:
    if entry.place is not None:
        return PlaceRef(entry.label, entry.place.region_on(day), entry.place.region_on(None))
    regions, _ = places()
    region = regions.get(entry.region or "")
    now = region.successor if region and region.successor else entry.region
    if region and day and region.valid_to and day.isoformat() >= region.valid_to and region.successor:
        return PlaceRef(entry.label, region.successor, now)
    return PlaceRef(entry.label, entry.region, now)


def find_places(text: str, day: date | None = None) -> list[PlaceRef]:
    """Places named in `text`, in order of first mention, each resolved as of `day`."""
    rx, lookup, fuzzy, prefixes = _index()
    found: dict[str, PlaceRef] = {}
    spans: list[tuple[int, int]] = []
    # Try the big alternation only where a word starts with a known 3-letter prefix: much faster
    # than letting the regex engine try every alternative at every position.
    for w in _WORD.finditer(text):
        if w.group(0)[:3].lower() not in prefixes or (spans and w.start() < spans[-1][1]):
            continue
        m = rx.match(text, w.start())
        if m is None:
            continue
        key = m.lastgroup
        if not key:
            continue
        entry = lookup[key]
        # "Almaty Region" vs the city: regex order already prefers the region; skip plain-word clashes.
        if m.group(0)[0].islower() and not _CYR.match(m.group(0)):
            continue
        spans.append(m.span())
        found.setdefault(entry.label, _ref(entry, day))
    names = list(fuzzy)
    for word in {m.group(0) for m in _CAPWORD.finditer(text) if not any(s <= m.start() < e for s, e in spans)}:
        hit = _fuzzy_cache.get(word, False)
        if hit is False:
            best = process.extractOne(word, names, scorer=fuzz.ratio, score_cutoff=88)
            if len(_fuzzy_cache) > 20000:  # bounded: memory stays flat over thousands of files
                _fuzzy_cache.clear()
            hit = _fuzzy_cache[word] = best[0] if best else None
        if hit:
            entry = fuzzy[hit]
            found.setdefault(entry.label, _ref(entry, day))
    return list(found.values())
