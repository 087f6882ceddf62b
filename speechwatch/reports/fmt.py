"""Language-aware formatting of dates, counts and money for reports (money is always exact int).

The grammar lives in `speechwatch.core.phrasing` (months in the case a sentence needs, dates in each
language's order, numbers with their nouns, legal citations); these are the report-side shortcuts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from speechwatch.core import phrasing

NBSP = phrasing.NBSP


def month_label(day: dt.date, lang: str, in_sentence: bool = False) -> str:
    """"April 2024" / "Апрель 2024 года" / "2024 жылғы сәуір" (lower case inside a sentence:
    "апрель 2024 года")."""
    text = phrasing.period_phrase(day.year, day.month, lang, "nom")
    return text if in_sentence else phrasing.capitalise(text)


def month_short(day: dt.date, lang: str) -> str:
    """A chart's month tick: "Apr" / "Апр" / "Сәу"."""
    return phrasing.capitalise(phrasing.month_name(day.month, lang, "short"))


def day_label(day: dt.date | None, lang: str, precision: str = "day") -> str:
    """"6 April 2024" / "6 апреля 2024 года" / "2024 жылғы 6 сәуір"; month or year precision prints
    only what is known ("апрель 2024 года")."""
    if day is None:
        return ""
    return phrasing.format_date(day, lang, "nom", precision)


def period_phrase(period: Any, lang: str, form: str = "in") -> str:
    """A `stats.periods.Period` as a sentence needs it ("в апреле 2024 года", "2024 жылы",
    "in the first half of 2024", "с января по апрель 2024 года"), in sentence case."""
    return phrasing.describe_period(period, lang, form)


def sentence(text: str) -> str:
    """A generated sentence with its first letter capitalised (a sentence may open with a period
    phrase: "в апреле 2024 года…" → "В апреле 2024 года…"; Kazakh opens with the year's digits)."""
    return phrasing.capitalise(text)


def count(n: int, lang: str) -> str:
    """Thousands separated: 1,234 (en) or 1 234 (ru, kk; no-break space)."""
    return phrasing.format_number(n, lang)


def count_noun(n: int, noun: str, lang: str, case: str = "nom") -> str:
    """"12 reports" / "12 сообщений" / "12 хабарлама" (`phrasing.count_noun`)."""
    return phrasing.count_noun(n, noun, lang, case)


def money(n: int, lang: str) -> str:
    """Exact tenge with the currency: "1,500,000 KZT" / "1 500 000 тенге"."""
    unit = {"en": "KZT", "ru": "тенге", "kk": "теңге"}.get(lang, "KZT")
    return f"{count(n, lang)}{NBSP}{unit}"


def value(n: int, measure: str, lang: str) -> str:
    return money(n, lang) if measure.endswith("_kzt") else count(n, lang)


def basis_citation(basis: Any, lang: str, style: str = "short") -> str:
    """A `ProceedingBasis` (article FK + part) cited in the language's official form: "ч. 1 ст. 174
    УК РК", "ҚР ӘҚБтК 73-3-бабы", "Article 174(1) of the Criminal Code". Never "CC 174-1"."""
    art = basis.article
    labels = None
    if art.code_id not in phrasing.cited_codes():  # another organisation's code: print its label
        code = art.code
        labels = {"en": code.label_en, "ru": code.label_ru, "kk": code.label_kk}
    return phrasing.citation(art.code_id, art.article, basis.part, lang, style, labels=labels)
