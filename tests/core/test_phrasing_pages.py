"""Native phrasing on the public pages: dates in each language's order (never "Сәуір 29, 2024"),
month labels, legal bases cited in the official form with the part apart from the article, and the
statistics page heading; plus the template filters themselves."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from speechwatch.incidents.models import Incident, Proceeding, ProceedingBasis
from speechwatch.vocab.models import Category, LegalArticle

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _restore_language():
    """A request with Accept-Language leaves its language active in the thread: restore it."""
    before = translation.get_language()
    yield
    translation.activate(before)


@pytest.fixture
def trial() -> Incident:
    inc = Incident.objects.create(
        title="Editor charged with incitement", status="published",
        primary_category=Category.objects.get(code="legal.criminal"),
        registered_month=dt.date(2024, 4, 1), date=dt.date(2024, 4, 29),
    )
    proc = Proceeding.objects.create(incident=inc, kind="criminal", filed_on=dt.date(2024, 4, 29))
    ProceedingBasis.objects.create(proceeding=proc, article=LegalArticle.objects.get(code_id="CC", article="174"),
                                   part="1")
    ProceedingBasis.objects.create(proceeding=proc, article=LegalArticle.objects.get(code_id="AC", article="73-3"),
                                   part="2")
    return inc


PAGE = {
    "en": ("29 April 2024", "April 2024", "Article 174(1) of the Criminal Code",
           "Article 73-3(2) of the Code of Administrative Offences"),
    "ru": ("29 апреля 2024 года", "Апрель 2024 года", "ч. 1 ст. 174 УК РК", "ч. 2 ст. 73-3 КоАП РК"),
    "kk": ("2024 жылғы 29 сәуір", "2024 жылғы сәуір", "ҚР ҚК 174-бабының 1-бөлігі", "ҚР ӘҚБтК 73-3-бабының 2-бөлігі"),
}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_incident_page_dates_months_and_citations(client, trial, lang):
    body = client.get(reverse("web:incident_detail", args=[trial.pk]), HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    day, month, criminal, administrative = PAGE[lang]
    assert day in body and month in body
    assert criminal in body and administrative in body
    for wrong in ("Сәуір 29, 2024", "April 29, 2024", "сәуір 2024", "174-1", "73-3-2", "CC 174", "AC 73-3"):
        assert wrong not in body


def test_statistics_heading_names_the_period_natively(client, trial):
    for lang, heading, lead in (
        ("en", "April 2024", "1 April 2024 — 30 April 2024"),
        ("ru", "апрель 2024 года", "1 апреля 2024 года — 30 апреля 2024 года"),
        ("kk", "2024 жылғы сәуір", "2024 жылғы 1 сәуір — 2024 жылғы 30 сәуір"),
    ):
        body = client.get(reverse("stats:period", args=["2024-04"]), HTTP_ACCEPT_LANGUAGE=lang).content.decode()
        assert f": {heading}</h1>" in body and lead in body, lang
    body = client.get(reverse("stats:period", args=["2024-H1"]), HTTP_ACCEPT_LANGUAGE="kk").content.decode()
    assert "2024 жылдың бірінші жартыжылдығы</h1>" in body


def test_template_filters_follow_the_active_language(trial):
    basis = ProceedingBasis.objects.select_related("article").get(article__article="174")
    template = Template(
        "{% load phrasing %}{{ d|local_date }}|{{ d|local_date:'month' }}|{{ d|local_month }}|"
        "{{ n|count_noun:'report' }}|{{ big|local_number }}|{{ b|citation }}|{{ b|citation:'long' }}|"
        "{{ b.article|citation }}"
    )
    ctx = {"d": dt.date(2024, 4, 29), "n": 22, "big": 1500, "b": basis}
    out = {}
    for lang in ("en", "ru", "kk"):
        with translation.override(lang):
            out[lang] = template.render(Context(ctx)).split("|")
    assert out["en"] == ["29 April 2024", "April 2024", "April 2024", "22 reports", "1,500",
                         "Article 174(1) of the Criminal Code",
                         "Part 1 of Article 174 of the Criminal Code of the Republic of Kazakhstan",
                         "Article 174 of the Criminal Code"]
    assert out["ru"] == ["29 апреля 2024 года", "апрель 2024 года", "Апрель 2024 года", "22 сообщения",
                         "1\u00a0500", "ч. 1 ст. 174 УК РК",
                         "часть 1 статьи 174 Уголовного кодекса Республики Казахстан", "ст. 174 УК РК"]
    assert out["kk"] == ["2024 жылғы 29 сәуір", "2024 жылғы сәуір", "2024 жылғы сәуір", "22 хабарлама",
                         "1\u00a0500", "ҚР ҚК 174-бабының 1-бөлігі",
                         "Қазақстан Республикасы Қылмыстық кодексінің 174-бабының 1-бөлігі", "ҚР ҚК 174-бабы"]


def test_local_datetime_prints_the_date_in_the_language_order(settings):
    settings.TIME_ZONE = "Asia/Almaty"
    moment = dt.datetime(2024, 4, 29, 9, 5, tzinfo=dt.UTC)  # 14:05 in Almaty (UTC+5)
    template = Template("{% load phrasing %}{{ m|local_datetime }}")
    got = {}
    for lang in ("en", "ru", "kk"):
        with translation.override(lang):
            got[lang] = template.render(Context({"m": moment}))
    assert got == {"en": "29 April 2024, 14:05", "ru": "29 апреля 2024 года, 14:05", "kk": "2024 жылғы 29 сәуір, 14:05"}


def test_published_incident_page_in_kazakh_has_no_english_order_date(client, trial):
    Incident.objects.filter(pk=trial.pk).update(published_at=dt.datetime(2024, 5, 2, 6, 0, tzinfo=dt.UTC))
    body = client.get(reverse("web:incident_detail", args=[trial.pk]), HTTP_ACCEPT_LANGUAGE="kk").content.decode()
    assert "2024 жылғы 2 мамыр" in body
    assert not re.search(r"(Қаңтар|Ақпан|Наурыз|Сәуір|Мамыр|Маусым|Шілде|Тамыз|Қыркүйек|Қазан|Қараша|Желтоқсан) "
                         r"\d{1,2}, \d{4}", body)

