"""The methodology's vocabularies as versioned data files, readable without Django.

Both the extraction pipeline (pure Python) and the Django `vocab` app read the same files, so a
category, an article or a place is defined once. Another organisation can point
SPEECHWATCH_CODEBOOK_DIR at a directory holding its own `typology.json`, `legal_articles.json` and
`places.json` (same schema) to replace ours without code changes.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA = "speechwatch.codebook/1"
LANGS = ("en", "ru", "kk")
_DEFAULT_DIR = Path(__file__).parent / "data"


class CodebookError(ValueError):
    """A codebook file is missing, malformed or of another schema."""


def codebook_dir() -> Path:
    return Path(os.environ.get("SPEECHWATCH_CODEBOOK_DIR") or _DEFAULT_DIR)


def read_vocabulary(name: str, directory: Path | None = None) -> dict[str, Any]:
    """Read and validate one vocabulary file (`typology`, `legal_articles` or `places`)."""
    path = (directory or codebook_dir()) / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CodebookError(f"codebook file not found: {path}") from exc
    except json.JSONDecodeError as exc:
        raise CodebookError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    if data.get("schema") != SCHEMA or data.get("vocabulary") != name:
        raise CodebookError(f"{path}: expected schema {SCHEMA!r} and vocabulary {name!r}")
    if not data.get("version"):
        raise CodebookError(f"{path}: 'version' is required")
    return data


@dataclass(frozen=True)
class Category:
    code: str
    group: str
    order: int
    chapter: str
    label: dict[str, str]
    description: dict[str, str]
    counted: bool


@dataclass(frozen=True)
class Article:
    code: str
    article: str
    label: dict[str, str]
    measure: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None


@dataclass(frozen=True)
class Region:
    code: str
    kind: str
    label: dict[str, str]
    valid_from: str | None
    valid_to: str | None
    variants: tuple[str, ...]
    successor: str | None


@dataclass(frozen=True)
class Place:
    name: dict[str, str]
    kind: str
    variants: tuple[str, ...]
    regions: tuple[tuple[str, str | None, str | None], ...] = field(default=())

    def region_on(self, day: date | None) -> str | None:
        """The region this place belonged to on `day` (today's region when `day` is None)."""
        chosen = None
        for region, start, end in self.regions:
            if day is None:
                if end is None:
                    chosen = region
            elif (start is None or day.isoformat() >= start) and (end is None or day.isoformat() < end):
                chosen = region
        return chosen or (self.regions[-1][0] if self.regions else None)


@cache
def typology() -> tuple[dict[str, dict[str, Any]], dict[str, Category]]:
    data = read_vocabulary("typology")
    groups = {g["code"]: g for g in data["groups"]}
    cats: dict[str, Category] = {}
    for c in data["categories"]:
        if c["group"] not in groups:
            raise CodebookError(f"typology: category {c['code']} names unknown group {c['group']}")
        cats[c["code"]] = Category(
            code=c["code"],
            group=c["group"],
            order=c.get("order", 0),
            chapter=c.get("chapter", ""),
            label=c["label"],
            description=c.get("description", {}),
            counted=bool(groups[c["group"]].get("counted", False)),
        )
    return groups, cats


@cache
def legal_articles() -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str], Article]]:
    data = read_vocabulary("legal_articles")
    codes = {c["code"]: c for c in data["codes"]}
    arts: dict[tuple[str, str], Article] = {}
    for a in data["articles"]:
        if a["code"] not in codes:
            raise CodebookError(f"legal_articles: article {a['article']} names unknown code {a['code']}")
        arts[(a["code"], a["article"])] = Article(
            code=a["code"],
            article=a["article"],
            label=a["label"],
            measure=a.get("measure"),
            valid_from=a.get("valid_from"),
            valid_to=a.get("valid_to"),
        )
    return codes, arts


@cache
def places() -> tuple[dict[str, Region], list[Place]]:
    data = read_vocabulary("places")
    regions = {
        r["code"]: Region(
            code=r["code"],
            kind=r["kind"],
            label=r["label"],
            valid_from=r.get("valid_from"),
            valid_to=r.get("valid_to"),
            variants=tuple(r.get("variants", [])),
            successor=r.get("successor"),
        )
        for r in data["regions"]
    }
    plist = []
    for p in data["places"]:
        mem = tuple((m["region"], m.get("valid_from"), m.get("valid_to")) for m in p["regions"])
        for region, _, _ in mem:
            if region not in regions:
                raise CodebookError(f"places: {p['name']['en']} names unknown region {region}")
        plist.append(
            Place(name=p["name"], kind=p.get("kind", "city"), variants=tuple(p.get("variants", [])), regions=mem)
        )
    return regions, plist


def category_codes() -> list[str]:
    return list(typology()[1])


def label(labels: dict[str, str], lang: str) -> str:
    """Pick a label in `lang`, falling back to Russian then English (kk texts are often incomplete)."""
    return labels.get(lang) or labels.get("ru" if lang == "kk" else "en") or labels.get("en") or ""
