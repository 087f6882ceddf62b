"""Statements of absence as figures of value 0 (methodology §3.7).

"No journalists were killed during the period", "Случаев гибели журналистов не зафиксировано",
"Murders of journalists: none" state a count: zero. The count is published like any other figure, so
it becomes a `Statistic` with value 0 (and, in `incidents`, never an incident). The negation forms are
data (`data/measure_lexicon.json`, "absence"); the measure is the one the sentence's other words name
(`lexicon.best_measure`), so a statement whose subject names no measure clearly gives nothing.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from speechwatch.extraction.document import BULLET_CHAR, ReportDocument
from speechwatch.extraction.figures import lexicon
from speechwatch.extraction.figures.scope import ScopeReader, as_published
from speechwatch.extraction.months import month_number
from speechwatch.extraction.numbers import find_numbers
from speechwatch.extraction.parts_of_year import PART_OF_YEAR, read_part
from speechwatch.extraction.schemas import Period, ReportMeta, Statistic

_DATA = Path(__file__).resolve().parents[1] / "data" / "measure_lexicon.json"
MAX_WORDS = 24  # a statement of absence is short; a long sentence with "no" is narrative
_OTHER_DIGITS = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d+")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))["absence"]
    return {lang: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
            for lang, pats in raw.items() if isinstance(pats, list)}


def absence_pattern(language: str) -> re.Pattern[str] | None:
    return _patterns().get(language)


@cache
def _frames() -> dict[str, re.Pattern[str]]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))["reporting_frame"]
    return {lang: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
            for lang, pats in raw.items() if isinstance(pats, list)}


def without_reporting_frame(sentence: str, language: str) -> str:
    """The statement without the words that say how the news came ("we received no information about
    newspapers being shut down" → "… newspapers being shut down"): those name no measure."""
    for lang in dict.fromkeys((language, "en")):
        if (p := _frames().get(lang)) is not None:
            sentence = p.sub(" ", sentence)
    return sentence


_SINCE_YEAR = re.compile(r"\b(?:since|с|from)\s+(?:19|20)\d\d(?:\s*года?)?", re.IGNORECASE)
# Where a sentence that also holds counts splits into parts, one of which may state an absence (zero-width, so
# one pattern both finds the parts and cuts the sentence there):
_PART_STARTS = re.compile(
    r"(?<=;)|(?=,\s+(?:а|ал|but|while|whereas|но)\s)|(?=,\s+and\s+(?:no|not|neither|nobody)\b)|"
    # "1 criminal charge (none has reached court yet)": the bracket states its own absence
    r"(?=\(\s*(?:none|ни одно\w*)\b)|"
    # "Вынесено шесть актов (…), из них ни одного – в пользу журналистов"
    r"(?=,\s+(?:из них|из которых|of them|of which)\s+(?:ни|none|not|no)\b)|"
    # "…, в пользу журналистов и граждан – ни одного."
    r"(?=,\s+[^,;()]{3,80}[–—-]\s*(?:ни одного|ни одной|none)\s*[.;]?\s*$)",
    re.IGNORECASE)
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|stated|claimed|replied|told|warned|заявил\w*|сообщил\w*|ответил\w*|"
                              r"утвержда\w*|предупредил\w*|мәлімдеді|хабарлады|деді|ескертті)\b", re.IGNORECASE)
_RELATIVE_TAIL = re.compile(r",\s+(?:which|что|бұл)\b[^.;]*[.;]?\s*$", re.IGNORECASE)
# (also with its span: "Administrative charges - none this month (since January - 4).", "… (6 since January).")
_BRACKETED_COUNT = re.compile(r"\s*\((?:[^()\d]{2,40}[-–—:]?\s*)?\d+(?:\s+[^()\d]{2,40})?\)\s*(?=[.;]?\s*$)")
# "1) murders – none", "- arrests: none"
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-zа-я][.)]|" + BULLET_CHAR + r")\s+", re.IGNORECASE)
# Coordinated subjects of one negation: "no attacks and no blockings", "ұстау немесе шабуыл … жоқ"
_COORD = re.compile(r"\s+(?:and|or|nor|и|или|ни|немесе|және|мен|не)\s+|,\s+|;\s*", re.IGNORECASE)


