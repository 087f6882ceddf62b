"""The scope of a sum of money read from a report, so it never silently becomes a claim of the period.

An annual report says "moral damages claimed: 79 million", and also "last year 60 million", "of which
1.5 million were recovered", "in 2013 he was sued for 12 million". Summing every amount of the text
into the period's claim invented 152.5 million (methodology §3.4: money mentioned for another period,
another year or as a comparison is never a claim of the period). Each amount keeps a scope:

- `period`: nothing in its sentence points elsewhere (proposed to count);
- `ytd`: "since the beginning of the year", "с начала года";
- `previous_year`: "last year", "в прошлом году", or a year before the report's;
- `history`: a case's past ("in total since", "earlier", an older year in a case story);
- `comparison`: "compared with", "по сравнению";
- `other_year`: the nearest year to the amount is after the report's ("9.3 billion for the next three years");
- `detail`: a share of an amount already given ("6 million (1.5 million to each plaintiff)");
- `unknown`: the amount could not be found in the record's text.

The year nearest to the amount within its clause decides first ("79 million in 2020 (101 million in
2019)" gives 2020 and 2019 to the two sums), then the cue words of the clause. Only money of scope
`period`, of a legal kind (claimed, awarded, recovered, fine) and in a sentence that speaks of a claim,
award, fine or court is proposed as counted (a ministry "requesting" a budget is not a claim); anything else
is shown to the editor, who may confirm it.
"""

from __future__ import annotations

import re

PERIOD, YTD, PREVIOUS_YEAR, HISTORY, COMPARISON, OTHER_YEAR, DETAIL, UNKNOWN = (
    "period",
    "ytd",
    "previous_year",
    "history",
    "comparison",
    "other_year",
    "detail",
    "unknown",
)
SCOPES = (PERIOD, YTD, PREVIOUS_YEAR, HISTORY, COMPARISON, OTHER_YEAR, DETAIL, UNKNOWN)
COUNTED_KINDS = ("claimed", "awarded", "recovered", "fine")
EACH = re.compile(r"\b(?:each|per|apiece|каждому|каждого|каждой|с каждого|әрқайсысына)\b", re.I)

CUES: list[tuple[str, re.Pattern[str]]] = [
    (
        YTD,
        re.compile(
            r"since the (?:beginning|start) of the year|year[- ]to[- ]date|с начала (?:этого |текущего )?года"
            r"|жыл басынан",
            re.I,
        ),
    ),
    (
        COMPARISON,
        re.compile(r"compared? (?:with|to)|in comparison|as against|по сравнению|в сравнении|салыстырғанда", re.I),
    ),
    (
        PREVIOUS_YEAR,
        re.compile(
            r"(?:last|previous|prior) year|a year (?:earlier|before)|в прошлом году|в предыдущем году"
            r"|годом ранее|былтыр|өткен жылы",
            re.I,
        ),
    ),
    (
        HISTORY,
        re.compile(
            r"in total|altogether|over the (?:past|last) \d+ years|since \d{4}|earlier|previously|всего с|ранее"
            r"|в общей сложности|бұрын",
            re.I,
        ),
    ),
]
YEAR = re.compile(r"\b(19[9]\d|20[0-4]\d)\b")
NUMBER = re.compile(r"\d[\d\s,.\u00a0\u202f]*\d|\d")
MULTIPLIERS = [
    (re.compile(r"^\s*(?:billion|bn|млрд|миллиард)", re.I), 1_000_000_000),
    (re.compile(r"^\s*(?:million|mln|m\b|млн|миллион)", re.I), 1_000_000),
    (re.compile(r"^\s*(?:thousand|thsd|тыс|мың)", re.I), 1_000),
]
# Words that make a sum legal money (a claim, an award, a fine), not a budget or a bribe in a story.
LEGAL_MONEY = re.compile(
    r"damage|compensat|lawsuit|claim|sued|\bsue|fine|court|award|recover|penalt|моральн|ущерб|иск|компенсац|"
    r"штраф|суд|взыск|залал|өтемақы|айыппұл|сот",
    re.I,
)
SENTENCE = re.compile(r"[^.!?;\n]*(?:[.!?;]|$)")


def _value(number: str, tail: str) -> set[int]:
    """The integers a written number may mean ("5,000,000", "5 млн", "1.5 million")."""
    compact = re.sub(r"[\s\u00a0\u202f]", "", number)
    out: set[int] = set()
    for mult_re, mult in MULTIPLIERS:
        if mult_re.match(tail):
            try:
                out.add(round(float(compact.replace(",", ".")) * mult))
            except ValueError:
                pass
            break
    digits = re.sub(r"[,.]", "", compact)
    if digits.isdigit():
        out.add(int(digits))
    return out


def locate(text: str, kzt: int) -> tuple[int, int] | None:
    """The span of the first written number in `text` that means `kzt` tenge, if any."""
    for m in NUMBER.finditer(text):
        if kzt in _value(m.group(0), text[m.end() : m.end() + 12]):
            return m.start(), m.end()
    return None


def sentence_around(text: str, at: tuple[int, int]) -> str:
    start = max(text.rfind(c, 0, at[0]) for c in ".!?;\n") + 1
    ends = [i for i in (text.find(c, at[1]) for c in ".!?;\n") if i >= 0]
    return text[start : min(ends) if ends else len(text)].strip()


def _clause(sentence: str, at: int) -> tuple[str, int, bool]:
    """The part of the sentence an amount at offset `at` belongs to: the parenthesis it sits in, else
    the sentence with its parentheses blanked out; with the amount's offset in it."""
    opened = sentence.rfind("(", 0, at)
    if opened >= 0 and sentence.rfind(")", opened, at) < 0:
        closed = sentence.find(")", at)
        end = closed if closed >= 0 else len(sentence)
        return sentence[opened + 1 : end], at - opened - 1, True
    return re.sub(r"\([^)]*\)?", lambda m: " " * len(m.group(0)), sentence), at, False


def _nearest_year(clause: str, at: int) -> int | None:
    years = [(abs(m.start() - at), int(m.group(1))) for m in YEAR.finditer(clause)]
    return min(years)[1] if years else None


def scope_of(text: str, kzt: int, report_year: int | None) -> tuple[str, str]:
    """(scope, the sentence that decided it) for an amount of `kzt` tenge in a record's text."""
    at = locate(text, kzt)
    if at is None:
        return UNKNOWN, ""
    sentence = sentence_around(text, at)
    offset = sentence.find(text[at[0] : at[1]])
    clause, where, bracketed = _clause(sentence, max(offset, 0))
    context = sentence[:300]
    year = _nearest_year(clause, where)
    if report_year is not None and year is not None:
        if year < report_year:
            return (PREVIOUS_YEAR if year == report_year - 1 else HISTORY), context
        if year > report_year:
            return OTHER_YEAR, context
    for scope, cue in CUES:
        if cue.search(clause):
            return scope, context
    if bracketed and EACH.search(clause):
        return DETAIL, context
    return PERIOD, context


def is_legal_money(sentence: str) -> bool:
    """True when the amount's sentence speaks of a claim, award, fine or court."""
    return bool(LEGAL_MONEY.search(sentence))
