"""Dates in report narrative (English, Russian, Kazakh), resolved against the report period.

Reports write "April 24", "On the evening of April 24", "January 9, 2020", "3 October 2024",
"in October", "24 апреля", "в апреле 2024 года", "24.04.2024", "2024-04-24", "5 наурызда",
"5-наурызда", "наурыздың 5-і", "2024 жылғы 5 наурыз", "наурыз айында"; ranges ("5–7 March",
"с 5 по 7 марта") give their first day; "on the 5th" is a day of the report's month (monthly reports).
A day without a year takes the year of the report period; when that would put it well after the
period's end (a December event in a January report) it belongs to the year before. Month-only mentions
give precision "month".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from speechwatch.extraction import months
from speechwatch.extraction.document import OPT_BULLET
from speechwatch.extraction.schemas import Period

_KK_MONTH = months.KK_MONTH
_EN_FULL = months.EN_FULL
_EN_MONTH = months.EN_MONTH
_RU_MONTH = months.RU_MONTH
_YEAR = r"(?:19|20)\d\d"
_ORD = r"(?:st|nd|rd|th)?"

# наурыздың, қазанның, мамырдың: a Kazakh month in the genitive ("наурыздың 5-і", the 5th of March)
_KK_GENITIVE = rf"{months.KK_STEM}[{months.KK_LETTERS}]*?(?:ның|нің|дың|дің|тың|тің)"
_RANGE = r"\s*(?:[–—-]|\bпо\b|\bto\b|\band\b|\bи\b)\s*[0-3]?\d(?:-?го)?"  # "5–7", "5 по 7", "5 and 6"

# Order matters: the longest, most specific forms first. Each has named groups m (month), d, y.
_PATTERNS = [
    # ranges give their first day: 5–7 March / с 5 по 7 марта / 5-7 наурыз
    re.compile(rf"\b(?P<d>[0-3]?\d){_ORD}{_RANGE}{_ORD}(?:\s+of)?\s+(?P<m>{_EN_MONTH})\b(?:,?\s+(?P<y>{_YEAR})\b)?",
               re.IGNORECASE),
    re.compile(rf"\b(?P<d>[0-3]?\d)(?:-?го)?{_RANGE}\s+(?P<m>{_RU_MONTH})\b(?:\s+(?P<y>{_YEAR}))?", re.IGNORECASE),
    re.compile(rf"(?:(?P<y>{_YEAR})\s*жыл\w*\s+)?\b(?P<d>[0-3]?\d){_RANGE}[-\s]+(?P<m>{_KK_MONTH})", re.IGNORECASE),
    # 2024-03-05 (ISO)
    re.compile(rf"\b(?P<y>{_YEAR})-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b"),
    # наурыздың 5-і / наурыздың 5-інде / 2024 жылғы наурыздың 5-і (Kazakh: month in the genitive, then the day)
    re.compile(rf"(?:(?P<y>{_YEAR})\s*жыл\w*\s+)?\b(?P<m>{_KK_GENITIVE})\s+(?P<d>[0-3]?\d)-[{months.KK_LETTERS}]*",
               re.IGNORECASE),
    # on the 5th (the report's own month: monthly reports only)
    re.compile(rf"\b[Oo]n\s+the\s+(?P<dd>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_EN_MONTH})"),
    # 5-го марта (Russian ordinal)
    re.compile(rf"\b(?P<d>[0-3]?\d)-?го\s+(?P<m>{_RU_MONTH})\b(?:\s+(?P<y>{_YEAR}))?", re.IGNORECASE),
    # January 9, 2020 / April 24th / Dec. 6
    re.compile(rf"\b(?P<m>{_EN_MONTH})\s+(?P<d>[0-3]?\d){_ORD}\b(?!\s*(?:%|,\d|\d))(?:,?\s+(?P<y>{_YEAR})\b)?"),
    # 3 October 2024 / 1 november 2021 / 10th of May
    re.compile(rf"\b(?P<d>[0-3]?\d){_ORD}(?:\s+of)?\s+(?P<m>{_EN_MONTH})\b(?:,?\s+(?P<y>{_YEAR})\b)?",
               re.IGNORECASE),
    # 24 апреля 2024 года / 24 апреля
    re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<m>{_RU_MONTH})\b(?:\s+(?P<y>{_YEAR}))?", re.IGNORECASE),
    # 5 наурызда / 5-наурызда / 2024 жылғы 5 наурызда (Kazakh: day before the month, locative ending)
    re.compile(rf"(?:(?P<y>{_YEAR})\s*жыл\w*\s+)?\b(?P<d>[0-3]?\d)[-\s]+(?P<m>{_KK_MONTH})", re.IGNORECASE),
    # 24.04.2024
    re.compile(rf"\b(?P<d>[0-3]?\d)\.(?P<mn>[01]\d)\.(?P<y>{_YEAR})\b"),
    # October 2022 / July, 2014 / апреле 2024 года
    re.compile(rf"\b(?P<m>{_EN_FULL})\b,?\s+(?P<y>{_YEAR})\b", re.IGNORECASE),
    re.compile(rf"\b(?P<m>{_RU_MONTH})\s+(?P<y>{_YEAR})\b", re.IGNORECASE),
    # 2024 жылғы наурыз / наурыз айында (Kazakh month mentions)
    re.compile(rf"(?P<y>{_YEAR})\s*жыл\w*\s+(?P<m>{_KK_MONTH})(?![-\s]*\d)", re.IGNORECASE),
    re.compile(rf"\b(?P<m>{_KK_MONTH})\s+ай(?:ында|ы|да)\b", re.IGNORECASE),
    # in October / since January / в апреле
    re.compile(rf"\b(?:in|In|since|Since|by|until|till|from|From|early|late|mid-|end of|beginning of|of)\s+"
               rf"(?P<m>{_EN_FULL})\b(?!\s+\d)"),
    re.compile(rf"(?:\b[вВ]|\bс|\bдо|\bконце|\bначале|\bсередине)\s+(?P<m>{_RU_MONTH})\b(?!\s+\d)"),
]

# An item starts with a date: "April 6:", "On April 1,", "On the evening of April 24", "24 апреля".
DATE_START = re.compile(
    rf"^{OPT_BULLET}On\s+the\s+[0-3]?\d(?:st|nd|rd|th)\b"
    rf"|^{OPT_BULLET}(?:(?:On|As of|By|Since|Early on|Late on)\s+)?"
    rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?:the\s+(?:morning|evening|night|afternoon|eve)\s+of\s+)?"
    rf"(?:{_EN_MONTH}\s+[0-3]?\d{_ORD}\b|[0-3]?\d{_ORD}(?:{_RANGE}{_ORD})?\s+(?:of\s+)?{_EN_MONTH}\b)"
    rf"|^{OPT_BULLET}(?:[0-3]?\d\.[01]\d\.{_YEAR}|{_YEAR}-[01]\d-[0-3]\d)\b"
    rf"|^{OPT_BULLET}(?:{_YEAR}\s*жыл\w*\s+)?[0-3]?\d(?:{_RANGE})?[-\s]+(?i:{_KK_MONTH})"
    rf"|^{OPT_BULLET}(?:{_YEAR}\s*жыл\w*\s+)?(?i:{_KK_GENITIVE})\s+[0-3]?\d-"
    rf"|^{OPT_BULLET}(?:[Вв]\s+ночь\s+на\s+|[Вв]ечером\s+|[Уу]тром\s+|[Дд]нём\s+|[Сс]\s+)?"
    rf"[0-3]?\d(?:-?го)?(?:{_RANGE})?\s+{_RU_MONTH}\b"
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: date
    precision: str  # day | month | year
    explicit_year: bool


_month_of = months.month_number


def _resolve_year(month: int, day: int, period: Period | None) -> int | None:
    """Year for a date written without one: the report's year, or the year before when the date
    would fall more than two months after the period ends (a December event told in January)."""
    if period is None:
        return None
    year = period.end.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return None
    if candidate > period.end + timedelta(days=62):
        year -= 1
    return year


def find_dates(text: str, period: Period | None) -> list[DateMention]:
    """Every date mention in `text`, in reading order, resolved against `period` where needed."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            gd = m.groupdict()
            if gd.get("dd"):  # "on the 5th": a day of the report's month, when the report is one month
                if period is None or (period.end - period.start).days > 31:
                    continue
                gd = {"d": gd["dd"], "mn": str(period.start.month), "y": str(period.start.year)}
                explicit_year = False
            else:
                explicit_year = bool(gd.get("y"))
            month = int(gd["mn"]) if gd.get("mn") else _month_of(gd["m"])
            if not month:
                continue
            if gd.get("m") == "May" and not gd.get("d") and not gd.get("y"):
                pass  # "in May" is fine; bare "May" never reaches here (patterns need a context word)
            day_num = int(gd["d"]) if gd.get("d") else None
            explicit = explicit_year
            year = int(gd["y"]) if explicit else _resolve_year(month, day_num or 1, period)
            if year is None:
                continue
            try:
                value = date(year, month, day_num or 1)
            except ValueError:
                continue
            found.append(DateMention(s, e, value, "day" if day_num else "month", explicit))
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    return found


