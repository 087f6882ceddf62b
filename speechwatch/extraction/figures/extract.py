"""Published figures: every count and sum a report states about itself, as (measure, scope, value).

How a number becomes a figure:
1. it is a count (not a date, year, article number, percentage or money) or a sum of money;
2. the clause that describes it (the words after it, or a "Label – N" before it) names a measure from
   the cue table (`cues.py`); a clause under a parent figure ("including", "of them", a list under
   "Among them:") is read only against the parent's sub-measures, so "3 for defamation" under
   "8 administrative accusations" is an administrative defamation count;
3. its scope comes from the sentence or the list header above it ("since the beginning of the year" →
   ytd), comparisons ("against 7 in 2023") get `previous_year`/`other`;
4. a clause cut off by the end of the text before its measure is clear is no figure.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from speechwatch.extraction.document import ReportDocument
from speechwatch.extraction.figures import cues, lexicon
from speechwatch.extraction.months import EN_FULL as _EN_MONTHS
from speechwatch.extraction.months import MONTH, english_names, month_number
from speechwatch.extraction.numbers import NumberSpan, find_numbers, parse_number
from speechwatch.extraction.schemas import Period, ReportMeta, Statistic, UnmappedFigure

LIST_ITEM = re.compile(r"^\s*(?:[-–—•·*]+\s*)?(?:\d|[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі-]+\s)")
LIST_MARK = re.compile(r"^\s*[-–—•·*]")
HEADER_FOLLOWS = re.compile(
    r"^\s*(?:among them|these included?|these are|in particular|including|из них|в том числе|"
    r"of them)\s*:?\s*$",
    re.IGNORECASE,
)
INCLUDING = re.compile(
    r"\binclud\w*|\bof them\b|\bof which\b|\bamong them\b|\bof those\b|из них|в том числе|\(", re.IGNORECASE
)
OF_THEM_SENTENCE = re.compile(
    r"^\s*(?:of them|among them|из них|в том числе|среди них|"
    # "Among the October reports, 8 concerned …", "Of these reports, …", "Из этих сообщений …"
    r"(?:among|of)\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,3}?(?:reports|cases|messages|complaints)|"
    r"(?:из|среди)\s+(?:этих|них|поступивших|зарегистрированных)?\s*(?:[\w-]+\s+){0,2}?(?:сообщений|случаев))"
    r"\b(?!\s*:?\s*$)",
    re.IGNORECASE,
)
BARE_COUNT = re.compile(
    r"^\s*(?:cases?|reports?|instances?|incidents?|facts?|times|хабарлама\w*|жағдай\w*|дерек\w*)"
    r"(?:\s+(?:тіркелді|were (?:recorded|registered)))?\s*$",
    re.IGNORECASE,
)
KK_BARE_THEN_NEXT = re.compile(r"^(\s*(?:хабарлама\w*|жағдай\w*|дерек\w*))\s*(?:[,;]|және\s|,\s*және\s)", re.IGNORECASE)
PRE_STOP = re.compile(r"[;:,(]\s*|\s[-–—]\s+")
RESTATE = re.compile(r"^\s*(?:of the|out of the|of these|of those|из(?: этих)?)\s*$", re.IGNORECASE)
OF_THEM_START = re.compile(r"^\s*(?:of them|ones?|of those|из них)\b", re.IGNORECASE)
ALL_OF_THEM = re.compile(r"\ball of them\b|\ball of which\b|все они|все из них", re.IGNORECASE)
PAREN_COUNT = re.compile(
    r"^\s*(?:incidents?|cases?|reports?|facts?)\s+(?:were\s+|was\s+)?"
    r"(?:reported|recorded|registered|documented)\b",
    re.IGNORECASE,
)
CLAUSE_STOP = re.compile(
    r"[;!?]|\.(?=\s|$)|:|\(|\)|\n|,\s+of them\b|"
    r",?\s+(?:including|in particular|of which|among them|all of them|all of which|"
    r"в том числе|из них)\b",
    re.IGNORECASE,
)
BEFORE_SKIP = re.compile(
    r"(?:\barticles?|\bart\.|\bparts?|\bparagraph|\bpar\.|\bchapter|no\.|№|ст\.|стать[а-яё]*|"
    r"глав[аы]|ч\.|п\.|\bitems?|\bpoints?|\bsection|\bclause|usd\s*=?|=|out of|"
    r"[A-Za-zА-Яа-я]-)\s*\Z",
    re.IGNORECASE,
)
NARRATIVE_BLOCK = re.compile(
    r"\b(?:years?|days?|months?|times|people|persons|employees|residents|"
    r"sentenced|signatures|percent)\b",
    re.IGNORECASE,
)


@dataclass
class _Figure:
    measure: str
    value: int
    start: int
    end: int
    scope: str
    parent: _Figure | None = None
    sentence: int = -1
    line: int = -1
    extra: list[str] = field(default_factory=list)


LEXICAL_MAX_WORDS = 12  # a label is short; a longer clause is narrative, read by cues only


@dataclass
class _Candidate:
    """What the steps learn about one number: its clause, parent, measure, span and scope."""

    n: NumberSpan
    ss: int  # clause-sentence bounds and index
    se: int
    si: int
    line_idx: int
    scope: str  # the scope of its sentence
    prev: _Figure | None  # the figure before it in the same sentence
    list_parent: _Figure | None
    clause: str = ""
    clause_end: int = 0
    tail: str = ""
    truncated: bool = False
    not_a_count: bool = False
    parent: _Figure | None = None
    measure: str | None = None
    start: int = 0
    end: int = 0
    in_paren: bool = False
    label_form: bool = False
    fig_scope: str = ""


# The steps a number goes through to become a figure, in order; each is a method `step_*` below that
# may drop the candidate (candidates → clause → list structure/parent → measure → label form →
# count check → cut-off check → scope).
FIGURE_STEPS = ("step_clause", "step_parent", "step_measure", "step_label", "step_count", "step_cutoff",
                "step_scope")


OTHER_RANGE = re.compile(
    rf"\b(?:from|during|between|с)\s+(?:the\s+period\s+(?:of\s+)?)?(?:{MONTH})\b[^.;]{{0,25}}?"
    rf"(?:\bto\b|\btill\b|\buntil\b|\band\b|[-–—]|по)\s*(?:\d{{1,2}}\s+)?(?:{MONTH})\b",
    re.IGNORECASE,
)


IN_MONTH = re.compile(rf"\b(?:[Ii]n|[Oo]n|[Dd]uring|[Ff]rom|[Ss]ince)\s+(?P<m>{_EN_MONTHS})\b|\b[Вв]\s+(?P<m2>{MONTH})")
ONE_DAY = re.compile(
    rf"^\s*(?:[-–•]\s*)?(?:on the day of|on (?:{_EN_MONTHS})\s+\d{{1,2}}\b|on \d{{1,2}}\s+(?:{_EN_MONTHS})\b)",
    re.IGNORECASE,
)  # "On the day of the referendum, 8 facts …": a count for one day, not the month
OTHER_YEAR = re.compile(r"\b(?:in|for|of|during|за|в)\s+((?:19|20)\d\d)\b(?!\s*[-–—]\s*(?:19|20)\d\d)", re.IGNORECASE)
PERIOD_START = re.compile(rf"^\s*(?:[-–•]\s*)?(?:in|в|за)\s+(?:{MONTH})\b", re.IGNORECASE)
PERIOD_FOLLOWING = re.compile(rf"\bthe following\b.*\bin\s+(?:{MONTH})\s+\d{{4}}", re.IGNORECASE)


def _names_a_measure(word: str) -> bool:
    """Whether a word glued to a number is itself a measure's word ("5obstructions", "3угрозы")."""
    return any(pattern.match(word) for _, pattern in cues.COMPILED_CUES)


