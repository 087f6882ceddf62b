"""Filters and full-text search of the incident list (run on SQLite FTS5 and PostgreSQL tsvector)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse


@pytest.fixture
def corpus(make_incident, users):
    """Invented incidents with English and Russian text, places, actors and proceedings."""
    from speechwatch.incidents.models import Actor, ActorAlias, Case, IncidentPlace, Involvement, Proceeding
    from speechwatch.vocab.models import Category, Place, Region

    case = Case.objects.create(title="Claim against the Steppe Herald")
    a = make_incident(
        "Reporter beaten at a rally",
        "rights.attack",
        narrative="Unknown men attacked the journalists filming the protest and broke their cameras.",
    )
    b = make_incident(
        "Иск о защите чести к газете",
        "legal.civil",
        registered_month=dt.date(2024, 4, 1),
        date=dt.date(2024, 4, 2),
        summary="Аким подал иск против журналиста и редакции газеты.",
        case=case,
    )
    c = make_incident(
        "Site blocked without a court order",
        "access.blocking",
        status="draft",
        summary="The regulator blocked the news site.",
    )
    d = make_incident(
        "Follow-up: court hearing postponed",
        "legal.civil",
        registered_month=dt.date(2024, 5, 1),
        date=dt.date(2024, 5, 10),
        case=case,
        is_follow_up=True,
    )
    b.secondary_categories.add(Category.objects.get(code="rights.pressure"))
    IncidentPlace.objects.create(incident=a, place=Place.objects.get(name_en="Almaty"))
    IncidentPlace.objects.create(
        incident=c, region_then=Region.objects.get(code="abai"), region_now=Region.objects.get(code="abai")
    )
    person = Actor.objects.create(name="Aigul Tsoi", kind="person", subkind="journalist")
    ActorAlias.objects.create(actor=person, name="Айгуль Цой")
    Involvement.objects.create(incident=a, actor=person, role="victim")
    Involvement.objects.create(incident=b, actor=person, role="defendant")
    Proceeding.objects.create(incident=b, case=case, kind="civil")
    return {"a": a, "b": b, "c": c, "d": d, "person": person}


def titles(client, **params):
    response = client.get(reverse("web:incident_list"), params)
    assert response.status_code == 200
    return {i.title for i in response.context["page"].items}


@pytest.fixture
def staff(client, users):
    client.force_login(users["editor"])
    return client


def test_month(staff, corpus):
    assert titles(staff, month="2024-04") == {corpus["b"].title}
    response = staff.get(reverse("web:incident_list"), {"month": "2024-13"})
    assert "YYYY-MM" in response.content.decode()


def test_category_primary_secondary_and_group(staff, corpus):
    """By default the primary category decides (as statistics and the facet counts count);
    `secondary=true` widens the match to secondary categories."""
    assert titles(staff, category="rights.attack") == {corpus["a"].title}
    assert titles(staff, category="rights.pressure") == set()  # only a secondary category of b
    assert titles(staff, category="rights.pressure", secondary="true") == {corpus["b"].title}
    assert titles(staff, category="legal") == {corpus["b"].title, corpus["d"].title}  # group code
    assert titles(staff, group="legal") == {corpus["b"].title, corpus["d"].title}
    assert titles(staff, category="rights") == {corpus["a"].title}
    assert titles(staff, group="rights", secondary="true") == {corpus["a"].title, corpus["b"].title}


def test_region_then_or_now(staff, corpus):
    from speechwatch.incidents.models import IncidentPlace
    from speechwatch.vocab.models import Region

    assert titles(staff, region="almaty_city") == {corpus["a"].title}
    assert titles(staff, region="abai") == {corpus["c"].title}
    # a place in Semipalatinsk region before 2022 lies in Abai region today
    IncidentPlace.objects.create(
        incident=corpus["b"],
        region_then=Region.objects.get(code="east_kazakhstan"),
        region_now=Region.objects.get(code="abai"),
    )
    assert titles(staff, region="east_kazakhstan") == {corpus["b"].title}
    assert titles(staff, region_now="abai") == {corpus["b"].title, corpus["c"].title}
    assert titles(staff, region_now="east_kazakhstan") == set()


def test_status_and_follow_up(staff, corpus):
    assert titles(staff, status="draft") == {corpus["c"].title}
    assert titles(staff, follow_up="true") == {corpus["d"].title}
    assert corpus["d"].title not in titles(staff, follow_up="false")


def test_actor_by_id_name_and_alias(staff, corpus):
    both = {corpus["a"].title, corpus["b"].title}
    assert titles(staff, actor=str(corpus["person"].pk)) == both
    assert titles(staff, actor="Tsoy") == both  # transliteration variant
    assert titles(staff, actor="Цой") == both  # alias


def test_proceeding_kind_covers_the_case(staff, corpus):
    assert titles(staff, proceeding="civil") == {corpus["b"].title, corpus["d"].title}
    assert titles(staff, proceeding="criminal") == set()


def test_filters_combine_and_rows_are_not_duplicated(staff, corpus):
    from speechwatch.incidents.models import IncidentPlace
    from speechwatch.vocab.models import Place

    IncidentPlace.objects.create(incident=corpus["a"], place=Place.objects.get(name_en="Astana"))
    response = staff.get(reverse("web:incident_list"), {"category": "rights", "month": "2024-03"})
    assert [i.title for i in response.context["page"].items] == [corpus["a"].title]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("journalists", {"a"}),
        ("journalist", {"a"}),  # English stem / prefix
        ("camera", {"a"}),  # prefix of "cameras"
        ("BEATEN rally", {"a"}),  # case-insensitive, all words required
        ("журналиста", {"b"}),
        ("журналист", {"b"}),  # Russian prefix of "журналиста"
        ("ИСК", {"b"}),  # Cyrillic case folding
        ("газеты редакции", {"b"}),
        ("blocked", {"c"}),
        ("nothing-like-this", set()),
    ],
)
def test_search_english_and_russian(staff, corpus, q, expected):
    assert titles(staff, q=q) == {corpus[k].title for k in expected}


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '"unbalanced',
        "NEAR(a b",
        "title:x",
        "a OR",
        "*",
        "^start",
        "(",
        "AND AND",
        "'; DROP TABLE x; --",
        "\\",
        "a & | ! b",
        "::*",
    ],
)
def test_hostile_search_never_errors(staff, corpus, q):
    response = staff.get(reverse("web:incident_list"), {"q": q})
    assert response.status_code == 200


def test_search_follows_edits(staff, corpus):
    """The index stays in sync (FTS5 triggers; PostgreSQL indexes the expression)."""
    a = corpus["a"]
    a.narrative = "Police confiscated the drone."
    a.save()
    assert titles(staff, q="drone") == {a.title}
    assert titles(staff, q="cameras") == set()
    a.delete()
    assert titles(staff, q="drone") == set()


def test_anonymous_search_sees_only_public(client, corpus):
    assert titles(client, q="blocked") == set()  # a draft
    assert titles(client) == {corpus["a"].title, corpus["b"].title, corpus["d"].title}


def test_search_function_directly(corpus):
    from speechwatch.incidents.models import Incident
    from speechwatch.web.search import fts5_expression, search_incidents

    assert set(search_incidents(Incident.objects.all(), "cameras")) == {corpus["a"]}
    assert not search_incidents(Incident.objects.all(), "  !!! ").exists()
    # every word's keys quoted (its stem and its name-transliteration key), words AND-ed
    assert fts5_expression('say "hi" NEAR(x') == (
        '("say"* OR "0nsai"*) AND ("hi"* OR "0nhi"*) AND ("near"* OR "0nnear"*) AND ("x"* OR "0nks"*)'
    )
    # usable inside a subquery (aliases are renamed there)
    inner = search_incidents(Incident.objects.all(), "газеты").values("pk")
    assert list(Incident.objects.filter(pk__in=inner)) == [corpus["b"]]


def test_pagination_is_limit_offset(staff, make_incident, django_assert_max_num_queries):
    from speechwatch.web import paging

    for n in range(paging.PAGE_SIZE + 5):
        make_incident(f"Bulk {n:03d}")
    first = staff.get(reverse("web:incident_list"))
    page = first.context["page"]
    assert len(page.items) == paging.PAGE_SIZE and page.has_next and page.total == paging.PAGE_SIZE + 5
    second = staff.get(reverse("web:incident_list"), {"page": "2"})
    assert len(second.context["page"].items) == 5 and not second.context["page"].has_next
    assert staff.get(reverse("web:incident_list"), {"page": "zzz"}).status_code == 200
    # no N+1 over the 50 rows: the page, its count, the labels and places, and the facets' queries (in a
    # savepoint; PostgreSQL adds three SET LOCAL) cost the same for 5 rows as for 50
    from django.db import connection

    limit = 17 + (3 if connection.vendor == "postgresql" else 0)
    with django_assert_max_num_queries(limit):
        staff.get(reverse("web:incident_list"))
    with django_assert_max_num_queries(limit):
        staff.get(reverse("web:incident_list"), {"page": "2"})


def test_both_postgres_search_paths_agree(corpus, monkeypatch):
    """Few matches go in as an id list, many as a semi-join; both give the same rows (any vendor)."""
    from speechwatch.incidents.models import Incident
    from speechwatch.web import search

    small = set(search.search_incidents(Incident.objects.all(), "journalist"))
    monkeypatch.setattr(search, "SMALL_RESULT", 0)
    assert set(search.search_incidents(Incident.objects.all(), "journalist")) == small == {corpus["a"]}


def test_search_schema_is_repaired_after_a_table_rebuild(corpus):
    """A later migration that rebuilds the search document table (SQLite) drops the FTS triggers; the
    post-migrate check puts them back and reindexes."""
    from django.db import connection

    from speechwatch.incidents.models import Incident
    from speechwatch.web.search import search_incidents
    from speechwatch.web.search_schema import ensure_search_schema

    assert ensure_search_schema(connection) is False  # nothing to repair
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER incident_search_ai")
    else:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # DDL needs no pending FK checks in the test transaction
            cursor.execute("DROP INDEX incident_search_document_gin")
            cursor.execute("DROP TRIGGER incident_search_document_trg ON incidents_incidentsearchdocument")
    assert ensure_search_schema(connection) is True
    fresh = Incident.objects.create(
        title="Printing house raided",
        registered_month=corpus["a"].registered_month,
        primary_category=corpus["a"].primary_category,
    )
    assert set(search_incidents(Incident.objects.all(), "printing")) == {fresh}
    assert set(search_incidents(Incident.objects.all(), "cameras")) == {corpus["a"]}