def incident_date(text: str, period: Period | None, hint: date | None = None) -> tuple[date | None, str | None]:
    """The date of an incident told in `text`: the first exact day inside the report period, else the
    first month inside it, else the period start (precision month). `hint` (a dateline under a
    heading) wins when given."""
    if hint is not None:
        return hint, "day"
    mentions = find_dates(text, period)
    if period is None:
        for d in mentions:
            return d.day, d.precision
        return None, None
    start = period.start.replace(day=1)
    # A story that opens with a day just before the period ("On December 29, 2015, …" in a January
    # report) happened then, even if a later step of it falls inside the period.
    if mentions and DATE_START.match(text.lstrip()) and mentions[0].start < 40 and mentions[0].precision == "day" and (
            timedelta(0) < start - mentions[0].day <= timedelta(days=62)):
        return mentions[0].day, "day"
    in_period = [d for d in mentions if start <= d.day <= period.end]
    for d in in_period:
        if d.precision == "day":
            return d.day, "day"
    # An event just before the period told at the very start ("On December 28, ..." in a January
    # report) is still the incident's own date, not background.
    for d in mentions:
        if d.start < 100 and d.precision == "day" and timedelta(0) < start - d.day <= timedelta(days=62):
            return d.day, "day"
    for d in in_period:
        return d.day, d.precision
    if (period.end - period.start).days <= 31:
        return period.start, "month"
    return None, None
