"""Language-aware formatting of dates, counts and money for reports (money is always exact int)."""

from __future__ import annotations

import datetime as dt

from django.utils import translation
from django.utils.formats import date_format

NBSP = "\u00a0"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def month_label(day: dt.date, lang: str, in_sentence: bool = False) -> str:
    """"April 2024" / "апрель 2024" / "сәуір 2024"."""
    with translation.override(lang):
        text = date_format(day, "F Y")
    return _lower_first(text) if (in_sentence and lang in ("ru", "kk")) else text


def month_short(day: dt.date, lang: str) -> str:
    with translation.override(lang):
        return date_format(day, "b" if lang == "en" else "F")[:3].capitalize() if lang != "en" else date_format(
            day, "M"
        )


def day_label(day: dt.date | None, lang: str, precision: str = "day") -> str:
    """"6 April 2024" (ru: "6 апреля 2024"); month or year precision prints only what is known."""
    if day is None:
        return ""
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return month_label(day, lang, in_sentence=True)
    with translation.override(lang):
        if lang == "ru":
            return f"{date_format(day, 'j E')} {day.year}"
        text = date_format(day, "j F Y")
    return text if lang == "en" else _lower_first_word_after_day(text)


def _lower_first_word_after_day(text: str) -> str:
    parts = text.split(" ")
    if len(parts) >= 2:
        parts[1] = parts[1].lower()
    return " ".join(parts)


def count(n: int, lang: str) -> str:
    """Thousands separated: 1,234 (en) or 1 234 (ru, kk)."""
    text = f"{int(n):,}"
    return text if lang == "en" else text.replace(",", NBSP)


def money(n: int, lang: str) -> str:
    """Exact tenge with the currency: "1,500,000 KZT" / "1 500 000 тенге"."""
    unit = {"en": "KZT", "ru": "тенге", "kk": "теңге"}.get(lang, "KZT")
    return f"{count(n, lang)}{NBSP}{unit}"


def value(n: int, measure: str, lang: str) -> str:
    return money(n, lang) if measure.endswith("_kzt") else count(n, lang)
