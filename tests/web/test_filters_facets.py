"""The public database: every filter of the list, the facet counts beside it, the canonical URLs and the
visibility rule behind both (runs on SQLite and PostgreSQL).

The world: five published incidents, one draft, one confidential incident, one public incident in a
confidential case with a criminal proceeding on CC 174, and proceedings (one confidential) on other
articles. Anonymous visitors must never see the draft, the confidential incident, or anything of the
confidential case's proceeding, neither as a row nor as a count."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse


@pytest.fixture
def world(make_incident, users):
    from speechwatch.incidents.models import (
        Actor,
        Case,
        IncidentPlace,
        Involvement,
        Proceeding,
        ProceedingBasis,
    )
    from speechwatch.vocab.models import Category, LegalArticle, Region

    region = {code: Region.objects.get(code=code) for code in ("almaty_city", "abai", "east_kazakhstan", "astana")}
    art = {
        f"{a.code_id} {a.article}": a
        for a in LegalArticle.objects.filter(code_id="CC", article__in=["174", "131", "274"], valid_to__isnull=True)
    }
    akimat = Actor.objects.create(name="District akimat", kind="organisation", subkind="akimat")
    trader = Actor.objects.create(name="A market trader", kind="person", subkind="citizen")
    paper = Actor.objects.create(name="The Steppe Courier", kind="outlet", subkind="newspaper")
    channel = Actor.objects.create(name="Morning Channel", kind="outlet", subkind="tv")

    def place(incident, then, now=None):
        IncidentPlace.objects.create(
            incident=incident, region_then=region[then], region_now=region[now or then], name_as_written="somewhere"
        )

    w = {}
    w["beaten"] = make_incident("Camera operator beaten", "rights.attack", date=dt.date(2023, 6, 4),
                                registered_month=dt.date(2023, 6, 1))  # fmt: skip
    place(w["beaten"], "almaty_city")
    Involvement.objects.create(incident=w["beaten"], actor=trader, role="perpetrator")
    Involvement.objects.create(incident=w["beaten"], actor=channel, role="victim")

    w["threat"] = make_incident("Editor threatened by an official", "rights.threat", date=dt.date(2024, 2, 20),
                                registered_month=dt.date(2024, 3, 1))  # fmt: skip
    place(w["threat"], "east_kazakhstan", "abai")
    Involvement.objects.create(incident=w["threat"], actor=akimat, role="perpetrator")
    Involvement.objects.create(incident=w["threat"], actor=paper, role="victim")
    w["threat"].secondary_categories.add(Category.objects.get(code="rights.pressure"))

    w["insult"] = make_incident("Insult charge against a blogger", "legal.criminal", date=dt.date(2024, 3, 2),
                                registered_month=dt.date(2024, 3, 1))  # fmt: skip
    place(w["insult"], "astana")
    p1 = Proceeding.objects.create(incident=w["insult"], kind="criminal")
    ProceedingBasis.objects.create(proceeding=p1, article=art["CC 131"])

    w["claim"] = make_incident("Honour claim against a weekly", "legal.civil", date=dt.date(2024, 4, 9),
                               registered_month=dt.date(2024, 4, 1))  # fmt: skip
    place(w["claim"], "abai")
    hidden_proc = Proceeding.objects.create(incident=w["claim"], kind="administrative", is_confidential=True)
    ProceedingBasis.objects.create(proceeding=hidden_proc, article=art["CC 274"])

    w["nodate"] = make_incident("Site blocked, date unknown", "access.blocking", date=None,
                                registered_month=dt.date(2024, 4, 1))  # fmt: skip

    secret_case = Case.objects.create(title="A sealed investigation", is_confidential=True)
    w["in_secret_case"] = make_incident("Journalist questioned", "legal.criminal", date=dt.date(2024, 4, 3),
                                        registered_month=dt.date(2024, 4, 1), case=secret_case)  # fmt: skip
    sealed = Proceeding.objects.create(case=secret_case, incident=w["in_secret_case"], kind="criminal")
    ProceedingBasis.objects.create(proceeding=sealed, article=art["CC 174"])

    w["draft"] = make_incident("A draft about Abai", "rights.attack", status="draft", date=dt.date(2024, 4, 5),
                               registered_month=dt.date(2024, 4, 1))  # fmt: skip
    place(w["draft"], "abai")
    w["confidential"] = make_incident("A confidential attack", "rights.attack", is_confidential=True,
                                      date=dt.date(2024, 4, 6), registered_month=dt.date(2024, 4, 1))  # fmt: skip
    place(w["confidential"], "abai")
    Involvement.objects.create(incident=w["confidential"], actor=akimat, role="perpetrator")
    return w


PUBLIC = {"beaten", "threat", "insult", "claim", "nodate", "in_secret_case"}
EVERY = PUBLIC | {"draft", "confidential"}


@pytest.fixture
def editor(client, users):
    client.force_login(users["editor"])
    return client


def keys(world, client, **params) -> set[str]:
    response = client.get(reverse("web:incident_list"), params)
    assert response.status_code == 200
    shown = {row.pk for row in response.context["page"].items}
    return {k for k, inc in world.items() if inc.pk in shown}


def facet(client, name: str, **params) -> dict[str, int]:
    response = client.get(reverse("web:incident_list"), params)
    assert response.status_code == 200
    for f in response.context["facets"]:
        if f.name == name:
            return {v.key: v.count for v in f.values}
    return {}


CASES = [
    ({"year": "2024"}, {"threat", "insult", "claim", "in_secret_case"}, {"draft", "confidential"}),
    ({"year": "2023"}, {"beaten"}, set()),
    ({"date_from": "2024-03-01", "date_to": "2024-04-05"}, {"insult", "in_secret_case"}, {"draft"}),
    ({"registered_from": "2024-03", "registered_to": "2024-03"}, {"threat", "insult"}, set()),
    ({"registered_from": "2024-04"}, {"claim", "nodate", "in_secret_case"}, {"draft", "confidential"}),
    ({"registered_to": "2023-12"}, {"beaten"}, set()),
    ({"group": "legal"}, {"insult", "claim", "in_secret_case"}, set()),
    ({"category": "rights.pressure"}, set(), set()),
    ({"category": "rights.pressure", "secondary": "true"}, {"threat"}, set()),
    ({"region": "east_kazakhstan"}, {"threat"}, set()),
    ({"region": "abai"}, {"claim"}, {"draft", "confidential"}),
    ({"region_now": "abai"}, {"threat", "claim"}, {"draft", "confidential"}),
    ({"perpetrator_kind": "state"}, {"threat"}, {"confidential"}),
    ({"perpetrator_kind": "non_state"}, {"beaten"}, set()),
    ({"perpetrator_kind": "unknown"}, {"insult", "claim", "nodate", "in_secret_case"}, {"draft"}),
    ({"outlet_kind": "newspaper"}, {"threat"}, set()),
    ({"outlet_kind": "tv"}, {"beaten"}, set()),
    ({"proceeding_kind": "criminal"}, {"insult"}, {"in_secret_case"}),
    ({"proceeding": "criminal"}, {"insult"}, {"in_secret_case"}),  # the older name
    ({"proceeding_kind": "administrative"}, set(), {"claim"}),  # a confidential proceeding
    ({"article": "CC 131"}, {"insult"}, set()),
    ({"article": "CC 174"}, set(), {"in_secret_case"}),  # the confidential case's article
    ({"article": "CC 274"}, set(), {"claim"}),  # the confidential proceeding's article
]


@pytest.mark.parametrize(("params", "public", "staff_only"), CASES, ids=[str(c[0]) for c in CASES])
def test_each_filter_anonymous_and_editor(world, editor, params, public, staff_only):
    from django.test import Client

    assert keys(world, Client(), **params) == public
    assert keys(world, editor, **params) == public | staff_only


def test_year_and_dates_reject_nonsense(world, client):
    assert keys(world, client, year="1800") == set()
    response = client.get(reverse("web:incident_list"), {"registered_from": "2024-13"})
    assert response.status_code == 200 and "YYYY-MM" in response.content.decode()


def test_sort_orders_and_says_why(world, editor):
    from speechwatch.web.listing import SORT_CAPTIONS

    def order(sort=None):
        params = {"sort": sort} if sort else {}
        response = editor.get(reverse("web:incident_list"), params)
        return response, [row.pk for row in response.context["page"].items]

    response, default = order()
    assert order("registered")[1] == default
    html = response.content.decode()
    assert f"<caption>{SORT_CAPTIONS['registered']!s}</caption>" in html
    assert '<option value="registered" selected>' in html

    _r, by_date = order("date")
    dates = [_date_of(pk) for pk in by_date]
    known = [d for d in dates if d is not None]
    assert known == sorted(known, reverse=True) and dates[-1] is None  # no date: last
    _r, oldest = order("date_asc")
    known = [d for d in (_date_of(pk) for pk in oldest) if d is not None]
    assert known == sorted(known) and _date_of(oldest[-1]) is None
    _r, titles = order("title")
    names = [_title_of(pk) for pk in titles]
    assert names == sorted(names)
    _r, newest = order("newest")
    assert newest == sorted(newest, reverse=True)
    assert str(SORT_CAPTIONS["newest"]) in _r.content.decode()


def _date_of(pk):
    from speechwatch.incidents.models import Incident

    return Incident.objects.get(pk=pk).date


def _title_of(pk):
    from speechwatch.incidents.models import Incident

    return Incident.objects.get(pk=pk).title


def test_facet_counts_follow_visibility(world, editor):
    """Anonymous counts leave out the draft, the confidential incident and every trace of hidden
    proceedings; the editor's counts include them."""
    from django.test import Client

    client = Client()
    assert facet(client, "group") == {"rights": 2, "legal": 3, "access": 1}
    assert facet(editor, "group") == {"rights": 4, "legal": 3, "access": 1}
    assert facet(client, "region") == {"almaty_city": 1, "east_kazakhstan": 1, "astana": 1, "abai": 1}
    assert facet(editor, "region")["abai"] == 3
    assert facet(client, "year") == {"2023": 1, "2024": 4}
    assert facet(client, "perpetrator_kind") == {"state": 1, "non_state": 1, "unknown": 4}
    assert facet(editor, "perpetrator_kind") == {"state": 2, "non_state": 1, "unknown": 5}
    assert facet(client, "outlet_kind") == {"newspaper": 1, "tv": 1}
    assert facet(client, "proceeding_kind") == {"criminal": 1}  # not the sealed case's, not the confidential one
    assert facet(editor, "proceeding_kind") == {"criminal": 2, "administrative": 1}
    assert facet(client, "article") == {"CC 131": 1}
    assert facet(editor, "article") == {"CC 131": 1, "CC 174": 1, "CC 274": 1}
    html = client.get(reverse("web:incident_list")).content.decode()
    assert "174" not in re.sub(r"<select.*?</select>", "", html, flags=re.S)  # only as an option of the form
    assert "A sealed investigation" not in html