def _states_a_count(s: str) -> bool:
    """Whether a sentence holds a number other than a year (digits or a number word)."""
    return bool(re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", s))) or any(
        n.words and n.integer is not None for n in find_numbers(s))


def _is_count_candidate(text: str, n: NumberSpan) -> bool:
    value = n.integer
    if value is None or n.scaled:
        return False
    raw = text[n.start : n.end]
    before, after = text[max(0, n.start - 14) : n.start], text[n.end : n.end + 20]
    glued = re.match(r"[^\W\d_]{4,}", after)
    if glued and not n.words and (lexicon.is_count_noun(glued.group(), "en") or _names_a_measure(glued.group())):
        pass  # "47reports", "40сообщений": a count glued to its noun by a lost space
    elif re.match(r"^[-/.]\d|^\d|^[^\W\d_]", after) and not n.words:  # 73-3, 16/12, 5th, KZT1000
        return False
    if re.search(r"[\w/]\Z", before) and not n.words:  # Khabar24, KZT1000000
        return False
    if BEFORE_SKIP.search(before) or re.search(r"\d-\s*\Z", before):
        return False
    if not n.words and 1900 <= value <= 2100 and len(raw) == 4:
        return False
    if re.match(rf"^[ \t]*(?:{MONTH})\b", after, re.IGNORECASE) or (re.search(
        rf"\b(?:{MONTH})[ \t]*\Z", before, re.IGNORECASE
    ) and not re.search(r"(?:да|де|та|те)[ \t]*\Z", before)):  # Kazakh "қарашасында 23" is "in November"
        return False  # a date: "24 april", "April 24"
    if re.match(r"^\s*(?:%|percent|per cent|процент)", after, re.IGNORECASE):
        return False
    if re.match(r"^[’']s\b", after):
        return False
    if n.words and re.search(r"(?:\bни|\bnot a|\bnone of the)\s+\Z", before, re.IGNORECASE):
        return False  # "ни одного случая": a statement of absence (figures/absence.py gives it value 0)
    return not (
        n.words
        and raw.lower() in {"one", "a"}
        and re.match(r"^\s+(?:of(?!\s+(?:them|those))|day|more|another)\b", after)
    )


