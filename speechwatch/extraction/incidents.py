"""Incidents of a report: segment the narrative, then read each segment into an IncidentRecord.

    extract_incidents(text, language, report) -> list[IncidentRecord]

Stages (each a module of its own so it can be tested and replaced alone): `segment` (where incidents
are), `dates` (when, resolved against the report period), `classify` (primary and secondary
categories from cue data), `actors`, `places`, `legal` (code, article, part) and money via
`money.find_amounts`, with the kind of each amount read from the words before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date

from speechwatch.extraction import story_model
from speechwatch.extraction.actors import find_actors
from speechwatch.extraction.category_model import predict
from speechwatch.extraction.classify import classify, first_sentence, key_sentence
from speechwatch.extraction.dates import incident_date
from speechwatch.extraction.document import BULLET_CHAR, split_sentences
from speechwatch.extraction.legal import find_legal_bases
from speechwatch.extraction.not_incident import is_list_intro, is_narrative_block
from speechwatch.extraction.places import find_places
from speechwatch.extraction.schemas import Amount, IncidentRecord, LegalBasis, Period, ReportMeta, Statistic
from speechwatch.extraction.segment import Segment, is_follow_up, segment

_BULLET = re.compile("^" + BULLET_CHAR + r"+\s*")
_CURRENCY = re.compile(r"tenge|KZT|тенге|теңге|тг\b|₸", re.IGNORECASE)
# Leading labels that are not part of the first sentence: "April 6:", "June 27.", "3 October 2024", "1."
_DATE_LABEL = re.compile(r"^(?:[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?[:.]\s+|\d{1,2} [A-Za-z]+ \d{4}\s+|"
                         r"\d{1,2}\.\s+)")
_AMOUNT_KIND = [
    ("fine", re.compile(r"\b(fine[ds]?|penalty|штраф\w*)", re.IGNORECASE)),
    ("recovered", re.compile(r"\b(recovered|collected|взыскал\w*|взыскан\w*|выплатил\w*)", re.IGNORECASE)),
    ("awarded", re.compile(r"\b(award\w*|ordered|to pay|obliged|присудил\w*|обязал\w*)", re.IGNORECASE)),
    ("claimed", re.compile(r"\b(claim\w*|demand\w*|sought|seek\w*|recover(y)?|compensation|damages|requested|asked|"
                           r"требу\w*|потребова\w*|иск\w*|возмещени\w*|взыскать)", re.IGNORECASE)),
]


def _period_guess(text: str) -> Period | None:
    """A fallback report period from the opening lines, for callers without metadata."""
    from calendar import monthrange

    from speechwatch.extraction.dates import find_dates

    for d in find_dates(text[:1500], None):
        if d.explicit_year and d.precision == "month":
            return Period(d.day, d.day.replace(day=monthrange(d.day.year, d.day.month)[1]))
    return None


def _amounts(text: str) -> list[Amount]:
    try:
        from speechwatch.extraction.money import find_amounts
    except ImportError:  # the money parser is optional for this stage
        return []
    if not _CURRENCY.search(text):
        return []  # most incidents name no sum: skip the number parser
    out = []
    for start, _end, kzt in find_amounts(text):
        # The kind is told by the nearest cue before the amount within its sentence-ish window.
        before = text[max(0, start - 200):start]
        before = before[max(before.rfind(". "), before.rfind("\n")) + 1:]
        best, best_pos = "other", -1
        for kind, rx in _AMOUNT_KIND:
            for m in rx.finditer(before):
                if m.start() > best_pos:
                    best, best_pos = kind, m.start()
        out.append(Amount(kind=best, kzt=int(kzt)))
    return out


def _summary(body: str, language: str = "en", category: str = "") -> str:
    """The opening sentence that best tells the incident's category, without bullet or date label,
    on one line (hard-wrapped text is rejoined)."""
    body = re.sub(r"[ \t\u00a0]*\n(?!\s*\n)[ \t\u00a0]*", " ", body.strip())  # single newlines: wraps
    body = _DATE_LABEL.sub("", _BULLET.sub("", body))
    sentence = (key_sentence(body, language, category) if category else first_sentence(body)).strip()
    if len(sentence) > 300:
        cut = sentence.rfind(" ", 0, 297)
        sentence = sentence[:cut if cut > 0 else 297].rstrip(",;: ") + "…"
    return sentence


def _dateline(seg: Segment, period: Period | None) -> date | None:
    if not seg.dateline:
        return None
    from speechwatch.extraction.dates import find_dates

    found = find_dates(seg.dateline, period)
    return found[0].day if found and found[0].precision == "day" else None


_REMINDER = re.compile(r"^\W*(?:напомним|как (?:уже )?сообщалось|ранее сообщалось|"
                       r"as (?:it )?was (?:previously |earlier )?reported|"
                       r"as reported (?:earlier|previously)|let us remind|recall that|еске сал\w*|"
                       r"бұған дейін хабарланғандай)", re.IGNORECASE)
# a case ending in the journalist's favour: acquittal, charges dropped, case closed for want of a crime
_GOOD_END = re.compile(r"\bacquitt\w*|\b(?:dropped|withdrew) (?:the |all )?(?:criminal )?(?:case|charges?)\b|"
                       r"\b(?:closed|terminated|discontinued) the (?:criminal )?(?:case|proceedings|investigation)\b|"
                       r"\babsence of (?:a |the )?(?:crime|offen[cs]e)|\bоправда\w*|"
                       r"\bпрекрати\w* (?:уголовное |административное )?(?:дело|преследование|производство)|"
                       r"\bотсутстви\w* состава|\bақта\w*|\bіс\w* (?:қысқарт|тоқтат)\w*", re.IGNORECASE)


def _ends_well(body: str, language: str, day: date, period: Period | None) -> bool:
    """A reminder of an earlier case whose news in this period is a good outcome ("As reported, a case was
    opened in May … On June 3 the charges were dropped"): the event of the period is the positive one
    (context.positive), not the prosecution the reminder recalls. Only when the sentence of the story's
    date tells an acquittal or a closed case and no violation cue."""
    from speechwatch.extraction.classify import score
    from speechwatch.extraction.dates import find_dates
    from speechwatch.extraction.document import split_sentences

    if not _REMINDER.match(body):
        return False
    for sentence in split_sentences(body)[1:]:
        if not any(d.day == day and d.precision == "day" for d in find_dates(sentence, period)):
            continue
        return bool(_GOOD_END.search(sentence)) and not any(
            c.startswith(("rights.", "access.")) for c in score(sentence, language))
    return False


_BY_CODE = {"CC": "legal.criminal", "AC": "legal.administrative"}


def _code_cited(primary: str, bases: list[LegalBasis]) -> str:
    """A criminal or administrative case is the kind of the one code its story cites: "обвиняемого по ст. 73-3
    КоАП в клевете" is an administrative case, whatever "обвиняемого" and "клевета" suggest (defamation has
    been both)."""
    if primary not in _BY_CODE.values():
        return primary
    cited = {_BY_CODE[b.code] for b in bases if b.code in _BY_CODE}
    return cited.pop() if len(cited) == 1 else primary


def build_incident(text: str, seg: Segment, language: str, period: Period | None) -> IncidentRecord:
    """Read one segment into a record (everything but the span is derived from the segment text)."""
    chunk = text[seg.start:seg.end]
    body = chunk[len(seg.title):].lstrip() if seg.title and chunk.startswith(seg.title) else chunk
    primary, categories = classify(chunk, language, title=seg.title, section=seg.context_category)
    day, precision = incident_date(body, period, hint=_dateline(seg, period))
    if day is not None and precision == "day" and _ends_well(body, language, day, period):
        primary = "context.positive"
        categories = [primary, *[c for c in categories if c != primary]]
    if precision == "month" and period is not None and day == period.start and (period.end - period.start).days > 31:
        day, precision = None, None
    bases = find_legal_bases(chunk)
    primary = _code_cited(primary, bases)
    categories = [primary, *[c for c in categories if c != primary]]
    return IncidentRecord(
        span=(seg.start, seg.end),
        date=day,
        date_precision=precision,
        category=primary,
        categories=categories,
        actors=find_actors(chunk, language, primary),
        places=find_places(chunk, day),
        legal_bases=bases,
        amounts=_amounts(chunk),
        follow_up=is_follow_up(chunk),
        summary=_summary(body, language, primary),
        title=seg.title,
        confidence=_confidence(chunk, language, primary),
    )


def _confidence(text: str, language: str, category: str) -> float | None:
    """The category model's probability of `category` for this story (None without a model)."""
    ranked = predict(text, language)
    if not ranked:
        return None
    return round(next((p for p, c in ranked if c == category), 0.0), 3)


