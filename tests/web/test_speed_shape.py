"""The shape of the fast pages: filter choices that cannot be cached empty, rows built from values with
label maps (same HTML, hidden cases stay hidden), and visibility as EXISTS, not IN (every id)."""

from __future__ import annotations

import pytest
from django.urls import reverse


@pytest.fixture
def two(make_incident):
    attack = make_incident("Reporter beaten at a rally", "rights.attack")
    civil = make_incident("Defamation claim", "legal.civil")
    return attack, civil


def test_filters_work_after_the_api_schema_was_built(client, two):
    """drf-spectacular builds the filter fields when it writes the schema; the Category and Region
    drop-downs used to stay empty afterwards and `?category=` answered 400 "Select a valid choice"."""
    for url in (reverse("api:schema"), reverse("api:docs")):
        assert client.get(url).status_code == 200

    api = client.get("/api/incidents/", {"category": "rights.attack"})
    assert api.status_code == 200, api.content
    assert [r["title"] for r in api.json()["results"]] == ["Reporter beaten at a rally"]
    assert client.get("/api/incidents/", {"category": "legal", "region": "abai"}).status_code == 200

    page = client.get(reverse("web:incident_list"), {"category": "rights.attack"})
    assert page.status_code == 200
    html = page.content.decode()
    assert '<option value="rights.attack" selected>' in html
    assert '<option value="abai">' in html
    assert "Reporter beaten at a rally" in html
    assert "Defamation claim" not in html

    again = client.get(reverse("api:schema"))  # and the schema still lists the filters afterwards
    assert again.status_code == 200
    assert b"category" in again.content


def test_unknown_category_is_still_rejected(client, two):
    response = client.get("/api/incidents/", {"category": "no.such.code"})
    assert response.status_code == 400


def test_choices_follow_the_language(client, two):
    from speechwatch.web.filtersets import codebook

    en, ru = codebook("en"), codebook("ru")
    assert en.category_choices and ru.category_choices
    assert [c for c, _ in en.category_choices] == [c for c, _ in ru.category_choices]
    assert en.category_choices != ru.category_choices  # labels differ by language


def test_codebook_cache_is_invalidated_when_a_label_changes(db):
    from speechwatch.vocab.models import Category
    from speechwatch.web.filtersets import codebook

    cat = Category.objects.get(code="rights.attack")
    before = codebook("en").category_label[cat.pk]
    cat.label_en = "Attacks (renamed)"
    cat.save()
    assert codebook("en").category_label[cat.pk] == "Attacks (renamed)" != before


@pytest.fixture
def graph(make_incident, users):
    """Incidents with secondary categories, places, actors, a public case and a confidential case."""
    from speechwatch.incidents.models import Actor, Case, IncidentPlace, Involvement
    from speechwatch.vocab.models import Category, Place, Region

    open_case = Case.objects.create(title="Open <case> & co")
    secret = Case.objects.create(title="SECRET-CASE-TITLE", is_confidential=True)
    a = make_incident("Rally <b>beating</b>", "rights.attack", case=open_case, is_follow_up=True)
    b = make_incident("Blocked site", "access.blocking", case=secret, date_precision="month")
    c = make_incident("Draft claim", "legal.civil", status="draft", case=secret)
    d = make_incident("Hidden one", "legal.civil", is_confidential=True)
    a.secondary_categories.add(Category.objects.get(code="rights.pressure"))
    IncidentPlace.objects.create(incident=a, place=Place.objects.get(name_en="Almaty"))
    IncidentPlace.objects.create(incident=a, name_as_written="Somewhere & near")
    abai = Region.objects.get(code="abai")
    IncidentPlace.objects.create(incident=b, region_then=abai, region_now=abai, name_as_written="Semey")
    person = Actor.objects.create(name="Aigul Tsoi", kind="person", subkind="journalist")
    Involvement.objects.create(incident=a, actor=person, role="victim")
    Involvement.objects.create(incident=c, actor=person, role="defendant")
    return {"a": a, "b": b, "c": c, "d": d, "open_case": open_case, "secret": secret}


@pytest.mark.parametrize("role", [None, "viewer", "monitor", "editor", "admin"])
def test_api_list_values_equal_the_serializer(graph, users, role):
    from django.contrib.auth.models import AnonymousUser
    from rest_framework.renderers import JSONRenderer

    from speechwatch.api.serializers import IncidentSerializer
    from speechwatch.api.views import LIST_FIELDS, incident_list_data
    from speechwatch.incidents.models import Incident

    user = users[role] if role else AnonymousUser()
    qs = Incident.objects.restrict(user).order_by("-registered_month", "-date", "-id")
    expected = IncidentSerializer(
        qs.with_visible_case(user).prefetch_related(
            "secondary_categories", "incident_places__place", "incident_places__region_then",
            "incident_places__region_now", "involvements__actor",
        ),
        many=True,
    ).data  # fmt: skip
    got = incident_list_data(list(qs.values_list(*LIST_FIELDS)), user)
    assert JSONRenderer().render(got) == JSONRenderer().render(expected)
    assert b"SECRET" not in JSONRenderer().render(got)


