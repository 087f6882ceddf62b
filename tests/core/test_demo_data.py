"""`speechwatch demo`: idempotent, covers every category and January-April 2024, and carries the
multi-month case, confidential records and published figures the reports need. One test loads the
demo (it takes seconds) and checks everything on it."""

from __future__ import annotations

import datetime as dt
import io

from django.core.management import call_command
from django.db.models import Count
from django.test import Client

from speechwatch.core.demo.flagship import FLAGSHIP_TITLE
from speechwatch.incidents.models import (
    Actor,
    Case,
    Incident,
    LegislativeItem,
    MoneyAmount,
    Proceeding,
    PublishedFigure,
    Source,
    StageEvent,
)
from speechwatch.vocab.models import Category


def _snapshot() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Incident, Case, Actor, Proceeding, StageEvent, MoneyAmount,
                                              PublishedFigure, LegislativeItem, Source))  # fmt: skip


def test_demo_is_complete_and_idempotent(demo_db):
    first = _snapshot()
    out = io.StringIO()
    call_command("demo", stdout=out)
    assert _snapshot() == first
    assert "already present" in out.getvalue() and "admin / admin-demo-pw" in out.getvalue()

    counted = Incident.objects.filter(status__in=["verified", "published"])
    # every category of the typology, within January to April 2024
    spring = Incident.objects.filter(
        registered_month__gte=dt.date(2024, 1, 1), registered_month__lte=dt.date(2024, 4, 1)
    )
    assert set(spring.values_list("primary_category__code", flat=True)) == set(
        Category.objects.values_list("code", flat=True)
    )
    per_month = dict(spring.values_list("registered_month").annotate(n=Count("id")))
    assert len(per_month) == 4 and all(15 <= n <= 35 for n in per_month.values()), per_month
    assert counted.filter(registered_month__year=2023).count() >= 100  # a year to compare with
    assert {"draft", "verified", "published", "rejected"} <= set(Incident.objects.values_list("status", flat=True))
    assert Incident.objects.filter(is_confidential=True, status="published").exists()
    assert Source.objects.filter(is_confidential=True).exists()
    assert Case.objects.filter(is_confidential=True).exists()
    assert len(set(Incident.objects.values_list("incident_places__region_now__code", flat=True))) >= 15

    case = Case.objects.get(title=FLAGSHIP_TITLE)
    assert set(case.incidents.values_list("registered_month__month", flat=True)) == {1, 2, 3, 4}
    assert case.incidents.filter(is_follow_up=True).count() == 3
    civil = case.proceedings.get(kind="civil")
    criminal = case.proceedings.get(kind="criminal")
    assert civil.is_honor_claim and civil.amounts.get(kind="claimed").amount_kzt == 20_000_000
    assert civil.amounts.filter(kind="recovered").exists()
    assert [s.kind for s in criminal.stages.all()] == [
        "investigation_opened",
        "sent_to_court",
        "first_instance",
        "appeal",
    ]
    assert criminal.bases.get().article.article == "274"
    admin_articles = set(
        Proceeding.objects.filter(kind="administrative").values_list("bases__article__article", flat=True)
    )
    assert {"456-2", "73-3"} <= admin_articles
    assert Proceeding.objects.filter(kind="warning").exists()
    assert LegislativeItem.objects.filter(events__isnull=False).distinct().count() == 2
    for month in (dt.date(2024, 3, 1), dt.date(2024, 4, 1)):
        assert PublishedFigure.objects.filter(
            period_end__month=month.month, period_end__year=2024, scope="period"
        ).exists()
        assert PublishedFigure.objects.filter(period_end__month=month.month, scope="ytd").exists()

    # the API lists exactly the published, non-confidential demo incidents to anonymous callers
    public = Incident.objects.filter(status="published", is_confidential=False).count()
    response = Client().get("/api/incidents/?limit=1")
    assert response.status_code == 200 and response.json()["count"] == public > 150


def test_demo_is_deterministic(demo_db):
    titles = list(Incident.objects.order_by("id").values_list("title", "registered_month", "primary_category__code"))
    from speechwatch.incidents.exchange.importer import wipe

    wipe()
    Case.objects.all().delete()
    PublishedFigure.objects.all().delete()
    call_command("demo", stdout=io.StringIO())
    again = list(Incident.objects.order_by("id").values_list("title", "registered_month", "primary_category__code"))
    assert again == titles


def test_demo_records_in_three_languages(demo_db):
    """Every incident, case, legislative item and actor description has kk, ru and en text (its own or
    a translation), and the records were not all written in English first."""
    from collections import Counter

    from speechwatch.core.textlang import text_lang
    from speechwatch.incidents.models import Actor, Case, Incident, LegislativeItem
    from speechwatch.incidents.translations import localize, source_lang

    for model in (Incident, Case, LegislativeItem, Actor):
        qs = model.objects.prefetch_related("translations")
        if model is Actor:
            qs = qs.exclude(description="")
        sources = Counter()
        for obj in qs:
            sources[source_lang(obj)] += 1
            for lang in ("kk", "ru", "en"):
                local = localize(obj, lang, fallback=False)
                assert not local.is_fallback, (model.__name__, obj.pk, lang)
                main = local["title"] if "title" in local.values else local["description"]
                # by script: a Kazakh sentence without the nine Kazakh letters reads as Russian
                script = {"en": {"en"}, "ru": {"ru", "kk"}, "kk": {"ru", "kk"}}[lang]
                assert main and text_lang(main) in script, (model.__name__, obj.pk, lang, main)
        assert sum(sources.values()) > 0, model
        if model is not Case:
            assert len(sources) >= 2, (model.__name__, sources)  # some written in Russian or Kazakh first
    counts = Counter(source_lang(i) for i in Incident.objects.all())
    assert counts["ru"] > 10 and counts["kk"] > 5 and counts["en"] > 10, counts
