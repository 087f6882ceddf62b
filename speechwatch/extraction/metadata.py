"""Report metadata from the opening lines: publisher, title, kind, period and publication date.

Why this order of evidence: the title states the period the report counts; the lead repeats it (and is
sometimes wrong: a December report whose lead says November), so the title wins and a disagreement
becomes a warning. A day-month-year line near the top is the publication date, never the period.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from speechwatch.extraction import months
from speechwatch.extraction.numbers import parse_number
from speechwatch.extraction.parts_of_year import PART_OF_YEAR, ordinal_value, read_part
from speechwatch.extraction.schemas import Period, ReportMeta

MONTH = months.MONTH
_EN_MONTH = months.EN_ANY
_KK_STEMS = months.KK_STEMS
MONTHS_EN = months.EN_MONTHS
month_number = months.month_number
YEAR = r"(?:19[89]\d|20[0-4]\d)"
_YEAR_WORD = r"(?:\s*(?:г\.|года?|году|жыл[а-яәғқңөұүһі]*))?"
DASH = r"\s*[-–—]\s*"

# A full date (publication date, or an event day) — masked before periods are looked for.
DATE_RE = re.compile(
    rf"(?<!\d)(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH}),?\s+(?P<y1>{YEAR})(?!\d)"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,\s*(?P<y2>{YEAR})(?!\d)"
    rf"|(?<!\d)(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})\.(?P<y3>{YEAR})(?!\d)",
    re.IGNORECASE,
)
# "January – June 2012", "January to June 2012", "from January through June 2012", "январь по июнь 2012"
_MONTH_TO = rf"(?:{DASH}|\s+(?:to|through|till|until|по|до)\s+)"
MONTH_RANGE_RE = re.compile(
    rf"(?P<m1>{MONTH}),?\s*(?P<y1>{YEAR})?{_YEAR_WORD}{_MONTH_TO}(?P<m2>{MONTH}),?\s*(?P<y2>{YEAR}){_YEAR_WORD}",
    re.IGNORECASE)
# (an ordinal quarter or half with its year, "the first half of 2012", is read by parts_of_year)
HALF_RE = re.compile(
    rf"(?P<y2>{YEAR}){_YEAR_WORD}\s*\((?P<which2>first|second)\s+half\)"
    rf"|(?P<y3>{YEAR})\s*(?:ж\.|жыл[а-яәғқңөұүһі]*)\s+(?P<which3>бірінші|екінші|[12])\s+жартыжылды\w*",
    re.IGNORECASE)
# "for 9 months of 2020", "the first nine months of 2019", "за 9 месяцев 2019 года", "2019 жылдың 9 айы":
# January to the N-th month.
N_MONTHS_RE = re.compile(
    rf"\b(?:(?:for|over|in|during)\s+)?(?:the\s+)?(?:first\s+)?(?P<n>\d{{1,2}}|[a-z]+)\s+months\s+(?:of\s+)?"
    rf"(?P<y>{YEAR})"
    rf"|\b(?:(?:за|в|итоги)\s+)?(?:первые\s+|перв\w+\s+)?(?P<n2>\d{{1,2}}|[а-я]+)\s+месяц\w*\s+(?P<y2>{YEAR})"
    rf"|(?P<y3>{YEAR})\s*(?:ж\.|жыл[а-яәғқңөұүһі]*)\s+(?:алғашқы\s+)?(?P<n3>\d{{1,2}}|[а-яәғқңөұүһі]+)\s+ай",
    re.IGNORECASE)
# "1 January – 30 June 2021", "с 1 января по 30 июня 2021 года": a span of whole days.
DAY_RANGE_RE = re.compile(
    rf"(?<!\d)(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?\s*(?:[-–—]|\bto\b|\bпо\b|\btill\b)\s*"
    rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR})"
    # "July 1 – September 30, 2017": the month before the day
    rf"|(?<![^\W\d_])(?P<m1b>{MONTH})\s+(?P<d1b>\d{{1,2}})(?:,?\s+(?P<y1b>{YEAR}))?\s*(?:[-–—]|\bto\b|\btill\b)\s*"
    rf"(?P<m2b>{MONTH})\s+(?P<d2b>\d{{1,2}}),?\s+(?P<y2b>{YEAR})",
    re.IGNORECASE)
# "from January to June 2021", "с января по июнь 2021 года": a month range written with words.
MONTH_TO_RE = re.compile(
    rf"\b(?:from|с)\s+(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?\s+(?:to|till|until|through|по)\s+(?P<m2>{MONTH}),?\s+"
    rf"(?P<y2>{YEAR})",
    re.IGNORECASE)
QUARTER_RE = re.compile(
    # "Q3 2021", "2021 Q3", "2021 жылдың III тоқсаны"
    rf"\bQ(?P<q2>[1-4])\s*(?P<y2>{YEAR})|(?P<y3>{YEAR})\s*Q(?P<q3>[1-4])\b"
    rf"|(?P<y4>{YEAR})\s*(?:ж\.|жыл[а-яәғқңөұүһі]*)\s+(?P<q4>I{{1,3}}|IV|[1-4]|бірінші|екінші|үшінші|төртінші)(?:-?\s*ші|-?\s*шы)?\s+тоқсан",
    re.IGNORECASE)
# "September 1–30, 2020", "1–30 сентября 2020 года": days of one month.
DAYS_OF_MONTH_RE = re.compile(
    rf"(?P<m>{MONTH})\s+(?P<d1>\d{{1,2}}){DASH}(?P<d2>\d{{1,2}}),?\s+(?P<y>{YEAR})"
    rf"|(?<!\d)(?P<d3>\d{{1,2}}){DASH}(?P<d4>\d{{1,2}})\s+(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR})"
    rf"|\b(?:с|from)\s+(?P<d5>\d{{1,2}})\s+(?:по|to|till|until)\s+(?P<d6>\d{{1,2}})\s+(?P<m3>{MONTH}),?\s+(?P<y3>{YEAR})",
    re.IGNORECASE)
# "01.03.2021–31.03.2021": a span of days written in digits.
NUM_DAY_RANGE_RE = re.compile(
    rf"(?<![\d.])(?P<d1>\d{{1,2}})\.(?P<m1>\d{{1,2}})\.(?P<y1>{YEAR}){DASH}(?P<d2>\d{{1,2}})\.(?P<m2>\d{{1,2}})\."
    rf"(?P<y2>{YEAR})(?![\d.])")
# Kazakh ranges put the year first: "2023 жылғы қаңтар-наурыз".
KK_YEAR_RANGE_RE = re.compile(
    rf"(?<!\d)(?P<y>{YEAR})\s*(?:ж\.|жыл[а-яәғқңөұүһі]*)\s+(?P<m1>{months.KK_STEM})[а-яәғқңөұүһі]*{DASH}"
    rf"(?P<m2>{months.KK_STEM})[а-яәғқңөұүһі]*",
    re.IGNORECASE)
# "2024 жылғы 2 қыркүйек – 6 қазан": a Kazakh span of days, the year first.
KK_YEAR_DAY_RANGE_RE = re.compile(
    rf"(?<!\d)(?P<y>{YEAR})\s*(?:ж\.|жыл[а-яәғқңөұүһі]*)\s+(?P<d1>\d{{1,2}})\s*(?P<m1>{months.KK_STEM})[а-яәғқңөұүһі]*"
    rf"{DASH}(?P<d2>\d{{1,2}})\s*(?P<m2>{months.KK_STEM})[а-яәғқңөұүһі]*"
    # or told with case endings: "2022 жылғы 21 қыркүйектен 20 қарашаға дейін"
    rf"|(?<!\d)(?P<yb>{YEAR})\s*(?:ж\.|жыл[а-яәғқңөұүһі]*)\s+(?P<d1b>\d{{1,2}})\s*(?P<m1b>{months.KK_STEM})"
    rf"[а-яәғқңөұүһі]*(?:нан|нен|дан|ден|тан|тен)\s+(?P<d2b>\d{{1,2}})\s*(?P<m2b>{months.KK_STEM})"
    rf"[а-яәғқңөұүһі]*(?:ға|ге|қа|ке)\s+дейін",
    re.IGNORECASE)
YEAR_RANGE_RE = re.compile(rf"(?<![\d.])(?P<y1>{YEAR}){DASH}(?P<y2>{YEAR})(?![\d.])")
MONTH_YEAR_RE = re.compile(rf"(?<![\w])(?P<m>{MONTH}),?\s+(?P<y>{YEAR}){_YEAR_WORD}(?!\d)", re.IGNORECASE)
# Kazakh puts the year first: "2024 жылғы наурыз", "2024 жылғы наурызда", "2019 жылдың желтоқсаны".
KK_YEAR_MONTH_RE = re.compile(
    rf"(?<!\d)(?P<y>{YEAR})\s*(?:ж\.|жыл[а-яәғқңөұүһі]*)\s+(?P<m>{months.KK_STEM})[а-яәғқңөұүһі]*",
    re.IGNORECASE)
YEAR_RE = re.compile(rf"(?:\b(?:in|for|of|violations|за|в|итоги|results|report|доклад|отч[её]т|(?:the )?year)\s+|"
                     rf"^|:\s*|\s[-–—]\s*|"
                     rf"(?<=[^\W\d_]{{3}})\.\s+)"  # "Қазақстандағы … бұзылуы. 2021 жыл (Жылдық шолу)"
                     rf"(?P<y>{YEAR})(?:\s*(?:год\w*|г\.|жыл\w*))?"
                     r"(?![\d\-–]|[.,]\d)", re.IGNORECASE | re.MULTILINE)

PUBLISHERS = [  # (pattern, canonical name): data, so another organisation adds its own line
    (re.compile(r"adil\s*soz|адил\s*соз|әділ\s*сөз", re.I), "Adil Soz"),
    (re.compile(r"International Foundation for (?:the )?(?:Protection of )?Freedom of Speech(?: Protection)?",
                re.I), "Adil Soz"),
    (re.compile(r"Международный фонд защиты свободы слова|Сөз бостандығын қорғау халықаралық қоры", re.I),
     "Adil Soz"),
    (re.compile(r"International Partnership for Human Rights|IPHR"), "International Partnership for Human Rights"),
    (re.compile(r"Kazakhstan International Bureau for Human Rights|KIBHR"),
     "Kazakhstan International Bureau for Human Rights and Rule of Law"),
]
TITLE_WORDS = re.compile(
    r"violations?|freedom of (?:speech|expression)|free (?:speech|expression)|attacks|report|overview|review|digest|"
    r"monitoring|briefing|"
    r"нарушени|свобод[аы] слова|обзор|мониторинг|бұзушылық|сөз бостандығы", re.I)
BRIEFING_RE = re.compile(r"\bbriefing\b|брифинг", re.I)
NOT_TITLE = re.compile(r"^(?:categories|reports|download|ask your question|photo:|author)\b", re.I)


def month_period(year: int, month: int, end_month: int | None = None, end_year: int | None = None) -> Period:
    ey, em = end_year or year, end_month or month
    return Period(date(year, month, 1), date(ey, em, calendar.monthrange(ey, em)[1]))


GLUED_MONTHS_RE = re.compile(rf"(?<![^\W\d_])(?P<first>{_EN_MONTH})(?P<second>(?:{_EN_MONTH}))(?=[\s,])", re.IGNORECASE)


def _mask_dates(text: str) -> str:
    """Blank out full dates and the second of two glued month names ('MayMarch 2021' → 'May      2021').

    A glued pair is an editing leftover; the first name is the one the sentence was written with.
    """
    text = DATE_RE.sub(lambda m: " " * len(m.group()), text)
    return GLUED_MONTHS_RE.sub(lambda m: m["first"] + " " * len(m["second"]), text)


_ANY_YEAR = re.compile(YEAR)


def _add_day_span(found: list[tuple[int, Period, str]], at: int, first: tuple[int, int, int],
                  last: tuple[int, int, int]) -> None:
    """Add the span of days from `first` to `last` (year, month, day) found at `at`, when both are real days
    in that order (a month read as 0, "31 June" or a backwards span adds nothing)."""
    try:
        start, end = date(*first), date(*last)
    except ValueError:
        return
    if start < end:
        found.append((at, Period(start, end), "range"))


def find_period(text: str) -> tuple[Period, str, int] | None:
    """The first period stated in `text`: (period, granularity, offset); ranges beat single months there."""
    if not _ANY_YEAR.search(text):
        return None
    masked = _mask_dates(text)
    found: list[tuple[int, Period, str]] = []
    for m in MONTH_RANGE_RE.finditer(masked):
        m1, m2, y2 = month_number(m["m1"]), month_number(m["m2"]), int(m["y2"])
        y1 = int(m["y1"]) if m["y1"] else y2
        if m1 and m2 and (y1, m1) < (y2, m2):
            found.append((m.start(), month_period(y1, m1, m2, y2), "range"))
    for m in DAY_RANGE_RE.finditer(text):  # before masking: its ends are full dates
        g = {k: m[k] or m[k + "b"] for k in ("d1", "m1", "y1", "d2", "m2", "y2")}
        m1, m2, y2 = month_number(g["m1"]), month_number(g["m2"]), int(g["y2"])
        y1 = int(g["y1"]) if g["y1"] else y2
        _add_day_span(found, m.start(), (y1, m1 or 0, int(g["d1"])), (y2, m2 or 0, int(g["d2"])))
    for m in MONTH_TO_RE.finditer(masked):
        m1, m2, y2 = month_number(m["m1"]), month_number(m["m2"]), int(m["y2"])
        y1 = int(m["y1"]) if m["y1"] else y2
        if m1 and m2 and (y1, m1) < (y2, m2):
            found.append((m.start(), month_period(y1, m1, m2, y2), "range"))
    for m in N_MONTHS_RE.finditer(masked):
        n = parse_number(m["n"] or m["n2"] or m["n3"])
        if n and 1 < n <= 12:
            found.append((m.start(), month_period(int(m["y"] or m["y2"] or m["y3"]), 1, n), "range"))
    for m in HALF_RE.finditer(masked):
        second = ordinal_value(m["which2"] or m["which3"]) == 2
        y = int(m["y2"] or m["y3"])
        found.append((m.start(), month_period(y, 7 if second else 1, 12 if second else 6), "half"))
    for m in PART_OF_YEAR.finditer(masked):
        if (part := read_part(m)) and part.year:
            found.append((m.start(), month_period(part.year, part.first_month, part.last_month), part.kind))
    for m in DAYS_OF_MONTH_RE.finditer(text):  # before masking: "30 сентября 2020" is a full date
        num = month_number(m["m"] or m["m2"] or m["m3"]) or 0
        y = int(m["y"] or m["y2"] or m["y3"])
        _add_day_span(found, m.start(), (y, num, int(m["d1"] or m["d3"] or m["d5"])),
                      (y, num, int(m["d2"] or m["d4"] or m["d6"])))
    for m in NUM_DAY_RANGE_RE.finditer(text):
        _add_day_span(found, m.start(), (int(m["y1"]), int(m["m1"]), int(m["d1"])),
                      (int(m["y2"]), int(m["m2"]), int(m["d2"])))
    for m in KK_YEAR_RANGE_RE.finditer(masked):
        m1, m2 = month_number(m["m1"]), month_number(m["m2"])
        if m1 and m2 and m1 < m2:
            found.append((m.start(), month_period(int(m["y"]), m1, m2), "range"))
    for m in KK_YEAR_DAY_RANGE_RE.finditer(text):  # before masking, as the other spans of days
        g = {k: m[k] or m[k + "b"] for k in ("y", "d1", "m1", "d2", "m2")}
        _add_day_span(found, m.start(), (int(g["y"]), month_number(g["m1"]) or 0, int(g["d1"])),
                      (int(g["y"]), month_number(g["m2"]) or 0, int(g["d2"])))
    for m in QUARTER_RE.finditer(masked):
        if q := ordinal_value(m["q2"] or m["q3"] or m["q4"]):
            found.append((m.start(), month_period(int(m["y2"] or m["y3"] or m["y4"]), 3 * q - 2, 3 * q), "quarter"))
    for m in YEAR_RANGE_RE.finditer(masked):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y1 < y2 <= y1 + 30:
            found.append((m.start(), Period(date(y1, 1, 1), date(y2, 12, 31)), "years"))
    for m in MONTH_YEAR_RE.finditer(masked):
        num = month_number(m["m"])
        if num and not any(s <= m.start() < s + 40 and g == "range" for s, _, g in found):
            found.append((m.start(), month_period(int(m["y"]), num), "month"))
    for m in KK_YEAR_MONTH_RE.finditer(masked):
        num = month_number(m["m"])
        if num:
            found.append((m.start(), month_period(int(m["y"]), num), "month"))
    for m in YEAR_RE.finditer(masked):
        if not any(s <= m.start("y") <= s + 40 for s, _, _ in found):
            y = int(m["y"])
            found.append((m.start("y"), Period(date(y, 1, 1), date(y, 12, 31)), "year"))
    if not found:
        return None
    found.sort(key=lambda f: (f[0], 0 if f[2] in {"range", "half", "quarter", "years"} else 1))
    start, period, gran = found[0]
    # A range that starts a little later on the same line is the fuller statement ("... September 2019" vs
    # "January-September 2019" written with the year only at the end).
    return period, gran, start


def find_published(lines: list[str]) -> date | None:
    """A line near the top that is only a date (optionally 'Download 1 july 2014') is the publication date."""
    for line in lines[:12]:
        m = re.fullmatch(rf"\s*(?:download|published|опубликовано)?:?\s*({DATE_RE.pattern})\s*", line, re.I)
        if m:
            return _parse_date(DATE_RE.search(line))
    return None


def _parse_date(m: re.Match[str] | None) -> date | None:
    if m is None:
        return None
    for d, mo, y in (("d1", "m1", "y1"), ("d2", "m2", "y2"), ("d3", "m3", "y3")):
        if m[d]:
            month = int(m[mo]) if m[mo].isdigit() else month_number(m[mo])
            try:
                return date(int(m[y]), month or 0, int(m[d]))
            except ValueError:
                return None
    return None


def find_title(lines: list[str]) -> str | None:
    """The first short top line that reads like a report title (a title word and a period)."""
    for line in lines[:12]:
        s = line.strip()
        if not s or len(s) > 160 or NOT_TITLE.match(s) or any(p.search(s) and len(s) < 90 and not TITLE_WORDS.search(
                s.replace("Freedom of Speech Protection", "")) for p, _ in PUBLISHERS):
            continue
        if (s.endswith((".", ":", ";")) and not s.endswith(("г.", "ж."))) or len(s) > 130:
            continue  # a sentence of the lead, not a title
        if TITLE_WORDS.search(s) and (find_period(s) or _title_year(s)) and not DATE_RE.fullmatch(s):
            return s
        if s == lines[0].strip() and len(s) < 90 and not DATE_RE.search(s) and (found := find_period(s)) and (
                found[1] != "year"):
            return s  # a first line that names a month or a span and nothing else: "MARCH 2023 AT A GLANCE"
    return None


def find_publisher(text: str) -> str | None:
    head = text[:3000]
    best: tuple[int, str] | None = None
    for pattern, name in PUBLISHERS:
        m = pattern.search(head)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


def kind_of(period: Period, title: str | None, lead: str) -> str:
    """monthly / annual / other by the period's length, or briefing when the document calls itself one.

    Only the title and the lead's first sentence ("This briefing paper was prepared …") can say so: a
    briefing further on is an event the report tells ("the official said at a briefing …")."""
    first = re.split(r"(?<=[.!?])\s+|\s[•·]\s", lead.strip(), maxsplit=1)[0][:300]
    if BRIEFING_RE.search(title or "") or BRIEFING_RE.search(first):
        return "briefing"
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    if months == 1:
        return "monthly"
    if months >= 12 or period.start.month == 1:
        return "annual"
    return "other"


_BARE_YEAR = re.compile(rf"(?<![\d.,/-])(?P<y>{YEAR})(?![\d.,/-]\d|\d)")


def _title_year(title: str | None) -> int | None:
    """The one year a title names outside any period pattern ("…, 2023: Annual figures"), if only one."""
    years = {int(m["y"]) for m in _BARE_YEAR.finditer(title or "")}
    return years.pop() if len(years) == 1 else None


def extract_metadata(text: str, language: str, path: str = "") -> tuple[ReportMeta, list[str]]:
    """Metadata and warnings (title/lead disagreement, no period found)."""
    warnings: list[str] = []
    lines = [line for line in text[:4000].split("\n")]
    nonblank = [line for line in lines if line.strip()]
    title = find_title(nonblank)
    meta = ReportMeta(publisher=find_publisher(text), title=title, published=find_published(nonblank))
    lead_start = text.find(title) + len(title) if title else 0
    lead = re.sub(r"\s+", " ", text[lead_start:lead_start + 1500])
    from_title = find_period(title) if title else None
    from_lead = find_period(lead)
    if from_title:
        meta.period = from_title[0]
        if from_lead and from_lead[1] == "month" and from_title[1] == "month" and from_lead[0] != from_title[0]:
            warnings.append(f"title says {from_title[0].start:%B %Y} but the lead says "
                            f"{from_lead[0].start:%B %Y}; took the title")
    elif (year := _title_year(title)) and not (from_lead and from_lead[0].start.year == from_lead[0].end.year == year):
        # "Freedom of Expression in Kazakhstan, 2023: Annual Monitoring Figures" over "…, January 2024": a
        # title's year the lead does not narrow is the period; the lead's other month is when it was written
        meta.period = Period(date(year, 1, 1), date(year, 12, 31))
    elif from_lead:
        meta.period = from_lead[0]
        glued = GLUED_MONTHS_RE.search(lead)
        if glued and lead.find(glued.group()) <= from_lead[2] + 1:
            warnings.append(f"the lead has two glued month names {glued.group()!r}; took the first")
    else:
        warnings.append("no report period found in the title or the lead")
    if meta.period:
        meta.kind = kind_of(meta.period, title, lead)
    return meta, warnings