def extract_incidents(text: str, language: str, report: ReportMeta,
                      statistics: Sequence[Statistic] = ()) -> list[IncidentRecord]:
    """The incidents a report tells, in reading order, with spans into `text`. `statistics` are the figures
    already read from the report: a block each of whose sentences published one counts, it tells no event."""
    period = report.period if report is not None and report.period else _period_guess(text)
    # (counts only: a sum of money is as often a story's — "asked for 15 million tenge" — as the report's)
    starts = sorted(s.span[0] for s in statistics if s.scope in ("period", "ytd") and not s.measure.endswith("_kzt"))
    kept = [build_incident(text, seg, language, period) for seg in segment(text, period, language)
            if not is_narrative_block(text[seg.start:seg.end], language)
            and not is_list_intro(text[seg.start:seg.end], text[seg.end:seg.end + 400], language)
            and not _all_sentences_counted(text, seg, starts)]
    return [rec for rec in kept if not _learned_not_a_story(text, rec, language)]


def _learned_not_a_story(text: str, rec: IncidentRecord, language: str) -> bool:
    """The story model's veto on a block the rules kept (a masthead, a lead, a statistics item, a closing)."""
    a, b = rec.span
    first, last = story_model.where(a, b, len(text))
    return story_model.not_a_story(text[a:b], language, first=first, last=last, dated=rec.date_precision == "day")


def _all_sentences_counted(text: str, seg: Segment, starts: list[int]) -> bool:
    """Whether every sentence of an undated block holds a published figure ("Prosecutors handed out twelve
    warnings for publications."): such a block is the report's statistics, not a story."""
    if seg.kind == "dated" or not starts:
        return False
    at = seg.start
    for sentence in split_sentences(text[seg.start : seg.end]):
        a = text.index(sentence, at)
        b = a + len(sentence)
        k = bisect.bisect_left(starts, a)
        if k >= len(starts) or starts[k] >= b:
            return False
        at = b
    return True
