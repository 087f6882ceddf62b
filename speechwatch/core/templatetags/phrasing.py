"""Template filters for native phrasing in the active language (speechwatch.core.phrasing):

    {% load phrasing %}
    {{ incident.date|local_date:incident.date_precision }}   29 April 2024 / 29 апреля 2024 года /
                                                             2024 жылғы 29 сәуір
    {{ published_at|local_datetime }}                        29 April 2024, 14:05 / 2024 жылғы 29 сәуір, 14:05
    {{ month|local_month }}                                  April 2024 / Апрель 2024 года / 2024 жылғы сәуір
    {{ period|local_period }}                                April 2024 / апрель 2024 года / 2024 жылғы сәуір
    {{ n|count_noun:"report" }}                              12 reports / 12 сообщений / 12 хабарлама
    {{ basis|citation }}                                     Article 174(1) of the Criminal Code /
                                                             ч. 1 ст. 174 УК РК / ҚР ҚК 174-бабының 1-бөлігі
    {{ n|local_number }}                                     1,500 / 1 500

Why not Django's `date` filter: its Kazakh format puts the month first in English order ("Сәуір 29,
2024") and it has no Russian genitive after a day in every format; these filters take the grammar from
one data file for pages and reports alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.utils import timezone, translation

from speechwatch.core import phrasing

register = template.Library()


def _lang() -> str:
    return phrasing.lang_of(translation.get_language())


@register.filter
def local_date(value: dt.date | dt.datetime | None, precision: str = "day") -> str:
    """A date in the active language's order, only as precise as it is known ("day", "month",
    "year"); "" for no date."""
    if not value:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return phrasing.format_date(value, _lang(), "nom", precision or "day")


@register.filter
def local_datetime(value: dt.datetime | None) -> str:
    """A moment in the server's time zone, the date in the active language's order: "2024 жылғы 29
    сәуір, 14:05" (Django's Kazakh DATETIME_FORMAT gives "Сәуір 29, 2024, 2:05 Т.Қ.")."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return phrasing.format_datetime(value, _lang())


@register.filter
def local_month(value: dt.date | None) -> str:
    """A month as a label or heading: "April 2024" / "Апрель 2024 года" / "2024 жылғы сәуір"."""
    if not value:
        return ""
    return phrasing.capitalise(phrasing.period_phrase(value.year, value.month, _lang(), "nom"))


@register.filter
def local_period(period: Any, form: str = "nom") -> str:
    """A `Period` as a label ("April 2024" / "апрель 2024 года" / "2024 жылғы сәуір", "first half
    of 2024", …) or in another form ("in", "gen", "for")."""
    if period is None:
        return ""
    return phrasing.describe_period(period, _lang(), form or "nom")


@register.filter
def count_noun(value: int | None, noun: str) -> str:
    """A number with its noun in the form the number takes."""
    return phrasing.count_noun(int(value or 0), noun, _lang())


@register.filter
def local_number(value: int | None) -> str:
    """Thousands grouped as the active language writes them."""
    return "" if value is None else phrasing.format_number(int(value), _lang())


@register.filter
def citation(basis: Any, style: str = "short") -> str:
    """A `ProceedingBasis` (article + part) or a `LegalArticle` cited in the language's official
    form; the part is never glued to the article number."""
    article = getattr(basis, "article", None)
    part = getattr(basis, "part", "") if not isinstance(article, str) else ""
    if isinstance(article, str):  # a LegalArticle
        article, obj = article, basis
    else:
        obj = article
        article = obj.article
    labels = None
    if obj.code_id not in phrasing.cited_codes():
        labels = {"en": obj.code.label_en, "ru": obj.code.label_ru, "kk": obj.code.label_kk}
    return phrasing.citation(obj.code_id, article, part, _lang(), style or "short", labels=labels)