def is_absence(sentence: str, language: str) -> bool:
    """Whether `sentence` says that something did not happen (no count in digits, short)."""
    pats = [p for lang in {language, "en"} if (p := absence_pattern(lang))]
    sentence = _LIST_MARK.sub("", sentence)
    # "blocking – none in February (1)": the bracketed count is the year to date, read by the figures
    sentence = _BRACKETED_COUNT.sub("", sentence)
    sentence = _RELATIVE_TAIL.sub("", sentence)  # "…, which is the only piece of good news": a comment on it
    if len(sentence.split()) > MAX_WORDS or _OTHER_DIGITS.search(sentence):
        return False
    return any(p.search(sentence) for p in pats)


def absence_figures(doc: ReportDocument, report: ReportMeta | None, known: list[Statistic]) -> list[Statistic]:
    """Zero figures for the statements of absence in `doc`, skipping measures already counted."""
    have = {(s.measure, s.scope) for s in known}
    reader: ScopeReader | None = None  # built at the first statement of absence (most reports have none)
    out: list[Statistic] = []
    period = report.period if report else None
    for start, end in _statements(doc):
        sentence = doc.flat[start:end].strip(" ,;\n\t")  # (a part split off after its comma starts with it)
        if not sentence or not is_absence(sentence, doc.language) or _REPORTED_SPEECH.search(sentence):
            continue  # ("The ministry said it 'had received no requests'": someone's word in a story, not a count)
        # (a year the count runs from — "for the first time since 2008 there was no killing" — is no other span)
        years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", _SINCE_YEAR.sub(" ", sentence))}
        if period and years and not any(period.start.year <= y <= period.end.year for y in years):
            continue  # "in 2019 there were no murders" in a 2020 report: a comparison, not this period's figure
        if reader is None and report is not None:
            reader = ScopeReader(doc, report)
        # the span is read as the figures read it ("since January", "in the eight months", "in 2009" in
        # a December report), plus "this year"
        # ("Убийств журналистов в 2019 году не зафиксировано" in a September 2019 report: the year so far)
        own_year = bool(period and (period.start.month, period.end.month) != (1, 12) and period.end.month != 12
                        and years == {period.end.year})
        to_date = bool((reader and reader.own_scope(sentence) == "ytd") or _THIS_YEAR.search(sentence) or own_year)
        to_date = to_date or _items_above_count_the_year(doc, start, known)
        scopes = ["ytd"] if to_date else ["period"]
        # ("No criminal case was opened in February, nor in January" in a February report: both spans)
        every_month = _names_every_month_so_far(sentence, period)
        to_date = to_date or every_month
        if to_date and reader and (reader.names_only_report_month(sentence) or _THIS_SPAN.search(sentence)
                                   or _names_reports_part_of_year(sentence, period) or every_month):
            scopes = ["period", "ytd"]  # "… either in June or in the six months", "none this quarter, none since …"
        lead = len(doc.text[start:end]) - len(doc.text[start:end].lstrip(" ,;\n\t"))
        a, b = start + lead, start + lead + len(sentence)
        scopes = list(dict.fromkeys(as_published(scope, report) for scope in scopes))
        for measure in absent_measures(sentence, doc.language):
            for scope in scopes:
                if (measure, scope) in have:
                    continue
                have.add((measure, scope))
                out.append(Statistic(measure, scope, 0, _period_for(scope, period), (a, b), doc.text[a:b]))
    return out


def _items_above_count_the_year(doc: ReportDocument, start: int, known: list[Statistic]) -> bool:
    """Whether a list item's siblings just above it are all year-to-date counts ("С начала года …:" / "- 9
    обвинений в клевете;" / "- ни одного обвинения в разжигании розни;"): the item's zero is of that span."""
    spans = doc.line_spans
    k = next((i for i, (a, b) in enumerate(spans) if a <= start <= b), -1)
    if k < 1 or not doc.lines[k].bullet:
        return False
    first = k
    while first > 0 and k - first < 3 and doc.lines[first - 1].bullet:
        first -= 1  # the items of the same list, no header or blank line between
    above = [s for s in known if spans[first][0] <= s.span[0] < spans[k][0]]
    return bool(above) and all(s.scope == "ytd" for s in above)


def _names_every_month_so_far(sentence: str, period: Period | None) -> bool:
    """A monthly report's statement naming its own month and each month before it in the year."""
    if period is None or (period.start.year, period.start.month) != (period.end.year, period.end.month) or (
            period.start.month == 1):
        return False
    named = {month_number(w) for w in re.findall(r"[^\W\d_]+", sentence)} - {None}
    return named == set(range(1, period.start.month + 1))