@pytest.mark.parametrize("who", ["anonymous", "editor"])
def test_every_facet_link_lists_exactly_its_count(world, client, users, who):
    """Clicking "value (n)" gives a list of n rows, and the counts change with the filters."""
    if who == "editor":
        client.force_login(users["editor"])
    response = client.get(reverse("web:incident_list"), {"year": "2024"})
    facets = response.context["facets"]
    assert facets
    for f in facets:
        for v in f.values:
            if v.selected:  # its link removes the filter
                assert v.href == "?"
                continue
            page = client.get(reverse("web:incident_list") + v.href)
            assert page.status_code == 200
            assert page.context["page"].total == v.count, (f.name, v.key, v.href)
            assert f"{f.name}={v.key}".replace(" ", "+") in v.href
    base_total = response.context["page"].total
    assert sum(v.count for v in facets[0].values) == base_total  # groups partition the list


def test_total_is_exact_beyond_the_page_cap(client, make_incident, monkeypatch):
    from speechwatch.web import paging

    monkeypatch.setattr(paging, "COUNT_CAP", 3)
    for n in range(5):
        make_incident(f"Bulk {n}")
    response = client.get(reverse("web:incident_list"))
    assert response.context["page"].total == 5 and not response.context["page"].capped


def test_canonical_urls_and_view_links(world, client):
    response = client.get(
        reverse("web:incident_list"),
        {"sort": "registered", "region": "abai", "month": "", "year": "2024", "page": "1", "group": "legal"},
    )
    ctx = response.context
    assert ctx["query"] == "year=2024&group=legal&region=abai"  # declaration order, no empties or defaults
    html = response.content.decode()
    assert (
        '<link rel="canonical" href="http://testserver/incidents/?year=2024&amp;group=legal&amp;region=abai">' in html
    )
    for fmt in ("csv", "xlsx", "json", "geojson"):
        assert f'href="?year=2024&amp;group=legal&amp;region=abai&amp;format={fmt}"' in html
    assert 'href="/map/?year=2024&amp;group=legal&amp;region=abai"' in html
    for f in ctx["facets"]:
        for v in f.values:
            assert "page=" not in v.href and "sort=" not in v.href
    # the same view asked in another order has the same links
    again = client.get(reverse("web:incident_list") + "?group=legal&region=abai&year=2024")
    assert again.context["query"] == ctx["query"]