class _Extractor:
    def __init__(self, doc: ReportDocument, report: ReportMeta) -> None:
        self.doc = doc
        self.text = doc.flat
        self.report = report
        self.figures: list[_Figure] = []
        self.unmapped: list[UnmappedFigure] = []
        self.sentences = doc.clauses
        self.full_sentences = doc.sentences
        self._full_starts = [a for a, _ in self.full_sentences]
        self.text_end = len(self.text.rstrip())
        self._scope_cache: dict[str, str] = {}
        self._state_from_header = False  # the current scope was set by a header line ("…since …:")
        self.lines = doc.line_spans
        end = report.period.end if report.period else None
        self.ytd_extra = None
        # "January–June" is the year to date, except in a report whose own period is January to that month
        # (a half-year report): there it names the period itself.
        own = report.period is not None and end is not None and end.month > 1 and (
            report.period.start.year, report.period.start.month, report.period.start.day) == (end.year, 1, 1)
        if end is not None and not own:
            mname = english_names(end.month) or [""]
            alts = "|".join(re.escape(x) for x in mname)
            self.ytd_extra = re.compile(
                rf"(?:from\s+)?january(?:,?\s*{end.year})?\s*(?:[-–—]|to|through|till|until)\s*(?:{alts})",
                re.IGNORECASE,
            )

    # --- scope ---------------------------------------------------------------------------------------
    def _full_span(self, pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self._full_starts, pos) - 1
        if k >= 0 and self.full_sentences[k][0] <= pos < self.full_sentences[k][1]:
            return self.full_sentences[k]
        return None

    def _full_sentence(self, pos: int) -> str:
        span = self._full_span(pos)
        return self.text[span[0] : span[1]] if span else ""

    def _sentence_scope(self, s: str, state: str) -> tuple[str, str]:
        """(scope of this sentence, state for the next ones)."""
        own = self._scope_cache.get(s)
        if own is None:
            own = self._scope_cache[s] = self._own_scope(s)
        if own == "other":
            return "other", state
        if own == "ytd" and state != "ytd" and not s.rstrip().endswith(":") and _states_a_count(s):
            # a year-to-date sentence with its own count ("Since January, 79 reports were registered.")
            # counts itself; a header or an opening without a count ("From January to October, …:")
            # sets the span of what follows
            return "ytd", state
        if own:
            return own, own
        return state, state

    def _own_scope(self, s: str) -> str:
        """The scope a sentence states by itself: ytd, period, other, or '' when it says none."""
        if cues.YTD_RE.search(s) or (self.ytd_extra and self.ytd_extra.search(s)):
            return "ytd"
        months = self._first_months(s)
        if months:
            return months
        if OTHER_RANGE.search(s) or self._names_other_month(s) or ONE_DAY.match(s) or self._only_other_years(s):
            return "other"
        if PERIOD_START.match(s) or PERIOD_FOLLOWING.search(s) or self._names_only_report_month(s):
            return "period"
        return ""

    def _first_months(self, s: str) -> str:
        """Scope of "the first N months (of the year)": ytd up to the report's month, else other."""
        m = cues.FIRST_MONTHS_RE.search(s)
        p = self.report.period
        if not m or p is None:
            return ""
        n = parse_number(m["n"] or m["n2"] or m["n3"])
        if n is None or not 1 <= n <= 12:
            return ""
        if n != p.end.month or p.end.year != p.start.year:
            return "other"
        return "period" if (p.start.month, p.start.day) == (1, 1) else "ytd"

    def _only_other_years(self, s: str) -> bool:
        """A sentence about another year only ("The figures for 2017 were: 864 reports …")."""
        p = self.report.period
        if p is None:
            return False
        years = {int(m[1]) for m in OTHER_YEAR.finditer(s)}
        inside = any(p.start.year <= int(y) <= p.end.year for y in re.findall(r"\b((?:19|20)\d\d)\b", s))
        return bool(years) and not inside

    def _names_only_report_month(self, s: str) -> bool:
        """A monthly report's sentence dated to its own month ("… claimed in February", "заявленных в марте")."""
        p = self.report.period
        if p is None or (p.start.year, p.start.month) != (p.end.year, p.end.month):
            return False
        months = {month_number(m["m"] or m["m2"]) for m in IN_MONTH.finditer(s)}
        return months == {p.start.month}

    # --- measure resolution --------------------------------------------------------------------------
    def _resolve(self, clause: str, parent: _Figure | None, tail: str, lexical: bool = False) -> str | None:
        """Measure named by `clause` (plus a trailing parenthetical `tail`), restricted to the parent's children.

        The cue table is tried first; with `lexical` (the layout already says the number is a count: a
        list item under a group, a "Label – N" line) a wording no cue lists is scored against the
        codebook's words for each measure (`lexicon.best_measure`)."""
        allowed = cues.CHILDREN.get(parent.measure) if parent else None
        art = self._article_measure(clause + " " + tail)
        if art and self._allowed(art, allowed):
            return art
        words = clause.split()
        for measure, pattern in cues.COMPILED_CUES:
            m = pattern.search(clause)
            if not m:
                continue
            lead = clause[: m.start()]
            if len(lead.split()) > 14 or NARRATIVE_BLOCK.search(lead):
                continue
            if cues.NO_MEASURE.search(clause[: m.end()]) or (
                measure in {"rights.attack", "rights.threat"} and cues.MIXED_ATTACKS.search(clause)
            ):
                return None
            if measure.startswith("*."):
                measure = self._code_for(measure[2:], clause + " " + tail, parent)
            if self._allowed(measure, allowed):
                return measure
        del words
        if lexical and len(clause.split()) <= LEXICAL_MAX_WORDS and not cues.NO_MEASURE.search(clause):
            found = lexicon.best_measure(clause, self.doc.language, allowed)
            if found and found.startswith("*."):
                found = self._code_for(found[2:], clause + " " + tail, parent)
            if found and self._allowed(found, allowed):
                return found
        return None

    @staticmethod
    def _allowed(measure: str, allowed: tuple[str, ...] | None) -> bool:
        if allowed is None:
            return True
        return any(measure == a or (a.endswith(".") and measure.startswith(a)) for a in allowed)

    @staticmethod
    def _code_for(sub: str, clause: str, parent: _Figure | None) -> str:
        if parent and parent.measure in {"legal.administrative", "legal.criminal"}:
            return f"{parent.measure}.{sub}"
        if cues.ADMIN_CODE_RE.search(clause):
            return f"legal.administrative.{sub}"
        return f"legal.criminal.{sub}"

    @staticmethod
    def _article_measure(s: str) -> str | None:
        for m in cues.ARTICLE_RE.finditer(s):
            rest = m["rest"]
            code = "AC" if cues.ADMIN_CODE_RE.search(rest) else "CC" if cues.CRIMINAL_CODE_RE.search(rest) else None
            if code and (code, m["num"]) in cues.article_measures():
                return cues.article_measures()[(code, m["num"])]
        return None

    # --- main loop -----------------------------------------------------------------------------------
    def run(self) -> list[_Figure]:
        t = self.text
        all_numbers = self.doc.numbers
        amounts = self.doc.money
        in_money = _span_cover([(a, b) for a, b, _ in amounts])
        numbers = [n for n in all_numbers if not in_money(n.start) and _is_count_candidate(t, n)]
        state = "period"
        cursor = 0
        list_parent: _Figure | None = None
        list_parent_line = -1
        for si, (ss, se) in enumerate(self.sentences):
            sentence = t[ss:se]
            full = self._full_sentence(ss) or sentence
            scope, state = self._sentence_scope(full, state)
            if self._own_scope(full) in {"ytd", "period"}:
                self._state_from_header = full.rstrip().endswith(":")
            line_idx = self._line_of(ss)
            ls, le = self.lines[line_idx]
            line = t[ls:le]
            if (
                list_parent is not None
                and line.strip()
                and line_idx > list_parent_line
                and (not (LIST_ITEM.match(line) or HEADER_FOLLOWS.match(line)) or self._closes_list(line_idx))
            ):
                list_parent = None
            if HEADER_FOLLOWS.match(sentence) and self.figures and self.figures[-1].line >= line_idx - 3:
                list_parent, list_parent_line = self.figures[-1], line_idx
                continue
            prev_in_sentence: _Figure | None = None
            while cursor < len(numbers) and numbers[cursor].start < ss:
                cursor += 1
            k = cursor
            while k < len(numbers) and numbers[k].start < se:
                k += 1
            in_sentence = numbers[cursor:k]
            restated = self._restated(in_sentence[0], ss, si) if in_sentence else None
            if restated is not None:
                in_sentence = in_sentence[1:]  # the count it repeats is the parent of what follows
            for k, n in enumerate(in_sentence):
                nxt = in_sentence[k + 1].start if k + 1 < len(in_sentence) else se
                fig = self._figure_for(n, ss, nxt, scope, prev_in_sentence, restated or list_parent, line_idx, si)
                if fig is None:
                    continue
                self.figures.append(fig)
                prev_in_sentence = fig
                if (
                    fig.parent is None
                    and fig.measure in cues.GROUP_MEASURES
                    and (
                        re.search(
                            r"(?:including|include|included|following|among them)\s*:?\s*$",
                            t[fig.end : le],
                            re.IGNORECASE,
                        )
                        or t[ls:le].rstrip().endswith(":")
                    )
                ):
                    list_parent, list_parent_line = fig, line_idx
                elif (
                    fig.parent is None
                    and fig.measure in cues.GROUP_MEASURES
                    and list_parent is not None
                    and (not self._allowed(fig.measure, cues.CHILDREN.get(list_parent.measure)))
                ):
                    list_parent = None
            self._all_of_them(sentence, ss, scope, line_idx, si)
        self._money(amounts, numbers)
        return self.figures

    def _closes_list(self, line_idx: int) -> bool:
        """A capitalised, unbulleted line after an item that ended its sentence starts new prose."""
        line = self.text[self.lines[line_idx][0] : self.lines[line_idx][1]].lstrip()
        if not line[:1].isupper():
            return False
        k = line_idx - 1
        while k >= 0 and not self.text[self.lines[k][0] : self.lines[k][1]].strip():
            k -= 1
        prev = self.text[self.lines[k][0] : self.lines[k][1]].rstrip() if k >= 0 else ""
        return prev.endswith((".", "!", "?"))

    def _pre_label(self, n: NumberSpan, ss: int, prev: _Figure | None, line_idx: int) -> str:
        """The words between the last clause boundary (or previous figure) and the number."""
        lo = max(ss, self.lines[line_idx][0], prev.end if prev else 0)
        pre = self.text[lo : n.start]
        cut = max((m.end() for m in PRE_STOP.finditer(pre)), default=0)
        return pre[cut:]

    def _opener_parent(self, opener: str, si: int) -> _Figure | None:
        """The count an opener such as "Of them," or "Among the October reports," divides: the last figure,
        or, when the opener names the report's own month, the last group count of the period."""
        p = self.report.period
        named = {month_number(m) for m in re.findall(rf"\b(?:{MONTH})\b", opener, re.IGNORECASE)}
        if p is not None and named == {p.end.month}:
            for f in reversed(self.figures):
                if f.sentence < si - 4:
                    break
                if f.scope == "period" and f.measure in cues.CHILDREN and f.parent is None:
                    return f
        return self.figures[-1] if self.figures[-1].sentence >= si - 2 else None

    def _restated(self, n: NumberSpan, ss: int, si: int) -> _Figure | None:
        """The figure a sentence opening "Of the 26 civil suits," / "Из 22 претензий" repeats, if any."""
        if not RESTATE.match(self.text[ss : n.start]) or n.integer is None:
            return None
        for f in reversed(self.figures):
            if f.sentence < si - 4:
                break
            if f.value == n.integer and f.measure in cues.CHILDREN:
                return f
        return None

    def _line_of(self, pos: int) -> int:
        lo, hi = 0, len(self.lines) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.lines[mid][0] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def _figure_for(
        self,
        n: NumberSpan,
        ss: int,
        se: int,
        scope: str,
        prev: _Figure | None,
        list_parent: _Figure | None,
        line_idx: int,
        si: int,
    ) -> _Figure | None:
        """Run the candidate through the named steps (`FIGURE_STEPS`); any step may drop it."""
        c = _Candidate(n, ss, se, si, line_idx, scope, prev, list_parent)
        for step in FIGURE_STEPS:
            if not getattr(self, step)(c):
                return None
        return self._make_figure(c)

    # --- the steps of one candidate, in order ----------------------------------------------------------
    def step_clause(self, c: _Candidate) -> bool:
        """The words that describe the number: up to the next stop, plus a trailing "(Article …)"."""
        t = self.text
        after_full = t[c.n.end : c.se]
        if cues.NEVER_A_COUNT.match(after_full):
            return False
        c.not_a_count = bool(cues.NOT_A_COUNT.match(after_full))
        stop = CLAUSE_STOP.search(after_full)
        c.clause_end = c.n.end + (stop.start() if stop else len(after_full))
        c.clause = t[c.n.end : c.clause_end]
        tail = t[c.clause_end : min(c.se, c.clause_end + 160)]
        c.tail = tail if tail.lstrip().startswith("(") else ""
        if re.search(r"(?:article|art\.|статье|статьи|ст\.)\s*$", c.clause, re.IGNORECASE):
            c.tail = re.split(r"[;\n]", t[c.clause_end : c.clause_end + 160])[0]  # "4 по статье 274 УК РК"
        if re.match(r"\s*(?:[,;]|(?:and|и|және)\s)", c.clause) and re.search(r"[^\W\d_]\s+[-–—]\s*\Z", t[c.ss : c.n.start]):
            # "civil suits – 21 and criminal cases – 3", "иски – 18, уголовные обвинения – 6": the number
            # belongs to the label before it, not the one after
            c.clause_end = c.n.end + len(c.clause) - len(c.clause.lstrip())
            c.clause = ""
        bare = KK_BARE_THEN_NEXT.match(c.clause)
        if bare:
            # Kazakh puts each description before its count: "… туралы 7 хабарлама, … туралы 9 хабарлама және
            # 13 …": what follows the count noun describes the next number
            c.clause_end = c.n.end + bare.end(1)
            c.clause = t[c.n.end : c.clause_end]
        c.truncated = c.clause_end >= self.text_end or (
            c.n.end + len(after_full) >= self.text_end and not re.search(r"[.;!?)]\s*$", t[c.n.end : c.se])
        )
        c.start, c.end = c.n.start, c.clause_end
        return True

    def step_parent(self, c: _Candidate) -> bool:
        """List structure: the figure this one is a part of ("including", "of them", a list item)."""
        t, prev = self.text, c.prev
        between = t[prev.end : c.n.start] if prev else ""
        parent = None
        if prev is not None and INCLUDING.search(between):
            parent = prev
            while parent is not None and parent.measure not in cues.CHILDREN:
                parent = parent.parent  # "(6 in court), including 5 under Article 274": 5 is a criminal charge
        elif prev is not None and prev.measure in cues.CHILDREN and OF_THEM_START.match(c.clause):
            parent = prev  # "civil claims – 52, forty-eight of them for …"
        elif prev is not None and prev.parent is not None and re.fullmatch(r"[\s,;]*(?:and|и)?[\s,;]*", between):
            parent = prev.parent
        elif prev is not None and prev.measure in cues.CHILDREN and re.fullmatch(r"[ \t]*:[ \t]*", between):
            parent = prev  # "44 reports of violations: 12 on …, 13 on … and 19 on …"
        elif (
            prev is None
            and (opener := OF_THEM_SENTENCE.match(t[c.ss : c.n.start]))
            and self.figures
            and (self.figures[-1].sentence >= c.si - 4)
        ):
            parent = self._opener_parent(opener.group(), c.si)
        elif OF_THEM_START.match(c.clause) and self.figures:
            parent = self.figures[-1] if self.figures[-1].measure.startswith("legal.civil") else None
        elif c.list_parent is not None and (LIST_ITEM.match(t[self.lines[c.line_idx][0] : c.n.end])):
            parent = c.list_parent
        c.parent = parent
        return True

    def step_measure(self, c: _Candidate) -> bool:
        """The measure the clause names, read only against the parent group's sub-measures."""
        t = self.text
        parent = c.parent
        measure = None if c.not_a_count else self._resolve(c.clause, parent, c.tail, lexical=parent is not None)
        c.in_paren = bool(re.search(r"\(\s*\Z", t[max(c.ss, c.n.start - 3) : c.n.start]))
        if measure is None and c.in_paren and PAREN_COUNT.match(c.clause):
            # "... DDoS attacks on media (21 incidents reported in December 2023)": the topic is before "("
            measure = self._last_cue(t[c.ss : c.n.start], parent)
        if measure is None and parent is not None and (parent is c.list_parent or parent.measure == "reports.total"):
            top = self._resolve(c.clause, None, c.tail)  # a new group total ends the list it follows
            # older digests count categories straight under the total ("Of them, 12 concerned refusals");
            # read as top-level counts, so they must name a counted noun like any other
            if top in cues.GROUP_MEASURES or (top and parent.measure == "reports.total"):
                # the total stays the parent of a sentence right after it, so its siblings follow
                keep = top not in cues.GROUP_MEASURES and parent is not c.list_parent and parent.sentence >= c.si - 1
                measure, c.parent = top, parent if keep else None
        if (measure is None or measure == "reports.total") and BARE_COUNT.match(c.clause):
            # the clause after the number is only "cases" / "хабарлама": the words before it say what
            pre = self._pre_label(c.n, c.ss, c.prev, c.line_idx)
            found = self._resolve(pre.strip(" -–—•·*"), c.parent, "", lexical=True) if pre.strip() else None
            if found and (found != "reports.total" or measure is None):
                measure, c.start = found, c.n.start - len(pre) + (len(pre) - len(pre.lstrip(" -–—•·*")))
        c.measure = measure
        return True

    def step_label(self, c: _Candidate) -> bool:
        """The "Label – N" / "Label: N" form: the label before the number names the measure. A label
        that names none is kept as an unmapped figure when its line is only that label and count."""
        if c.measure is not None or not (not c.clause.strip(" .,;:-–—") or len(c.clause.split()) <= 1
                                         or c.not_a_count):
            return True
        t = self.text
        ls = self.lines[c.line_idx][0]
        lo = max(ls, c.ss, c.prev.end if c.prev else 0)  # the label starts after the previous figure
        whole = re.split(r"[:;](?=\s)(?!\s*\Z)", t[lo : c.n.start])[-1]  # keep "Label: N"
        # the label after the last comma, else the whole one ("honour, dignity and business reputation – 14")
        label = whole
        for label in (re.split(r",(?=\s)", whole)[-1], whole):
            if cues.LABEL_END.search(label) and len(label.split()) <= 20:
                label_words = cues.LABEL_END.sub("", label).strip(" -–—:")
                # "Over the first eight months of 2021 the total number of reports reached 377": the label
                # is what follows the span it is dated by
                label_words = re.sub(r"^.*\b(?:19|20)\d\d\b(?:\s*(?:г\.|года|жыл\w*))?\s*,?\s*", "", label_words) or label_words
                c.measure = self._resolve(label_words, c.parent, "", lexical=True)
                if c.measure is None and c.parent is not None and (
                        c.parent is c.list_parent or c.parent.measure == "reports.total"):
                    # a new group total ends the list it follows; older digests list categories
                    # straight under the total ("нападения – 2")
                    top = self._resolve(label_words, None, "", lexical=True)
                    if top in cues.GROUP_MEASURES or (top and c.parent.measure == "reports.total"):
                        c.measure, c.parent = top, None
                if c.measure:
                    break
        if c.measure:
            c.start = c.n.start - len(label) + len(label) - len(label.lstrip())
            c.end = c.n.end
            c.truncated = False
        else:
            self._keep_unmapped(c, whole)
        return True

    def step_count(self, c: _Candidate) -> bool:
        """A top-level number in running text must count something reports count (a count noun)."""
        if c.measure is None or (c.not_a_count and c.start == c.n.start):
            return False
        c.label_form = c.start != c.n.start
        if (
            c.parent is None
            and self.figures
            and self.figures[-1].sentence >= c.si - 2
            and c.measure not in cues.GROUP_MEASURES
            and self._allowed(c.measure, cues.CHILDREN.get(self.figures[-1].measure, ()))
        ):
            c.parent = self.figures[-1]  # a sub-measure told right after its parent's count belongs to it
        return not (
            c.parent is None
            and not c.label_form
            and not c.in_paren
            and (not cues.COUNT_NOUN.match(c.clause) or cues.NARRATIVE_SENTENCE.search(self.text[c.n.end : c.se]))
        )

    def step_cutoff(self, c: _Candidate) -> bool:
        """A clause cut off by the end of the text before its meaning is clear is no figure."""
        if c.label_form:
            return True  # "administrative – 3" at the very end: the label before it has said what it counts
        if c.truncated and not re.search(r"\w{3,}\s*$", c.clause.strip()):
            return False
        return not (
            c.truncated
            and c.measure in {"legal.criminal", "legal.civil", "legal.administrative"}
            and len(c.clause.split()) < 2
        )

    def step_scope(self, c: _Candidate) -> bool:
        """Period, year to date or another span: the sentence's scope, the parent's, or a comparison."""
        t, prev, parent = self.text, c.prev, c.parent
        before = t[max(c.ss, (prev.end if prev else c.ss)) : c.n.start]
        fig_scope = c.scope
        if parent is not None and parent.sentence != c.si and not self._own_scope(self._full_sentence(c.n.start)):
            fig_scope = parent.scope  # "… were passed in March. … three of them in favour …": the parent's scope
        if cues.COMPARISON_RE.search(before) or (
            re.search(r"\bin (?:19|20)\d\d\b", before) and self._other_year(before)
        ):
            fig_scope = "other"
        if self._names_report_period(c.clause):
            fig_scope = "period"
        elif not self._scope_settled(c.n.start, c.line_idx):
            return False
        if fig_scope == "other" and cues.PERSON_EVENT.match(c.clause):
            return False  # "On April 3, two journalists were detained": one event told, not a count
        c.fig_scope = fig_scope
        return c.n.integer is not None

    def _make_figure(self, c: _Candidate) -> _Figure:
        assert c.measure is not None and c.n.integer is not None
        fig = _Figure(c.measure, c.n.integer, c.start, self._trim_end(c.start, c.end), c.fig_scope, c.parent, c.si,
                      c.line_idx)
        # a subtype directly under legal.total also states its group ("1 defamation charge ... administrative")
        # (not civil: honour suits and court decisions are parts of the civil count, not all of it)
        if c.parent is not None and c.parent.measure == "legal.total" and c.measure.count(".") == 2 and (
                not c.measure.startswith("legal.civil.")):
            group = c.measure.rsplit(".", 1)[0]
            self.figures.append(_Figure(group, c.n.integer, c.start, fig.end, c.fig_scope, c.parent, c.si,
                                        c.line_idx))
        return fig

    def _keep_unmapped(self, c: _Candidate, label: str) -> None:
        """Keep "Label – N" as an unmapped figure when the line holds only that label and its count."""
        ls, le = self.lines[c.line_idx]
        line = self.text[ls:le]
        rest = self.text[c.n.end : le]
        words = re.findall(r"[^\W\d_]{3,}", label)
        if (c.n.integer is None or not re.fullmatch(r"\s*[.;,]?\s*", rest) or len(words) < 2
                or not cues.LABEL_END.search(label) or c.not_a_count or re.search(r"https?:|www\.|@|#", label)):
            return
        text = cues.LABEL_END.sub("", label).strip(" -–—:•·*")
        start = ls + line.find(text) if text and line.find(text) >= 0 else c.n.start
        self.unmapped.append(UnmappedFigure(text, c.n.integer, c.scope, (start, c.n.end)))

    def _scope_settled(self, pos: int, line_idx: int) -> bool:
        """False for a sentence cut by the end of the text that has not yet said which period it counts."""
        span = self._full_span(pos)
        end = self.text_end
        if span is None or span[1] < end or re.search(r"[.!?;:)»\"]\Z", self.text[:end]):
            return True
        full = self.text[span[0] : span[1]]
        if self._sentence_scope(full, "none")[0] != "none" or self._names_report_period(full):
            return True
        return self._state_from_header

    def _last_cue(self, s: str, parent: _Figure | None) -> str | None:
        """The measure whose cue stands last in `s` (the topic a parenthetical count refers back to)."""
        best: tuple[int, str] | None = None
        allowed = cues.CHILDREN.get(parent.measure) if parent else None
        for measure, pattern in cues.COMPILED_CUES:
            for m in pattern.finditer(s):
                code = self._code_for(measure[2:], s, parent) if measure.startswith("*.") else measure
                if self._allowed(code, allowed) and (best is None or m.start() > best[0]):
                    best = (m.start(), code)
        return best[1] if best else None

    def _names_other_month(self, s: str) -> bool:
        """A monthly report's sentence that also dates its count to another month ("In May, … passed in March")."""
        p = self.report.period
        if p is None or (p.start.year, p.start.month) != (p.end.year, p.end.month):
            return False
        cmp = cues.COMPARISON_RE.search(s)
        own = s[: cmp.start()] if cmp else s  # "33 reports, against 29 in January" still counts February
        months = {month_number(m["m"] or m["m2"]) for m in IN_MONTH.finditer(own)}
        return p.start.month in months and len(months) > 1

    def _names_report_period(self, clause: str) -> bool:
        p = self.report.period
        if p is None or p.start.month != p.end.month or p.start.year != p.end.year:
            return False
        for m in re.finditer(rf"\b(?P<m>{MONTH})\s*,?\s*(?P<y>\d{{4}})", clause, re.IGNORECASE):
            if month_number(m["m"]) == p.start.month and int(m["y"]) == p.start.year:
                return True
        return False

    def _money_year_scope(self, before: str, after: str, scope: str) -> str:
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

    def _other_year(self, before: str) -> bool:
        if not self.report.period:
            return False
        years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", before)}
        return bool(years) and not any(self.report.period.start.year <= y <= self.report.period.end.year for y in years)

    def _trim_end(self, start: int, end: int) -> int:
        while end > start and self.text[end - 1] in " ,;:–—-\n\t":
            end -= 1
        return end

    def _all_of_them(self, sentence: str, ss: int, scope: str, line_idx: int, si: int) -> None:
        """'3 claims and lawsuits. All of them relate to honor …' → the child measure has the parent's value."""
        m = ALL_OF_THEM.search(sentence)
        if not m or not self.figures:
            return
        prev = self.figures[-1]
        if prev.sentence < si - 2:
            return
        measure = self._resolve(sentence[m.end() :], prev, "")
        if measure:
            self.figures.append(
                _Figure(
                    measure, prev.value, ss + m.start(), ss + len(sentence.rstrip()), prev.scope, prev, si, line_idx
                )
            )

    def _money(self, amounts: list[tuple[int, int, int]], numbers: list[NumberSpan]) -> None:
        t = self.text
        state = "period"
        bounds = self.sentences
        by_sentence: dict[int, list[_Figure]] = {}
        for f in self.figures:
            by_sentence.setdefault(f.sentence, []).append(f)
        pending = sorted(amounts)
        cursor = 0
        for si, (ss, se) in enumerate(bounds):
            sentence = t[ss:se]
            scope, state = self._sentence_scope(self._full_sentence(ss) or sentence, state)
            while cursor < len(pending) and pending[cursor][0] < ss:
                cursor += 1
            k = cursor
            while k < len(pending) and pending[k][0] < se:
                k += 1
            for a, b, kzt in pending[cursor:k]:
                if re.match(r"^\s*\d", t[b : b + 6]) or (b >= self.text_end - 1 and not t[a:b].strip()[-1].isalpha()
                                                         and not re.match(r"[.;!?)]", t[b : b + 1])):
                    continue
                before = t[ss:a]
                measure = None
                fig_scope = scope
                start = a
                if cues.RECOVERED_RE.search(before):
                    measure = "legal.civil.recovered_kzt"
                elif (m := cues.CLAIMED_RE.search(before)) and len(
                    re.split(r"[,;]\s+(?:and\s+|и\s+)?", t[ss : ss + m.start()])[-1].split()) <= 4:
                    measure = "legal.civil.claimed_kzt"
                    start = ss + m.start()
                elif cues.CLAIM_COUNT_MONEY_RE.search(t[max(ss, a - 30) : a]):
                    owners = [
                        f
                        for f in by_sentence.get(si, [])
                        if ss <= f.start < a and f.measure in {"legal.civil", "legal.civil.honor"}
                    ]
                    if owners:
                        measure = "legal.civil.claimed_kzt"
                        fig_scope = owners[-1].scope
                        start = owners[-1].start
                after = MONEY_CLAUSE_END.split(t[b:se], 1)[0]
                if measure is None and len(after.split()) <= 6:
                    # the verb after the sum: "79 million KZT was demanded in 2020"
                    if cues.CLAIMED_AFTER_RE.match(after):
                        measure = "legal.civil.claimed_kzt"
                    elif cues.RECOVERED_AFTER_RE.match(after):
                        measure = "legal.civil.recovered_kzt"
                    if measure is not None:
                        fig_scope = self._money_year_scope(t[ss:a], after, fig_scope)
                if measure is None:
                    continue
                before_fig = t[ss:a]
                if cues.COMPARISON_RE.search(before_fig[-60:]):
                    fig_scope = "other"
                self.figures.append(_Figure(measure, kzt, start, b, fig_scope, None, si, self._line_of(a)))
        del numbers


