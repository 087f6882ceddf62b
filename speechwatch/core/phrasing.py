"""Native phrasing of generated text in English, Russian and Kazakh: months in the case a sentence
needs, periods, dates, numbers with the noun they count, and legal citations.

Why a module of its own, with its grammar held as data (`data/phrasing.json`, and the citation
templates in the codebook's `legal_articles.json`): gettext translates a sentence, but it cannot put
"April" into the Russian prepositional ("в апреле") or the Kazakh locative ("сәуірде"), nor pick
"сообщений" for 25 and "сообщение" for 21. Django's locale formats print Kazakh dates in English
order ("Сәуір 29, 2024"). So every report sentence and page that prints a month, a date, a count or an
article goes through these small functions, and a language's forms are fixed by editing one file.

Pure Python (no Django import): the CLI, the reports and the template filters share it.

Numbers: English groups thousands with a comma ("1,500,000"); Russian and Kazakh with a no-break
space U+00A0 ("1 500 000"), chosen over the thin space U+202F because every font the PDF and DOCX
outputs use has it and a line never breaks inside a number. Markdown output asks for `plain=True`
(an ordinary space), as docs/reports.md specifies.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "phrasing.json"
LANGS = ("en", "ru", "kk")
PERIOD_FORMS = ("nom", "in", "gen", "for")
NBSP = "\u00a0"


class PhrasingError(ValueError):
    """An unknown language, form, noun or period: a programming error, never silently printed."""


@cache
def _data() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def lang_of(lang: str | None) -> str:
    """`lang` reduced to en/ru/kk ("ru-RU" → "ru"); anything else is English."""
    code = (lang or "en").split("-")[0].split("_")[0].lower()
    return code if code in LANGS else "en"


def capitalise(text: str) -> str:
    """The text with its first letter upper-cased, for a sentence or heading that starts with a
    phrase ("в апреле…" → "В апреле…"); a phrase that starts with a digit is left as it is."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
        if ch.isdigit():
            return text
    return text


# -- numbers -------------------------------------------------------------------------------------


def format_number(n: int, lang: str, plain: bool = False) -> str:
    """Thousands grouped per language: "1,500,000" / "1 500 000" (no-break space; an ordinary
    space with `plain`, for Markdown)."""
    group = _data()["numbers"][lang_of(lang)]["group"]
    if plain and group == NBSP:
        group = " "
    return f"{int(n):,}".replace(",", group)


def plural_index(n: int, lang: str) -> int:
    """The plural category of `n` as an index into a noun's forms (CLDR rules for integers):
    en one/other; ru one (1, 21, 101) / few (2–4, 22–24) / many (0, 5–20, 11–14, 25…); kk has one
    form (a Kazakh noun never takes the plural after a numeral: "5 хабарлама")."""
    lang = lang_of(lang)
    n = abs(int(n))
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    if lang == "en":
        return 0 if n == 1 else 1
    return 0


def noun_form(n: int, noun_key: str, lang: str, case: str = "nom") -> str:
    """The form of noun `noun_key` that goes with the number `n` ("сообщений" for 25)."""
    lang = lang_of(lang)
    try:
        entry = _data()["nouns"][noun_key]
    except KeyError as exc:
        raise PhrasingError(f"unknown count noun {noun_key!r}") from exc
    forms = entry.get(case, {}).get(lang) if case != "nom" else None
    forms = forms or entry[lang]
    return forms[min(plural_index(n, lang), len(forms) - 1)]


def count_noun(n: int, noun_key: str, lang: str, case: str = "nom", plain: bool = False) -> str:
    """A number with its noun: "1 report" / "2 reports"; "1 сообщение", "2 сообщения",
    "5 сообщений", "21 сообщение"; "5 хабарлама". `case="acc"` gives the Russian accusative where it
    differs ("зарегистрирована 1 претензия" but "зарегистрировали 1 претензию")."""
    return f"{format_number(n, lang, plain)} {noun_form(n, noun_key, lang, case)}"


# -- months, periods, dates ----------------------------------------------------------------------


def month_forms(lang: str) -> tuple[str, ...]:
    """The forms `month_name` knows in `lang` (en: nom, short; ru: nom, gen, prep, short;
    kk: nom, gen, loc, attr, abl, dat, short)."""
    return tuple(_data()["months"][lang_of(lang)])


def month_name(m: int, lang: str, form: str = "nom") -> str:
    """Month `m` (1–12) in `form`, as written inside a sentence ("April", "апреля", "сәуірде").
    English has one form: every case is "nom"."""
    if not 1 <= int(m) <= 12:
        raise PhrasingError(f"month {m!r} is not 1–12")
    lang = lang_of(lang)
    months = _data()["months"][lang]
    if lang == "en" and form != "short":
        form = "nom"
    if form not in months:
        raise PhrasingError(f"month form {form!r} is not one of {', '.join(months)} for {lang}")
    return months[form][int(m) - 1]