def _names_reports_part_of_year(sentence: str, period: Period | None) -> bool:
    """"ни в третьем квартале, ни с начала года": the quarter or half-year named is the report's own."""
    for m in PART_OF_YEAR.finditer(sentence):
        part = read_part(m)
        if part and period and (part.first_month, part.last_month) == (period.start.month, period.end.month):
            return True
    return False


def _statements(doc: ReportDocument) -> list[tuple[int, int]]:
    """The sentences, and the ";"-parts of a sentence that also holds counts: "Журналистов в этот период
    не убивали; физических нападений – 3, угроз – 9." states an absence in its first part."""
    out: list[tuple[int, int]] = []
    for start, end in doc.sentences:
        text = doc.flat[start:end]
        if not _PART_STARTS.search(text) or not _holds_count(text):
            out.append((start, end))
            continue
        at = start
        # "…; физических нападений – 3", "Тілшілерге 6 рет …, ал шабуыл фактілері … тіркелген жоқ": each part
        for part in _PART_STARTS.split(text):
            out.append((at, at + len(part)))
            at += len(part)
    return out


def _holds_count(text: str) -> bool:
    """Digits, or a count told in words ("six physical attacks and thirteen threats, and no killing …")."""
    return bool(_OTHER_DIGITS.search(text)) or any(n.words and n.integer for n in find_numbers(text))


# "ни одного", "not one", "бірде-бір": a negation, not a count
_NEGATED_ONE = re.compile(r"\b(?:ни\s+одн\w+|not\s+(?:a\s+)?single|not\s+one|бірде-?\s?бір|ешбір)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:ни|не|нет|no|not|none|nobody|nothing|never|жоқ|ешбір|бірде-?\s?бір)\b", re.IGNORECASE)
_THIS_SPAN = re.compile(r"\bthis (?:month|quarter|half-year|half year|period)\b|"
                        r"\bв этом (?:месяце|квартале|полугодии)\b|\bза отчетный период\b|"
                        r"\bосы (?:айда|тоқсанда)\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\bthis year\b|\bв этом году\b|\bбиыл\b", re.IGNORECASE)


def absent_measures(sentence: str, language: str) -> list[str]:
    """The measures a statement of absence names: the one its words name, or, when they name several
    ("neither attacks nor detentions were recorded"), one for each coordinated subject that names exactly
    one measure clearly (a part naming none, or two at once, gives nothing)."""
    sentence = without_reporting_frame(sentence, language)
    lead, colon, rest = sentence.rpartition(":")
    named = absent_measures(rest, language) if colon and is_absence(rest, language) else []
    if named and not _NEGATION.search(lead):
        # "Prosecutors stayed out of the picture: not a single criminal case was opened" (not "Murders: none",
        # whose words before the colon name what there was none of)
        return named
    if _holds_count(_NEGATED_ONE.sub(" ", sentence)):
        # "Суды вынесли пять актов по делам о защите чести, в пользу СМИ – ни одного": a sentence that tells a
        # count states an absence only in the part that holds the negation
        negated = [p for p in re.split(r",\s+|;\s*", sentence) if _NEGATION.search(p)]
        if len(negated) == 1:
            sentence = negated[0]
    found: list[str] = []
    for part in _COORD.split(sentence):
        m = _coded(lexicon.best_measure(part, language), part, language) if part.strip() else None
        if m is not None and not m.startswith("*.") and m not in found:
            found.append(m)
    if len(found) >= 2:
        return found  # "No journalist was killed, and no newspaper was shut down": one zero for each
    measure = _coded(lexicon.best_measure(sentence, language), sentence, language)
    if measure is None and len(found) == 1 and len(_COORD.split(sentence)) >= 2:
        return found  # "Not one outlet was closed or suspended by a court": the parts name one measure
    return [] if measure is None or measure.startswith("*.") else [measure]


def _coded(measure: str | None, words: str, language: str) -> str | None:
    """"*.false_info" (criminal or administrative) settled by the group the words also name ("Уголовных
    преследований по статье о … ложной информации"); unsettled it stays "*."."""
    if measure is None or not measure.startswith("*."):
        return measure
    groups = {m: s for s, m in lexicon.scores(words, language) if m.count(".") == 1}
    ranked = sorted(((s, m) for m, s in groups.items() if f"{m}{measure[1:]}" in lexicon.lexicon().phrases),
                    reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return f"{ranked[0][1]}{measure[1:]}"
    return measure


def _period_for(scope: str, period: Period | None) -> Period | None:
    if period is None:
        return None
    if scope == "ytd":
        return Period(period.start.replace(month=1, day=1), period.end)
    return period
