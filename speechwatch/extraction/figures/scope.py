"""Step "scope": the span a count covers — the report's period, the year to date, or another span.

A sentence states its scope ("since the beginning of the year", "In May", "against 7 in 2023") or
inherits the one a header before it set; comparisons and other years are `other` and never scored.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from itertools import pairwise

from speechwatch.extraction.document import BULLET_MARKS, OPT_BULLET, ReportDocument, is_table_row
from speechwatch.extraction.figures import cues
from speechwatch.extraction.figures.candidates import states_a_count
from speechwatch.extraction.figures.columns import caption_columns
from speechwatch.extraction.months import EN_FULL as _EN_MONTHS
from speechwatch.extraction.months import KK_MONTH, KK_STEM, MONTH, month_number, month_words
from speechwatch.extraction.numbers import parse_number
from speechwatch.extraction.parts_of_year import PART_OF_YEAR, PART_WORD, read_part
from speechwatch.extraction.schemas import Period, ReportMeta

# two months joined: "январь–октябрь", "January to May", "from March till June"
MONTH_RANGE = re.compile(rf"\b(?P<a>{MONTH})\s*(?:[-–—]|\bto\b|\btill\b|\buntil\b|\bthrough\b|\bпо\b)\s*"
                         rf"(?:\d{{1,2}}\s+)?(?P<b>{MONTH})(?!\w)", re.IGNORECASE)
OTHER_RANGE = re.compile(
    rf"\b(?:from|during|between|с)\s+(?:the\s+period\s+(?:of\s+)?)?(?:{MONTH})\b[^.;]{{0,25}}?"
    rf"(?:\bto\b|\btill\b|\buntil\b|\band\b|[-–—]|по)\s*(?:\d{{1,2}}\s+)?(?:{MONTH})\b",
    re.IGNORECASE,
)

IN_MONTH = re.compile(rf"\b(?:[Ii]n|[Oo]n|[Dd]uring|[Ff]rom|[Ss]ince)\s+(?P<m>{_EN_MONTHS})\b|\b[Вв]\s+(?P<m2>{MONTH})|"
                      # Kazakh "Қараша айында", "қарашада"
                      rf"(?<![\w-])(?P<m3>(?i:{KK_STEM})[а-яәғқңөұүһі]*)\s+айында\b|"
                      rf"(?<![\w-])(?P<m4>(?i:{KK_STEM})[а-яәғқңөұүһі]*?(?:да|де|та|те))(?![\w-])")

# "in the same period" pointing back to the span of the sentence before (with a year it is a comparison)
SAME_SPAN = re.compile(r"\b(?:in|over|during) the same (?:period|(?:[a-z]+|\d{1,2}) months)\b|"
                       r"\bза (?:тот же|этот же|этот) (?:период|срок)\b|\bза (?:это же|то же) время\b|"
                       r"\bза те же (?:[а-я]+|\d{1,2}) месяц\w*|"
                       r"\bв (?:тот же|этот же) период\b|\bсол кезеңде\b|\bосы кезеңде\b", re.IGNORECASE)
# a note saying what the brackets hold: "(in brackets – since the start of the year)", "Цифры в скобках ниже
# также даны с начала года:"
BRACKET_NOTE = re.compile(r"\(?\s*(?:in (?:brackets|parentheses)|в скобках|жақшада|жақша ішінде)\s*[-–—:,]?\s*"
                             r"(?P<span>[^)\n]{3,60})\)?"
                             # "(January-April figures in brackets)", "(данные за январь–апрель – в скобках)"
                             r"|(?P<span2>[^()\n:;]{3,60}?)\s*(?:[-–—]\s*)?(?:(?:are|is|follow|appear|stand)\s+)?"
                             r"(?:given\s+|shown\s+|указаны\s+|даны\s+|приводятся\s+)?"
                             # "(January-April figures in brackets)", "totals since 1 January follow in brackets."
                             r"(?:in (?:brackets|parentheses)|в скобках)\s*(?:\)|[.:;]|$)", re.IGNORECASE)


BRACKET_WORD = re.compile(r"brackets|parenthes|скобк|жақша", re.IGNORECASE)


# "this quarter", "в этом месяце", "осы айда": the report's own span named beside the year to date ("none this
# quarter, none since the start of the year") — such a sentence contrasts the two and sets neither for the next
THIS_SPAN = re.compile(
    r"\bthis (?:month|quarter|half[- ]year|period|reporting period)\b|\bв (?:этом|текущем|отч[её]тном) (?:месяце|"
    r"квартале|полугодии|периоде)\b|\bза (?:этот|отч[её]тный) (?:месяц|квартал|период)\b|\bосы (?:айда|тоқсанда|"
    r"кезеңде|жарты жылдықта)\b|\bесепті кезеңде\b", re.IGNORECASE)
_FROM_JANUARY = re.compile(r"(?i:since|from)\s+(?i:january)\b")  # the year to date's start, not a month named

ONE_DAY = re.compile(
    rf"^\s*{OPT_BULLET}(?:on the day of|on (?:{_EN_MONTHS})\s+\d{{1,2}}\b|on \d{{1,2}}\s+(?:{_EN_MONTHS})\b)",
    re.IGNORECASE,
)  # "On the day of the referendum, 8 facts …": a count for one day, not the month

OTHER_YEAR = re.compile(r"\b(?:in|for|of|during|за|в)\s+((?:19|20)\d\d)\b(?!\s*[-–—]\s*(?:19|20)\d\d)", re.IGNORECASE)

# "In May …", "В одном только январе …", "Только в январе …", Kazakh "Қаңтарда …", "Тек қаңтар айының өзінде …"
# ("August was the busiest month, with 71 reports": a sentence led by a month's name, not a date)
PERIOD_START = re.compile(rf"^\s*{OPT_BULLET}(?:(?:in|в|за)\s+(?:одном\s+)?(?:только\s+)?|только\s+в\s+|"
                          rf"(?:тек\s+)?(?=(?:{KK_STEM}))|(?=(?-i:{_EN_MONTHS.replace('May|', '')})\b(?!\s+\d)))"
                          rf"(?:{MONTH})\b", re.IGNORECASE)

PERIOD_FOLLOWING = re.compile(rf"\bthe following\b.*\bin\s+(?:{MONTH})\s+\d{{4}}", re.IGNORECASE)
# "July, August and September", "июль, август и сентябрь": months named one by one
_MONTH_LIST = re.compile(rf"\b(?:{MONTH})(?:\s*,\s*(?:{MONTH}))*\s*,?\s+(?:and|и|және|мен)\s+(?:{MONTH})\b",
                         re.IGNORECASE)
# "filed this month", "this November", "в этом месяце", "осы айда": the report's own month
# ("Сумма требований за месяц – …, с начала года – …": "for the month" in a monthly report is its own month)
THIS_MONTH = re.compile(rf"\bthis (?:month|(?P<m>{MONTH}))\b|\bв этом месяце\b|\bосы айда\b|"
                        r"\bза (?:этот |отч[её]тный )?месяц\b|\b(?:for|over|during) the month\b",
                        re.IGNORECASE)

# A paragraph that opens with a day ("May 12. …", "12 мая …", "On 3 March, …", "5 наурызда …") tells one
# event: a count or a sum in it is that event's, never the period's.
# (not the start of a span: "1 қаңтардан 30 қыркүйекке дейін …", "From 1 January …")
EVENT_LINE = re.compile(
    rf"^\s*{OPT_BULLET}(?:on\s+)?(?:(?:{_EN_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}\s+(?:{MONTH})\b"
    r"(?<!дан)(?<!ден)(?<!тан)(?<!тен)(?<!нан)(?<!нен))",
    re.IGNORECASE,
)
# the Kazakh genitive day: "Наурыздың 29-ы: …", "2024 жылғы сәуірдің 3-і күні …"
KK_DAY_LINE = re.compile(rf"^\s*{OPT_BULLET}(?:(?:19|20)\d\d\s*жыл\w*\s+)?{KK_MONTH}\s+\d{{1,2}}-", re.IGNORECASE)
HAS_YEAR = re.compile(r"(?:19|20)\d\d")
MONTH_OF_YEAR = re.compile(rf"\b(?:{MONTH})\s*,?\s*((?:19|20)\d\d)\b", re.IGNORECASE)  # "In October 2022"
WHOLE_YEAR = re.compile(
    r"\b(?:за|в)\s+((?:19|20)\d\d)\s+год\w*|\b(?:for|in|during|throughout)\s+(?:the\s+(?:whole\s+)?year\s+)?"
    r"((?:19|20)\d\d)\b(?!\s*[-–—/])|\b((?:19|20)\d\d)\s+жыл(?:ы|да|ғы)?\s+(?:бойы|ішінде)",
    re.IGNORECASE,
)
# Where a sentence turns to a second span: ", а за десять месяцев …", ", ал алғашқы екі айында …",
# ", while since January …", "; in the first quarter …" (not any "; ": list items share the span stated at
# the end)
CONTRAST = re.compile(
    r",\s*(?:а(?!\s+также)|ал|while|whereas|but|но)\s+|;\s+(?=(?:in|since|over|for|from|during|за|с|в)\s)"
    r"|,\s+(?=(?:за|over|in|for)\s+(?:the\s+)?(?:first\s+)?\w+\s+(?:месяц\w*|months?)\b)"
    r"|,\s+and\s+(?=(?:since|from|over|in|for)\b)"
    r"|,\s+(?:and|и)\s+(?=\d[\d\s]*\s(?:since|from|over|for|с|за)\s)"  # "62 in March, and 163 since New Year"
    r"|,\s+(?=which\s+(?:brings|raises|takes|puts)\b)",  # "66 entries, which brings the count since … to 311"
    re.IGNORECASE,
)
# "69 сообщений, с начала года – 714", "72 хабарлама, жыл басынан бері – 603": words, a dash, a count — a
# turn to another span when those words name one
SPAN_DASH = re.compile(r",\s+(?P<words>[^,.;:\d]{3,40}?)\s[-–—]\s*\d")
MONEY_CLAUSE_END = re.compile(r"[;()]|\.(?=\s|$)|,\s")


_BRACKETS = re.compile(r"\([^()]*\)")
# a bracket holding a count, not only a span: "(412 since the beginning of the year)", not "(January–June 2013)"
COUNT_IN_BRACKETS = re.compile(r"\([^()]*(?<![\d.])(?!(?:19|20)\d\d(?!\d))\d+[^()]*\)")
_YEAR_IN_BRACKETS = re.compile(r"\([^()]*(?:19|20)\d\d[^()]*\)")


def as_published(scope: str, report: ReportMeta | None) -> str:
    """A report that itself runs from 1 January (January's digest, a half-year, nine months, a year) has one
    span: "since the beginning of the year" there is the report's own period, published once as `period`."""
    p = report.period if report else None
    if scope == "ytd" and p is not None and (p.start.month, p.start.day) == (1, 1) and p.end.year == p.start.year:
        return "period"
    return scope


def period_for(scope: str, report: ReportMeta) -> Period | None:
    """The dates a scope stands for in this report (None for `other`)."""
    p = report.period
    if p is None:
        return None
    if scope == "period":
        return p
    if scope == "ytd":
        return Period(date(p.end.year, 1, 1), p.end)
    return None


# a bracket that gives another month's count: "(в октябре – 64)", "(in October, 51)"
_MONTH_IN_BRACKETS = re.compile(rf"\((?:[^()]*?\b(?:{MONTH})\b[^()]*?\d[^()]*|[^()]*?\d[^()]*?\b(?:{MONTH})\b[^()]*)\)",
                                re.IGNORECASE)


class ScopeReader:
    """The span each sentence counts over, read once per document (sentence scopes are cached)."""

    def __init__(self, doc: ReportDocument, report: ReportMeta) -> None:
        self.text = doc.flat
        self.report = report
        self.full_sentences = doc.sentences
        self._full_starts = [a for a, _ in self.full_sentences]
        self.text_end = len(self.text.rstrip())
        self._scope_cache: dict[str, str] = {}
        self.state_from_header = False  # the current scope was set by a header line ("…since …:")
        end = report.period.end if report.period else None
        self.ytd_extra: re.Pattern[str] | None = None
        # "January–June" is the year to date, except in a report whose own period is January to that month
        # (a half-year report): there it names the period itself.
        own = report.period is not None and end is not None and end.month > 1 and (
            report.period.start.year, report.period.start.month, report.period.start.day) == (end.year, 1, 1)
        if end is not None and not own:
            # "January–October", "from January to October", "за январь–октябрь", "қаңтар-қазан"
            self.ytd_extra = re.compile(
                rf"(?:from\s+|с\s+|за\s+)?{month_words(1)}(?:,?\s*{end.year})?(?:\s*(?:г\.|года))?"
                rf"\s*(?:[-–—]|to|through|till|until|по|до)\s*(?:the\s+end\s+of\s+|конца\s+)?{month_words(end.month)}",
                re.IGNORECASE,
            )

    def full_span(self, pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self._full_starts, pos) - 1
        if k >= 0 and self.full_sentences[k][0] <= pos < self.full_sentences[k][1]:
            return self.full_sentences[k]
        return None

    def full_sentence(self, pos: int) -> str:
        span = self.full_span(pos)
        return self.text[span[0] : span[1]] if span else ""

    def sentence_scope(self, s: str, state: str, previous: str = "") -> tuple[str, str]:
        """(scope of this sentence, state for the next ones). `previous` is the scope of the sentence
        before, which "in the same period" ("Сол кезеңде", "за тот же период") points back to."""
        outside = _BRACKETS.sub(" ", s)
        if (previous in ("period", "ytd") and SAME_SPAN.search(outside) and not re.search(r"(?:19|20)\d\d", outside)
                and not self.own_scope(SAME_SPAN.sub(" ", outside))):
            return previous, state  # "… 64 suits over the same six months (58 in the first half of 2011)"
        own = self.own_scope(s)
        if caption_columns(s):
            return state, state  # a table's caption names its columns' spans, not the text's after it
        if is_table_row(s.strip("\n")):
            return own or state, state  # so does a table's header
        if (own == "ytd" and "(" in s and COUNT_IN_BRACKETS.search(s)
                and (outside := self.own_scope(COUNT_IN_BRACKETS.sub(" ", s))) != "ytd"):
            # "In July, monitors documented 57 cases (412 since the beginning of the year). Of these:": the
            # year to date is the bracket's alone; the sentence, and the list it opens, count the month
            own = outside
            if not own:
                return state, state
        if own == "other":
            return "other", state
        if own == "ytd" and state != "ytd" and not s.rstrip().endswith(":") and states_a_count(s):
            # a year-to-date sentence with its own count ("Since January, 79 reports were registered.")
            # counts itself; a header or an opening without a count ("From January to October, …:")
            # sets the span of what follows
            return "ytd", state
        if own == "ytd" and BRACKET_WORD.search(s) and (note := BRACKET_NOTE.search(s)):
            # "Цифры в скобках ниже даны с начала года:": the year to date is the brackets', not the list's
            own = self.own_scope(s[: note.start()] + " " + s[note.end() :])
            if own != "ytd":
                return (own, own) if own else (state, state)
        if own == "ytd" and not s.rstrip().endswith(":") and THIS_SPAN.search(s):
            return "ytd", state
        if own:
            return own, own
        return state, state

    def opens_with_year_to_date(self, s: str) -> bool:
        """Whether the sentence opens on the year to date ("С начала года в суды поступило …", "Since
        January, …", "Жыл басынан бері …"): a paragraph that starts so counts the year to date throughout,
        until one of its sentences names another span."""
        m = cues.YTD_RE.search(s) or cues.FIRST_MONTHS_RE.search(s) or (
            self.ytd_extra.search(s) if self.ytd_extra else None)  # "С января по май включительно …"
        return bool(m) and self.own_scope(s) == "ytd" and len(s[: m.start()].split()) <= 2

    def contrast_clause_scope(self, pos: int, scope: str) -> str:
        """The span of the contrasted clause holding `pos` when a sentence joins two spans ("47 reports in
        October, and over ten months 436", "… 29 хабарлама тіркеді, ал алғашқы екі айында – 61"), or ''.

        The sentence as a whole reads as the year to date (its cue is found anywhere in it); a clause
        without that cue of its own is the report's own period."""
        span = self.full_span(pos)
        if span is None or scope != "ytd":
            return ""
        full = self.text[span[0] : span[1]]
        cuts = sorted({m.end() for m in CONTRAST.finditer(full)}
                      | {m.start("words") for m in SPAN_DASH.finditer(full) if self.own_scope(m["words"])}
                      # "… 27 хабарлама тіркеді; 2023 жылдың он бір айында … 341": a clause after ";" that names
                      # its own span
                      # (a bracket's span is the bracket's: "81 иск (в октябре – 8)" names no span of its own)
                      | {m.end() for m in re.finditer(r";\s+", full)
                         if self.own_scope(_BRACKETS.sub(" ", full[m.end():].split(";")[0]))
                         and self.own_scope(_BRACKETS.sub(" ", full[: m.start()].split(";")[-1]))})
        if not cuts:
            return ""
        bounds = [0, *cuts, len(full)]
        rel = pos - span[0]
        for a, b in pairwise(bounds):
            if a <= rel < b:
                part = full[a:b]
                own = self.own_scope(_BRACKETS.sub(" ", part))
                if own:
                    return own
                others = [self.own_scope(full[x:y]) for x, y in pairwise(bounds) if (x, y) != (a, b)]
                head = full.lstrip(" *\"«(" + BULLET_MARKS)
                if cues.YTD_RE.match(head) or cues.FIRST_MONTHS_RE.match(head):
                    return ""  # "Since the beginning of 2015, 19 charges …, while … claims reached 117": it opens all
                return "period" if "ytd" in others else ""
        return ""

    def _lists_own_months(self, s: str) -> bool:
        """"July, August and September" in a July–September review: its months, one by one."""
        p = self.report.period
        if p is None or p.start.year != p.end.year or p.start.month == p.end.month:
            return False
        run = _MONTH_LIST.search(s)
        if run is None:
            return False
        months = [month_number(m) for m in re.findall(MONTH, run.group(), re.IGNORECASE)]
        return months == list(range(p.start.month, p.end.month + 1))

    def _this_month(self, s: str) -> bool:
        """"… filed this November", "this month" in a monthly report: its own month."""
        p = self.report.period
        m = THIS_MONTH.search(s)
        if p is None or m is None or (p.start.year, p.start.month) != (p.end.year, p.end.month):
            return False
        return m["m"] is None or month_number(m["m"]) == p.start.month

    def _own_year_span(self, bracket: str) -> bool:
        """A bracket that holds only a span of the report's own year, no count: "(January–June 2013)"."""
        p = self.report.period
        years = {int(y) for y in re.findall(r"(?:19|20)\d\d", bracket)}
        return (p is not None and years == {p.end.year} and not re.search(r"(?<!\d)(?!(?:19|20)\d\d)\d+", bracket)
                and bool(MONTH_RANGE.search(bracket)))

    def own_scope(self, s: str) -> str:
        """The scope a sentence states by itself: ytd, period, other, or '' when it says none (cached: every
        step asks about the same few sentences)."""
        own = self._scope_cache.get(s)
        if own is None:
            own = self._scope_cache[s] = self._read_own_scope(s)
        return own

    def _read_own_scope(self, s: str) -> str:
        if _YEAR_IN_BRACKETS.search(s) and re.search(r"\d", _YEAR_IN_BRACKETS.sub(" ", s)):
            # "Год завершился с 698 сообщениями (в 2022 году — 761)": the bracket holds the year compared
            # (but not a bracket that only names a span of the report's own year: "For the half year as a whole
            # (January–June 2013) the count stands at 439")
            s = _YEAR_IN_BRACKETS.sub(lambda m: m.group() if self._own_year_span(m.group()) else " ", s)
        ytd = cues.YTD_RE.search(s)
        if ytd and self.report.period and any(int(y) != self.report.period.end.year
                                              for y in re.findall(r"(?:19|20)\d\d", ytd.group())):
            return "other"  # "с начала 2012 года" in a 2013 report: another year's count
        if ytd or (self.ytd_extra and self.ytd_extra.search(s)):
            return "ytd"
        months = self.first_months(s)
        if months:
            return months
        if self.whole_year_to_date(s):
            return "ytd"
        if self._names_own_length(s) or self._names_own_part_of_year(s):
            return "period"  # "during the half-year" in a July–December review, "over the third quarter of 2016"
        if self._january_to_report_month(s):
            return "ytd"  # "за январь–октябрь" in the October report
        rng = OTHER_RANGE.search(s)
        if rng and self._is_own_range(rng.group()):
            return "period"  # "Between January and June 2014 …" in the January–June 2014 review
        if self._lists_own_months(s):
            return "period"  # "За июль, август и сентябрь 2020 года" in the third quarter's review
        cmp = cues.COMPARISON_RE.search(s)
        # "… registered 412 reports in this period, against 365 in the first half of 2019": the year
        # compared with is not the count's
        own = s[: cmp.start()] if cmp and states_a_count(s[: cmp.start()]) else s  # (also "Fifty-seven suits …")
        if rng or self.names_other_month(s) or ONE_DAY.match(s) or self.only_other_years(own):
            return "other"
        start = PERIOD_START.match(s)
        if start and (self._one_month_of_many(s, start.end()) or self._another_month(s, start.end())):
            return "other"  # "В сентябре зарегистрировано 72 сообщения" in a January–September report
        if start or PERIOD_FOLLOWING.search(s) or self.names_only_report_month(s) or self._this_month(s):
            return "period"
        return ""

    def whole_year_to_date(self, s: str) -> bool:
        """A report ending in December that counts its whole year ("Всего за 2023 год … 498 сообщений",
        "In 2023 as a whole, …"): that is the year to date, not the month's (or quarter's) figure."""
        p = self.report.period
        if p is None or p.end.month != 12 or (p.start.month, p.start.day) == (1, 1):
            return False
        m = WHOLE_YEAR.search(s)
        if not m or int(next(g for g in m.groups() if g)) != p.end.year:
            return False
        return not re.search(rf"\b(?:{MONTH})\b", s, re.IGNORECASE)

    def _names_own_length(self, s: str) -> bool:
        """"the half-year", "за полугодие", "this quarter" in a review as long as that: its own span."""
        p = self.report.period
        if p is None or p.start.day != 1:
            return False
        length = (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
        words = {6: r"\b(?:the|this) half-year\b|\bза (?:это )?полугодие\b|\bжарты\s*жыл(?:да|ында)\b",
                 3: r"\b(?:the|this) quarter\b|\bза (?:этот )?квартал\b|\bтоқсанда\b"}.get(length)
        return bool(words and re.search(words, s, re.IGNORECASE)) and not cues.YTD_RE.search(s)

    def _names_own_part_of_year(self, s: str) -> bool:
        """"the third quarter of 2016", "во втором полугодии", "үшінші тоқсанда" in a review of exactly that
        quarter or half-year: its own span (a year named with it must be the report's)."""
        p = self.report.period
        if p is None or p.start.year != p.end.year or p.start.day != 1 or p.end.month - p.start.month not in (2, 5):
            return False
        if not PART_WORD.search(s) or cues.YTD_RE.search(s):
            return False
        for m in PART_OF_YEAR.finditer(s):
            part = read_part(m)
            if part and part.year in (None, p.end.year) and (part.first_month, part.last_month) == (
                    p.start.month, p.end.month):
                return True
        return False

    def _january_to_report_month(self, s: str) -> bool:
        """"January–October", "с января по октябрь" in a report of a later part of the year that ends in
        October: the year to date."""
        p = self.report.period
        m = MONTH_RANGE.search(s)
        if p is None or m is None or p.start.month == 1 or p.start.year != p.end.year:
            return False
        return (month_number(m["a"]), month_number(m["b"])) == (1, p.end.month) and not any(
            int(y) != p.end.year for y in re.findall(r"\b((?:19|20)\d\d)\b", s[m.start() : m.end() + 12]))

    def _is_own_range(self, words: str) -> bool:
        """Whether a month range ("from March to May") is the report's own period (same months, one year)."""
        p = self.report.period
        if p is None or p.start.year != p.end.year:
            return False
        names = [month_number(m) for m in re.findall(rf"\b(?:{MONTH})\b", words, re.IGNORECASE)]
        return len(names) >= 2 and (names[0], names[-1]) == (p.start.month, p.end.month)

    def _another_month(self, s: str, month_end: int) -> bool:
        """A monthly report's sentence opening with another month ("In January the group had received 49
        reports" in the February report): that month's count, a comparison."""
        p = self.report.period
        if p is None or (p.start.year, p.start.month) != (p.end.year, p.end.month):
            return False
        words = re.findall(r"\w+", s[:month_end])
        n = month_number(words[-1]) if words else None
        if n is None or n == p.start.month:
            return False
        return not re.match(r"\s*(?:,?\s*(?:19|20)\d\d\s*)?(?:[-–—]|to\b|по\b|till\b)", s[month_end:], re.IGNORECASE)

    def _one_month_of_many(self, s: str, month_end: int) -> bool:
        """Whether a sentence opening "In <Month>" names one month of a report that spans several."""
        p = self.report.period
        if p is None or (p.start.year, p.start.month) == (p.end.year, p.end.month):
            return False
        # (not the first of two months: "January to June", "Шілде мен қыркүйек аралығында")
        return not re.match(r"\s*(?:,?\s*(?:19|20)\d\d\s*)?(?:[-–—]|to\b|по\b|till\b|and\b|и\b|мен\b|және\b)",
                            s[month_end:], re.IGNORECASE)

    def first_months(self, s: str) -> str:
        """Scope of "the first N months (of the year)": ytd up to the report's month, else other."""
        m = cues.FIRST_MONTHS_RE.search(s)
        p = self.report.period
        if not m or p is None:
            return ""
        # the wordings each name their count group n, n2, n3, … (q, q2, … a quarter or half; y3, … its year)
        found = m.groupdict()
        part = next((g for k, g in found.items() if k.startswith("q") and g), "").lower()
        words = next((g for k, g in found.items() if k.startswith("n") and g), None)
        year = next((g for k, g in found.items() if k.startswith("y") and g), None)
        n = (3 if part.startswith(("quarter", "квартал", "тоқсан")) else 6) if part else parse_number(words or "")
        if n is None or not 1 <= n <= 12:
            return ""
        if year and int(year) != p.end.year:
            return "other"
        length = (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
        if (n == length and p.start.day == 1 and p.start.month != 1
                and not re.search(r"first|перв|алғашқы|бірінші", m.group(), re.IGNORECASE)):
            return "period"  # "за три месяца" in a February–April review: its own span
        if n != p.end.month or p.end.year != p.start.year:
            return "other"
        return "period" if (p.start.month, p.start.day) == (1, 1) else "ytd"

    def in_event_paragraph(self, line: str) -> bool:
        """Whether a line (a paragraph of the flat text) opens with a day and so tells one event."""
        return bool(EVENT_LINE.match(line) or KK_DAY_LINE.match(line))

    def only_other_years(self, s: str) -> bool:
        """A sentence about another year only ("The figures for 2017 were: 864 reports …")."""
        p = self.report.period
        if p is None:
            return False
        if not HAS_YEAR.search(s):
            return False
        years = {int(m[1]) for m in OTHER_YEAR.finditer(s)} | {int(y) for y in MONTH_OF_YEAR.findall(s)}
        inside = any(p.start.year <= int(y) <= p.end.year for y in re.findall(r"\b((?:19|20)\d\d)\b", s))
        return bool(years) and not inside

    def names_only_report_month(self, s: str) -> bool:
        """A monthly report's sentence dated to its own month ("… claimed in February", "заявленных в марте")."""
        p = self.report.period
        if p is None or (p.start.year, p.start.month) != (p.end.year, p.end.month):
            return False
        # (a bracket comparing another month is not the sentence's: "… 78 сообщений (в октябре – 64)")
        s = _MONTH_IN_BRACKETS.sub(" ", s) if "(" in s else s
        months = {month_number(m["m"] or m["m2"] or m["m3"] or m["m4"]) for m in IN_MONTH.finditer(s)
                  if not _FROM_JANUARY.match(m.group(0))}  # "none in May and none since January": May
        return months == {p.start.month}

    def names_only_other_months(self, s: str) -> bool:
        """A monthly report's words that name months, none of them its own ("(в октябре – 64)")."""
        p = self.report.period
        if p is None or (p.start.year, p.start.month) != (p.end.year, p.end.month):
            return False
        named = {month_number(w) for w in re.findall(rf"\b(?:{MONTH})\b", s, re.IGNORECASE)} - {None}
        return bool(named) and p.start.month not in named

    def names_other_month(self, s: str) -> bool:
        """A monthly report's sentence that also dates its count to another month ("In May, … passed in March")."""
        p = self.report.period
        if p is None or (p.start.year, p.start.month) != (p.end.year, p.end.month):
            return False
        s = _MONTH_IN_BRACKETS.sub(" ", s) if "(" in s else s
        cmp = cues.COMPARISON_RE.search(s)
        own = s[: cmp.start()] if cmp else s  # "33 reports, against 29 in January" still counts February
        months = {month_number(m["m"] or m["m2"] or m["m3"] or m["m4"]) for m in IN_MONTH.finditer(own)}
        return p.start.month in months and len(months) > 1

    def names_report_period(self, clause: str) -> bool:
        p = self.report.period
        if p is None or p.start.month != p.end.month or p.start.year != p.end.year:
            return False
        for m in re.finditer(rf"\b(?P<m>{MONTH})\s*,?\s*(?P<y>\d{{4}})", clause, re.IGNORECASE):
            if month_number(m["m"]) == p.start.month and int(m["y"]) == p.start.year:
                return True
        return False

    def money_year_scope(self, before: str, after: str, scope: str) -> str:
        """A sum's own year: "… KZT was demanded in 2020" in the 2020 report is the period's, "compared to
        2013, when … KZT was demanded" another year's."""
        p = self.report.period
        if p is None:
            return scope
        near = MONEY_CLAUSE_END.split(before)[-1] + " " + after
        years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", near)}
        if not years:
            years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", before)}
        if years and not any(p.start.year <= y <= p.end.year for y in years):
            return "other"
        return scope

    def other_year(self, before: str) -> bool:
        if not self.report.period:
            return False
        years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", before)}
        return bool(years) and not any(self.report.period.start.year <= y <= self.report.period.end.year for y in years)

    def scope_settled(self, pos: int, line_idx: int) -> bool:
        """False for a sentence cut by the end of the text that has not yet said which period it counts."""
        span = self.full_span(pos)
        end = self.text_end
        if span is None or span[1] < end or re.search(r"[.!?;:)»\"|]\Z", self.text[:end]):
            return True
        full = self.text[span[0] : span[1]]
        if self.sentence_scope(full, "none")[0] != "none" or self.names_report_period(full):
            return True
        return self.state_from_header