def _ordinal_values(n: int, lang: str) -> dict[str, str]:
    ords = _data()["ordinals"][lang]
    if isinstance(ords, list):
        return {"ord": ords[n - 1]}
    return {f"ord_{key}": forms[n - 1] for key, forms in ords.items()}


@cache
def _month_values(m: int, lang: str, prefix: str = "month") -> dict[str, str]:
    """Every form of month `m` keyed for the templates (cached: pages format hundreds of dates; the
    dict is only read, never changed)."""
    values = {f"{prefix}_{form}": month_name(m, lang, form) for form in month_forms(lang)}
    values[prefix] = month_name(m, lang, "nom")
    return values


def _template(kind: str, lang: str, form: str) -> str:
    if form not in PERIOD_FORMS:
        raise PhrasingError(f"period form {form!r} is not one of {', '.join(PERIOD_FORMS)}")
    return _data()["periods"][lang][kind][form]


def period_phrase(year: int, month: int | str | None, lang: str, form: str = "in") -> str:
    """A period as a sentence needs it. `month` is 1–12, "Q1"–"Q4", "H1"/"H2" or None (the year);
    `form` is one of:

    - "nom": "April 2024" / "апрель 2024 года" / "2024 жылғы сәуір" (titles, labels)
    - "in": "in April 2024" / "в апреле 2024 года" / "2024 жылғы сәуірде"
    - "gen": "of April 2024" / "апреля 2024 года" / "2024 жылғы сәуірдің"
    - "for": "for April 2024" / "за апрель 2024 года" / "2024 жылғы сәуірдегі"

    e.g. ("H1", "in"): "in the first half of 2024" / "в первом полугодии 2024 года" /
    "2024 жылдың бірінші жартыжылдығында". The phrase is in sentence case: `capitalise` it at the
    start of a sentence."""
    lang = lang_of(lang)
    values: dict[str, Any] = {"year": int(year)}
    if month is None:
        kind = "year"
    elif isinstance(month, str) and month[:1].upper() in ("Q", "H"):
        kind = "quarter" if month[0].upper() == "Q" else "half"
        n = int(month[1:])
        if not 1 <= n <= (4 if kind == "quarter" else 2):
            raise PhrasingError(f"no {kind} {month!r}")
        values.update(_ordinal_values(n, lang))
    else:
        kind = "month"
        values.update(_month_values(int(month), lang))
    return _template(kind, lang, form).format(**values)


def range_phrase(start: tuple[int, int], end: tuple[int, int], lang: str, form: str = "in") -> str:
    """A span of months, (year, month) to (year, month) inclusive: "from January to April 2024" /
    "с января по апрель 2024 года" / "2024 жылғы қаңтардан сәуірге дейін" (form "in"); "nom" gives
    "January–April 2024" / "январь — апрель 2024 года" / "2024 жылғы қаңтар — сәуір". A span within
    one month is that month's `period_phrase`."""
    lang = lang_of(lang)
    (y1, m1), (y2, m2) = start, end
    if (y1, m1) == (y2, m2):
        return period_phrase(y1, m1, lang, form)
    kind = "range_same_year" if y1 == y2 else "range"
    values: dict[str, Any] = {"year": y1, "y1": y1, "y2": y2}
    values.update(_month_values(m1, lang, "m1"))
    values.update(_month_values(m2, lang, "m2"))
    return _template(kind, lang, form).format(**values)


def describe_period(period: Any, lang: str, form: str = "in") -> str:
    """Any period object with `kind`, `start` and `end` (speechwatch.stats.periods.Period: month,
    quarter, half, year, ytd, range) as a phrase: "в апреле 2024 года", "2024 жылы", "in the first
    half of 2024", "с января по апрель 2024 года"; a span that does not fall on whole months is told
    day to day."""
    start, end = period.start, period.end
    if period.kind == "month":
        return period_phrase(start.year, start.month, lang, form)
    if period.kind == "quarter":
        return period_phrase(start.year, f"Q{(start.month - 1) // 3 + 1}", lang, form)
    if period.kind == "half":
        return period_phrase(start.year, f"H{1 if start.month <= 6 else 2}", lang, form)
    if period.kind == "year":
        return period_phrase(start.year, None, lang, form)
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        return range_phrase((start.year, start.month), (end.year, end.month), lang, form)
    if form == "nom":
        return f"{format_date(start, lang)} — {format_date(end, lang)}"
    return date_range(start, end, lang, "for" if form == "for" else "in")


