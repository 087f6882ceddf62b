"""Step "candidates": which numbers of a report may be counts (not years, dates, article numbers, sums).

A count glued to its noun by a lost space ("47reports", "5obstructions") is a candidate; "Khabar24",
"KZT1000", "73-3", "24 April", "25%" are not.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from speechwatch.extraction.document import ReportDocument
from speechwatch.extraction.figures import cues, lexicon
from speechwatch.extraction.months import MONTH
from speechwatch.extraction.numbers import NumberSpan, find_numbers

BEFORE_SKIP = re.compile(
    r"(?:\barticles?|\bart\.|\bparts?|\bparagraph|\bpar\.|\bchapter|no\.|№|ст\.|стать[а-яё]*|"
    r"глав[аы]|(?<!т\.)ч\.|\bчаст[иья]|\bпункт[аеу]?|п\.|\bitems?|\bpoints?|\bsection|\bclause|usd\s*=?|=|out of|"
    r"[A-Za-zА-Яа-я]-)\s*\Z"
    # the next of a list of articles: "по статьям 129 и 130 УК", "Articles 174, 274 and 400"
    r"|(?:\barticles|\bарт\.|стать(?:ям|ями|и)|баптар\w*)\s+\d{2,3}(?:[-.]\d{1,2})?(?:\s*(?:,|и|and|және)\s*\d{2,3}"
    r"(?:[-.]\d{1,2})?)*\s*(?:,|и|and|және)\s*\Z",
    re.IGNORECASE,
)


# "… charges: 8criminal, 12civil and 2administrative": a code's adjective glued to its count in a list
GLUED_CODE = re.compile(r"(?:criminal|civil|administrative|уголовн|гражданск|административн)", re.IGNORECASE)


# a number of months, years, days, weeks or hours
SPAN_OF_TIME = re.compile(
    r"[ \t]*-?[ \t]*(?:(?:months?|years?|days?|weeks?|hours?)\b|месяц\w*|(?:год|года|году|годы|лет|день|дня|дней|суток|"
    r"недел[ьяиюе]\w*|час|часа|часов)\b|(?:ай(?:ы|да|ында|дың|ға|лық|ға дейін)?|жыл(?:ы|да|ында|дың|ға)?|"
    r"күн\w{0,5}|апта\w{0,5}|сағат\w{0,5})(?![а-яәғқңөұүһі]))", re.IGNORECASE)


def names_a_measure(word: str) -> bool:
    """Whether a word glued to a number is itself a measure's word ("5obstructions", "3угрозы")."""
    return any(pattern.match(word) for _, pattern in cues.COMPILED_CUES)


def states_a_count(s: str) -> bool:
    """Whether a sentence holds a number other than a year (digits or a number word)."""
    return bool(re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", s))) or any(
        n.words and n.integer is not None for n in find_numbers(s))


def is_count_candidate(text: str, n: NumberSpan) -> bool:
    value = n.integer
    if value is None or n.scaled:
        return False
    raw = text[n.start : n.end]
    before, after = text[max(0, n.start - 14) : n.start], text[n.end : n.end + 20]
    glued = re.match(r"[^\W\d_]{4,}", after)
    # (or its adjective and noun: "4судебных акта")
    pair = re.match(r"[^\W\d_]{4,}\s+[^\W\d_]{3,}", text[n.end : n.end + 40]) if glued else None
    if glued and not n.words and (lexicon.is_count_noun(glued.group(), "en") or names_a_measure(glued.group())
                                  or GLUED_CODE.match(glued.group()) or (pair and names_a_measure(pair.group()))):
        pass  # "47reports", "40сообщений": a count glued to its noun by a lost space
    elif re.match(r"^[-/.]\d|^\d|^[^\W\d_]", after) and not n.words:  # 73-3, 16/12, 5th, KZT1000
        return False
    if re.search(r"[\w/]\Z", before) and not n.words:  # Khabar24, KZT1000000
        return False
    if BEFORE_SKIP.search(before) or re.search(r"\d-\s*\Z", before):
        return False
    if re.match(r"\s*-?\s*(?:бап|баб)\w*", after, re.IGNORECASE):
        return False  # "ҚК-нің 274-бабы бойынша": an article of a code, not a count
    if not n.words and 1900 <= value <= 2100 and len(raw) == 4:
        return False
    if n.words:
        pass  # "In September four suits were lodged": a date is written in digits
    elif re.match(rf"^[ \t]*(?:{MONTH})\b", after, re.IGNORECASE) or (re.search(
        rf"\b(?:{MONTH})[ \t]*\Z", before, re.IGNORECASE
    ) and not re.search(r"(?:да|де|та|те)[ \t]*\Z", before)  # Kazakh "қарашасында 23" is "in November"
            # (Russian writes the day first: in "из 14 исков октября 11 поданы …" the 11 is a count)
            and not re.search(r"(?:я|а)[ \t]*\Z", before)):
        return False  # a date: "24 april", "April 24"
    if re.match(r"^\s*(?:%|percent|per cent|процент)", after, re.IGNORECASE):
        return False
    if SPAN_OF_TIME.match(text, n.end):
        return False  # "он бір айында", "for 15 days", "за 9 месяцев": a span of time, never a count
    if re.match(r"^[’']s\b", after):
        return False
    if n.words and re.search(r"(?:\bни|\bnot a|\bnot|\bnone of the)\s+\Z", before, re.IGNORECASE):
        return False  # "ни одного случая": a statement of absence (figures/absence.py gives it value 0)
    if re.search(r"\b(?:приход(?:ит|ят|ил|ил[оаи])с[ья]\s+на|accounted\s+for\s+by|came\s+from)\s+\Z", before,
                 re.IGNORECASE):
        return False  # "2,5 млрд приходится на один иск …": the suits a sum is told of, not a count of its own
    if n.words and raw.lower() == "one" and re.search(r"\b(?:every|each|any|no)\s+\Z", before, re.IGNORECASE):
        return False  # "every one of them seeking to protect honour": all of them, not one
    return not (
        n.words
        and raw.lower() in {"one", "a"}
        and re.match(r"^\s+(?:of(?!\s+(?:them|those))|day|more|another)\b", after)
    )


def span_cover(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
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


def count_candidates(doc: ReportDocument) -> list[NumberSpan]:
    """The document's numbers that may be counts, in text order (numbers inside sums of money are not)."""
    text = doc.flat
    in_money = span_cover([(a, b) for a, b, _ in doc.money])
    return [n for n in doc.numbers if not in_money(n.start) and is_count_candidate(text, n)]
