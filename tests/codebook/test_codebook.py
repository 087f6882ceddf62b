"""The codebook files are valid, complete against the methodology, and replaceable."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from speechwatch import codebook

METHODOLOGY_CATEGORIES = {
    "rights.murder",
    "rights.attack",
    "rights.threat",
    "rights.detention",
    "rights.obstruction",
    "rights.discrediting",
    "rights.pressure",
    "rights.copyright",
    "access.refusal",
    "access.blocking",
    "access.closure",
    "access.cyberattack",
    "access.censorship",
    "access.elections",
    "legal.criminal",
    "legal.civil",
    "legal.administrative",
    "legal.warning",
    "context.legislation",
    "context.statement",
    "context.positive",
    "civic.assembly",
    "civic.association",
    "civic.prisoner",
    "civic.elections",
}


def test_typology_has_every_category_with_three_labels():
    _, cats = codebook.typology()
    assert set(cats) == METHODOLOGY_CATEGORIES
    for cat in cats.values():
        assert all(cat.label.get(lang) for lang in codebook.LANGS), cat.code


def test_only_violation_groups_are_counted():
    groups, cats = codebook.typology()
    assert {g for g, d in groups.items() if d["counted"]} == {"rights", "access", "legal"}
    assert cats["context.statement"].counted is False


def test_legal_articles_map_to_measures():
    _, arts = codebook.legal_articles()
    assert arts[("CC", "274")].measure == "legal.criminal.false_info"
    assert arts[("AC", "456-2")].measure == "legal.administrative.false_info"
    assert arts[("CivC", "143")].measure == "legal.civil.honor"


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        ("Shymkent", dt.date(2015, 5, 1), "south_kazakhstan"),
        ("Shymkent", dt.date(2020, 5, 1), "shymkent"),
        ("Shymkent", None, "shymkent"),
        ("Semey", dt.date(2021, 1, 1), "east_kazakhstan"),
        ("Semey", dt.date(2023, 1, 1), "abai"),
        ("Astana", dt.date(2020, 1, 1), "astana"),
    ],
)
def test_place_resolves_to_region_on_date(name, day, expected):
    _, places = codebook.places()
    place = next(p for p in places if p.name["en"] == name)
    assert place.region_on(day) == expected


def test_seventeen_regions_and_three_cities_today():
    regions, _ = codebook.places()
    current = [r for r in regions.values() if r.valid_to is None]
    assert sum(r.kind == "region" for r in current) == 17
    assert {r.code for r in current if r.kind == "city"} == {"astana", "almaty_city", "shymkent"}


def test_another_codebook_directory_replaces_ours(tmp_path, monkeypatch):
    for name in ("typology", "legal_articles", "places"):
        shutil.copy(codebook._DEFAULT_DIR / f"{name}.json", tmp_path / f"{name}.json")
    data = json.loads((tmp_path / "typology.json").read_text())
    data["categories"].append({"code": "rights.surveillance", "group": "rights", "label": {"en": "Surveillance"}})
    (tmp_path / "typology.json").write_text(json.dumps(data))
    monkeypatch.setenv("SPEECHWATCH_CODEBOOK_DIR", str(tmp_path))
    codebook.typology.cache_clear()
    try:
        assert "rights.surveillance" in codebook.typology()[1]
    finally:
        monkeypatch.delenv("SPEECHWATCH_CODEBOOK_DIR")
        codebook.typology.cache_clear()


def test_malformed_codebook_names_the_file(tmp_path):
    (tmp_path / "typology.json").write_text("{not json")
    with pytest.raises(codebook.CodebookError, match=r"typology\.json"):
        codebook.read_vocabulary("typology", tmp_path)
    (tmp_path / "places.json").write_text(json.dumps({"schema": "other", "vocabulary": "places", "version": "1"}))
    with pytest.raises(codebook.CodebookError, match="expected schema"):
        codebook.read_vocabulary("places", tmp_path)