def format_date(d: dt.date, lang: str, form: str = "nom", precision: str = "day") -> str:
    """A date in the language's own order: "29 April 2024" / "29 апреля 2024 года" /
    "2024 жылғы 29 сәуір". `form` "in" gives "on 29 April 2024" / "29 апреля 2024 года" /
    "2024 жылғы 29 сәуірде". A date known only to the month or the year prints only that
    (`precision` "month" / "year": the period phrase of the same form)."""
    lang = lang_of(lang)
    if precision == "year":
        return period_phrase(d.year, None, lang, form if form in PERIOD_FORMS else "nom")
    if precision == "month":
        return period_phrase(d.year, d.month, lang, form if form in PERIOD_FORMS else "nom")
    templates = _data()["dates"][lang]
    if form not in templates:
        raise PhrasingError(f"date form {form!r} is not one of {', '.join(templates)}")
    return templates[form].format(day=d.day, year=d.year, **_month_values(d.month, lang))


def format_datetime(moment: dt.datetime, lang: str) -> str:
    """A moment (already in local time): "29 April 2024, 14:05" / "29 апреля 2024 года, 14:05" /
    "2024 жылғы 29 сәуір, 14:05" (24-hour clock in every language: the platform's users read it so)."""
    return f"{format_date(moment.date(), lang)}, {moment:%H:%M}"


def date_range(start: dt.date, end: dt.date, lang: str, form: str = "in") -> str:
    """From one day to another: "from 1 April 2024 to 15 April 2024" / "с 1 апреля 2024 года по
    15 апреля 2024 года" / "2024 жылғы 1 сәуірден 2024 жылғы 15 сәуірге дейін"; Kazakh `form`
    "for" is the attributive "…дейінгі" (before a noun: "…дейінгі кезең")."""
    lang = lang_of(lang)
    if start == end:
        return format_date(start, lang, "in")
    template = _data()["date_ranges"][lang][form]
    return template.format(**{"from": format_date(start, lang, "from"), "to": format_date(end, lang, "to")})


# -- legal citations -----------------------------------------------------------------------------

CITATION_STYLES = ("short", "long")


def _codebook_codes() -> dict[str, dict[str, Any]]:
    from speechwatch.codebook import legal_articles

    return legal_articles()[0]


def cited_codes() -> set[str]:
    """The codes the codebook has citation templates for (others print by their label)."""
    return {code for code, entry in _codebook_codes().items() if entry.get("citation")}


def _clean_number(value: str | int | None) -> str:
    """An article or part number as the codebook writes it: dashes unified to "-", no spaces."""
    text = str(value or "").strip()
    for dash in ("\u2011", "\u2010", "\u2013", "\u2012"):
        text = text.replace(dash, "-")
    return text.replace(" ", "")


def citation(code: str, article: str, part: str | int | None, lang: str, style: str = "short",
             labels: dict[str, str] | None = None) -> str:
    """A legal basis in the language's official form, from the codebook's per-code templates
    (`legal_articles.json`, `codes[].citation`):

    - en "Article 174(1) of the Criminal Code", ru "ч. 1 ст. 174 УК РК", kk "ҚР ҚК 174-бабының
      1-бөлігі"; without a part "Article 174 of the Criminal Code" / "ст. 174 УК РК" / "ҚР ҚК 174-бабы";
    - an article whose number has a hyphen stays whole and its part is never glued to it with
      "-": "ч. 2 ст. 73-3 КоАП РК", "Article 73-3(2) of …", "ҚР ӘҚБтК 73-3-бабының 2-бөлігі".

    `style` "long" spells the code out ("часть 1 статьи 174 Уголовного кодекса Республики
    Казахстан"). A code the codebook has no templates for (another organisation's) prints its label
    (`labels`, else the codebook's) with the article and part named: "Civil Code, Article 9(2)"."""
    lang = lang_of(lang)
    if style not in CITATION_STYLES:
        raise PhrasingError(f"citation style {style!r} is not one of {', '.join(CITATION_STYLES)}")
    article, part = _clean_number(article), _clean_number(part)
    if not article:
        raise PhrasingError("a citation needs an article number")
    entry = _codebook_codes().get(code, {})
    templates = entry.get("citation")
    key = f"{style}_part" if part else style
    if templates and key in templates and templates[key].get(lang):
        return templates[key][lang].format(article=article, part=part)
    names = labels or entry.get("label") or {}
    name = names.get(lang) or names.get("en") or code
    generic = {
        "en": ("{name}, Article {article}", "{name}, Article {article}({part})"),
        "ru": ("{name}, ст. {article}", "{name}, ч. {part} ст. {article}"),
        "kk": ("{name}, {article}-бап", "{name}, {article}-баптың {part}-бөлігі"),
    }[lang]
    return generic[1 if part else 0].format(name=name, article=article, part=part)


def citation_key(code: str, article: str) -> str:
    """The codebook's key of an article, "CC 174" or "AC 73-3": code and article number only. A part
    is never appended with "-" ("CC 174-1" would read as another article): it travels as a field of
    its own (`ProceedingBasis.part`, the export's `{"article": "CC 174", "part": "1"}`)."""
    return f"{code} {_clean_number(article)}"