def test_selected_facet_value_links_back_without_it(world, client):
    response = client.get(reverse("web:incident_list"), {"group": "legal"})
    group = next(f for f in response.context["facets"] if f.name == "group")
    chosen = [v for v in group.values if v.selected]
    assert [v.key for v in chosen] == ["legal"] and chosen[0].href == "?"


def test_api_accepts_the_same_filters_and_agrees(world, editor):
    from django.test import Client

    for params, _public, _staff in CASES:
        for who in (Client(), editor):
            api = who.get("/api/incidents/", params)
            assert api.status_code == 200, (params, api.content)
            api_ids = {r["id"] for r in api.json()["results"]}
            page_ids = {row.pk for row in who.get(reverse("web:incident_list"), params).context["page"].items}
            assert api_ids == page_ids, params


def test_filters_after_schema_with_new_filters(world, client):
    """The schema first, then the new filters, in one process (choices are read late)."""
    assert client.get(reverse("api:schema")).status_code == 200
    assert keys(world, client, article="CC 131", group="legal") == {"insult"}
    api = client.get("/api/incidents/", {"article": "CC 131", "region_now": "astana"})
    assert api.status_code == 200 and [r["title"] for r in api.json()["results"]] == [world["insult"].title]


@pytest.mark.django_db(transaction=True)  # the suite reloads the codebook after each flush
def test_cached_counts_follow_edits(make_incident, client):
    """Outside a test transaction the counts are cached; an edit through the application shows at once."""
    from speechwatch.incidents.models import IncidentPlace
    from speechwatch.vocab.models import Region

    a = make_incident("First")
    make_incident("Second", "legal.civil")
    assert facet(client, "group") == {"rights": 1, "legal": 1}
    make_incident("Third", "legal.civil")  # a save writes a history row
    assert facet(client, "group") == {"rights": 1, "legal": 2}
    IncidentPlace.objects.create(incident=a, region_then=Region.objects.get(code="abai"))  # no history: the signal
    assert facet(client, "region") == {"abai": 1}
    a.status = "draft"
    a.save()
    assert facet(client, "group") == {"legal": 2}