def test_api_list_hides_a_confidential_case_over_http(client, graph):
    rows = client.get("/api/incidents/").json()["results"]
    by_title = {r["title"]: r for r in rows}
    assert by_title["Rally <b>beating</b>"]["case"] == graph["open_case"].pk
    assert by_title["Blocked site"]["case"] is None  # the incident is public, its case is not
    assert "Hidden one" not in by_title and "Draft claim" not in by_title


@pytest.mark.parametrize("url_name", ["web:incident_list", "web:home"])
def test_table_rows_escape_and_hide_the_confidential_case(client, graph, url_name):
    html = client.get(reverse(url_name)).content.decode()
    assert "Rally &lt;b&gt;beating&lt;/b&gt;" in html and "<b>beating" not in html
    assert "Open &lt;case&gt; &amp; co" in html
    assert "SECRET-CASE-TITLE" not in html
    assert "Blocked site" in html


def test_list_row_html_is_unchanged(client, graph):
    """The row markup the templates always produced (date precision, badges, case, category, places)."""
    html = client.get(reverse("web:incident_list")).content.decode()
    a = graph["a"]
    assert (
        f'<a href="/incidents/{a.pk}/">Rally &lt;b&gt;beating&lt;/b&gt;</a> <span class="badge follow-up" '
        'title="Follow-up of a known case; not counted again">follow-up</span>'
        f'<br><small>Case: <a href="/cases/{graph["open_case"].pk}/">Open &lt;case&gt; &amp; co</a></small></td>'
    ) in html
    assert "Almaty <small>(" in html and "; Somewhere &amp; near</td>" in html
    assert "Semey" not in html or "<small>(Abai" in html


def test_month_view_and_case_page_show_rows_and_labels(client, users, graph):
    from speechwatch.vocab.models import Category

    month = client.get(reverse("web:month", args=["2024-03"])).content.decode()
    label = Category.objects.get(code="rights.attack").label_in("en")
    assert f'<a href="#cat-rights.attack">{label}</a>' in month
    assert "SECRET-CASE-TITLE" not in month and "Blocked site" in month
    case = client.get(reverse("web:case_detail", args=[graph["open_case"].pk])).content.decode()
    assert "Rally &lt;b&gt;beating&lt;/b&gt;" in case


def test_anonymous_detail_does_not_grow_with_the_database(client, make_incident):
    """The detail's queries are keyed by the incident (EXISTS, not IN every visible id): the same
    number of queries and the same SQL size with 2 or 40 other incidents."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    target = make_incident("The one")

    def shape() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse("web:incident_detail", args=[target.pk])).status_code == 200
        return len(ctx.captured_queries), sum(len(q["sql"]) for q in ctx.captured_queries)

    make_incident("Other 1")
    small = shape()
    for n in range(40):
        make_incident(f"Other {n + 2}")
    assert shape() == small


@pytest.mark.parametrize("value", [None, "", "a&b", "c", ["c"], "missing"])
def test_fast_select_writes_the_same_html_as_django(value):
    from django import forms

    from speechwatch.web.filtersets import FastSelect

    choices = [("", "---------"), ("a&b", "— A <x> \"q\""), ("c", "C")]
    attrs = {"id": "id_category", "required": True, "data-x": False}
    assert FastSelect(choices=choices, attrs={"class": "x"}).render("category", value, attrs) == forms.Select(
        choices=choices, attrs={"class": "x"}
    ).render("category", value, attrs)


def test_list_html_of_the_filter_form_is_unchanged(client, two):
    """Every drop-down of the list's filter form renders as Django's own Select would."""
    from django import forms

    from speechwatch.incidents.models import Incident
    from speechwatch.web.filtersets import IncidentFilterSet

    fs = IncidentFilterSet({"status": "published", "follow_up": "true"}, queryset=Incident.objects.all())
    for name in ("category", "region", "status", "proceeding", "follow_up"):
        bound = fs.form[name]
        plain = forms.Select(choices=list(bound.field.widget.choices))
        assert bound.as_widget() == bound.as_widget(widget=plain), name


def test_rows_read_the_labels_again_when_a_category_is_new(client, make_incident, monkeypatch):
    """Labels are cached per process; a category another process added since then is looked up again
    instead of breaking the page."""
    from speechwatch.vocab.models import Category, CategoryGroup
    from speechwatch.web import filtersets

    stale = filtersets.codebook("en")  # cached before the category existed
    real = filtersets.codebook
    calls: list[object] = []

    def first_stale(lang=None):
        calls.append(lang)
        return stale if len(calls) == 1 else real(lang)

    monkeypatch.setattr(filtersets, "codebook", first_stale)
    Category.objects.create(code="rights.newthing", label_en="Brand new", group=CategoryGroup.objects.first())
    make_incident("New one", "rights.newthing")
    response = client.get(reverse("web:incident_list"))
    assert response.status_code == 200
    assert "Brand new" in response.content.decode()
    assert len(calls) == 2
