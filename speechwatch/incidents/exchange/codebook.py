"""Import the codebook section of an export file: vocab rows are updated by their natural key and
rows the file does not contain are removed, so the database ends up with exactly the file's codebook."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from speechwatch.incidents.exchange import spec
from speechwatch.incidents.exchange.fields import as_list, check_keys, clean_or_fail, fail, import_fields
from speechwatch.vocab import models as vocab


@dataclass
class CodebookMaps:
    """The file's codebook rows by natural key; references elsewhere in the file resolve only here."""

    groups: dict[str, vocab.CategoryGroup] = field(default_factory=dict)
    categories: dict[str, vocab.Category] = field(default_factory=dict)
    codes: dict[str, vocab.LegalCode] = field(default_factory=dict)
    articles: dict[str, vocab.LegalArticle] = field(default_factory=dict)
    regions: dict[str, vocab.Region] = field(default_factory=dict)
    places: dict[str, vocab.Place] = field(default_factory=dict)


def _upsert(model: type, key: dict[str, Any], values: dict[str, Any], where: str) -> Any:
    obj = model.objects.filter(**key).first() or model(**key)
    for name, value in values.items():
        setattr(obj, name, value)
    clean_or_fail(obj, where)
    obj.save()
    return obj


def _lookup(mapping: dict[str, Any], key: Any, where: str, name: str, what: str) -> Any:
    if key not in mapping:
        raise fail(where, name, f"unknown {what} {key!r}")
    return mapping[key]


def import_codebook(data: Any) -> CodebookMaps:
    sections = ["category_groups", "categories", "legal_codes", "legal_articles", "regions", "places", "versions"]
    cb = check_keys(data, "codebook", set(sections))
    maps = CodebookMaps()
    for n, row in enumerate(as_list(cb, "category_groups", "codebook")):
        where = f"codebook.category_groups[{n}]"
        check_keys(row, where, set(spec.GROUP))
        values = import_fields(vocab.CategoryGroup, row, spec.GROUP, where)
        code = values.pop("code")
        maps.groups[code] = _upsert(vocab.CategoryGroup, {"code": code}, values, where)
    for n, row in enumerate(as_list(cb, "categories", "codebook")):
        where = f"codebook.categories[{n}]"
        check_keys(row, where, {*spec.CATEGORY, "group"})
        values = import_fields(vocab.Category, row, spec.CATEGORY, where)
        values["group"] = _lookup(maps.groups, row["group"], where, "group", "category group")
        code = values.pop("code")
        maps.categories[code] = _upsert(vocab.Category, {"code": code}, values, where)
    for n, row in enumerate(as_list(cb, "legal_codes", "codebook")):
        where = f"codebook.legal_codes[{n}]"
        check_keys(row, where, set(spec.LEGAL_CODE))
        values = import_fields(vocab.LegalCode, row, spec.LEGAL_CODE, where)
        code = values.pop("code")
        maps.codes[code] = _upsert(vocab.LegalCode, {"code": code}, values, where)
    for n, row in enumerate(as_list(cb, "legal_articles", "codebook")):
        where = f"codebook.legal_articles[{n}]"
        check_keys(row, where, {*spec.ARTICLE, "code"})
        values = import_fields(vocab.LegalArticle, row, spec.ARTICLE, where)
        code = _lookup(maps.codes, row["code"], where, "code", "legal code")
        key = {"code": code, "article": values.pop("article")}
        maps.articles[f"{code.code} {key['article']}"] = _upsert(vocab.LegalArticle, key, values, where)
    rows = as_list(cb, "regions", "codebook")
    for n, row in enumerate(rows):
        where = f"codebook.regions[{n}]"
        check_keys(row, where, {*spec.REGION, "successor"})
        values = import_fields(vocab.Region, row, spec.REGION, where)
        values["successor"] = None
        code = values.pop("code")
        maps.regions[code] = _upsert(vocab.Region, {"code": code}, values, where)
    for n, row in enumerate(rows):
        if row["successor"] is not None:
            where = f"codebook.regions[{n}]"
            region = maps.regions[row["code"]]
            region.successor = _lookup(maps.regions, row["successor"], where, "successor", "region")
            region.save()
    for n, row in enumerate(as_list(cb, "places", "codebook")):
        where = f"codebook.places[{n}]"
        check_keys(row, where, {*spec.PLACE, "regions"})
        values = import_fields(vocab.Place, row, spec.PLACE, where)
        place = _upsert(vocab.Place, {"name_en": values.pop("name_en")}, values, where)
        maps.places[place.name_en] = place
        place.memberships.all().delete()
        for k, m in enumerate(as_list(row, "regions", where)):
            mwhere = f"{where}.regions[{k}]"
            check_keys(m, mwhere, {*spec.MEMBERSHIP, "region"})
            membership = vocab.PlaceRegion(
                place=place,
                region=_lookup(maps.regions, m["region"], mwhere, "region", "region"),
                **import_fields(vocab.PlaceRegion, m, spec.MEMBERSHIP, mwhere),
            )
            clean_or_fail(membership, mwhere)
            membership.save()
    vocab.CodebookVersion.objects.all().delete()
    for n, row in enumerate(as_list(cb, "versions", "codebook")):
        where = f"codebook.versions[{n}]"
        check_keys(row, where, set(spec.VERSION))
        version = vocab.CodebookVersion(**import_fields(vocab.CodebookVersion, row, spec.VERSION, where))
        clean_or_fail(version, where)
        version.save()
    return maps


def remove_other_rows(maps: CodebookMaps) -> None:
    """Delete codebook rows the file did not contain (called after the data is in, so nothing the
    file references can be among them)."""
    vocab.Place.objects.exclude(pk__in=[p.pk for p in maps.places.values()]).delete()
    vocab.Category.objects.exclude(pk__in=[c.pk for c in maps.categories.values()]).delete()
    vocab.CategoryGroup.objects.exclude(pk__in=[g.pk for g in maps.groups.values()]).delete()
    vocab.LegalArticle.objects.exclude(pk__in=[a.pk for a in maps.articles.values()]).delete()
    vocab.LegalCode.objects.exclude(pk__in=[c.pk for c in maps.codes.values()]).delete()
    vocab.Region.objects.exclude(pk__in=[r.pk for r in maps.regions.values()]).delete()