MONEY_CLAUSE_END = re.compile(r"[;()]|\.(?=\s|$)|,\s")


def _period_for(scope: str, report: ReportMeta) -> Period | None:
    p = report.period
    if p is None:
        return None
    if scope == "period":
        return p
    if scope == "ytd":
        return Period(date(p.end.year, 1, 1), p.end)
    return None


def _span_cover(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """`covered(pos)`: whether some span (a, b) has a <= pos < b, in O(log n) per position.

    (Testing every span for every number made the figures step quadratic in the report's length.)
    Spans sorted by start; a position is covered iff the furthest end among the spans starting at or
    before it lies beyond it.
    """
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    furthest: list[int] = []
    reach = -1
    for _, b in ordered:
        reach = max(reach, b)
        furthest.append(reach)

    def covered(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and furthest[k] > pos

    return covered


def extract_figures(text: str, language: str, report: ReportMeta, doc: ReportDocument | None = None
                    ) -> list[Statistic]:
    """Published figures of the report, in text order, deduplicated on (measure, scope, value).

    `doc` is the pipeline's `ReportDocument` of `text` (built here when a caller has none)."""
    if doc is None or doc.text != text:
        doc = ReportDocument(text, language, report.period if report else None)
    return read_figures(doc, report)[0]


def read_figures(doc: ReportDocument, report: ReportMeta) -> tuple[list[Statistic], list[UnmappedFigure]]:
    """(figures, unmapped figures) of the document: see `extract_figures` and `UnmappedFigure`."""
    text = doc.text
    extractor = _Extractor(doc, report)
    figures = extractor.run()
    figures = _drop_ambiguous_siblings(figures)
    figures = _group_sum_is_report_total(figures)
    seen: set[tuple[str, str, int]] = set()
    out: list[Statistic] = []
    for f in sorted(figures, key=lambda f: f.start):
        key = (f.measure, f.scope, f.value)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Statistic(
                f.measure, f.scope, f.value, _period_for(f.scope, report), (f.start, f.end), text[f.start : f.end]
            )
        )
    return out, extractor.unmapped


GROUP_TOTALS = ("rights.total", "access.total", "legal.total")


def _group_sum_is_report_total(figures: list[_Figure]) -> list[_Figure]:
    """A group total that a later count of the same group contradicts, and that equals the sum of the
    three group totals, is the report's total ("47 reports of violations of the rights of journalists
    and media" followed by rights – 13, access – 15, claims – 19): the groups constrain their parent."""
    for scope in {f.scope for f in figures}:
        if any(f.measure == "reports.total" and f.scope == scope for f in figures):
            continue
        tops = [f for f in figures if f.scope == scope and f.parent is None and f.measure in GROUP_TOTALS]
        for f in tops:
            rest = [g for g in tops if g is not f]
            last = {g.measure: g.value for g in rest}  # the latest count of each group
            if (len(last) == 3 and any(g.measure == f.measure and g.value != f.value for g in rest)
                    and sum(last.values()) == f.value):
                f.measure = "reports.total"
                break
    return figures


def _drop_ambiguous_siblings(figures: list[_Figure]) -> list[_Figure]:
    """Two items of one list that map to the same measure are sub-counts of it, not its total: drop both."""
    groups: dict[tuple[int, str, str], list[_Figure]] = {}
    for f in figures:
        if f.parent is not None:
            groups.setdefault((id(f.parent), f.measure, f.scope), []).append(f)
    bad = {id(f) for fs in groups.values() if len({x.start for x in fs}) > 1 for f in fs}
    return [f for f in figures if id(f) not in bad]


__all__ = ["extract_figures", "month_number", "read_figures"]
