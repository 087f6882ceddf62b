"""Step "structure": how counts stand in lists — a group total and its children.

Lists come in many forms: bullets, dashes, indented lines, "including:", "Among them:", "из них:",
semicolon sentences, `|` tables, "Label – N" lines, an inline "N reports: 12 on …, 13 on …", a restated
count ("Of the 17 claims, 4 were …"). The parent a number finds here restricts its measure to the
parent's children (`cues.CHILDREN`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from speechwatch.extraction.figures import cues
from speechwatch.extraction.figures.measure import resolve
from speechwatch.extraction.figures.model import Figure
from speechwatch.extraction.months import MONTH, month_number
from speechwatch.extraction.numbers import NumberSpan

if TYPE_CHECKING:
    from speechwatch.extraction.figures.extract import Extractor

LIST_ITEM = re.compile(r"^\s*(?:[-–—•·*]+\s*)?(?:\d|[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі-]+\s)")

HEADER_FOLLOWS = re.compile(
    r"^\s*(?:among them|these included?|these are|in particular|including|из них|в том числе|"
    r"of them|оның ішінде|олардың ішінде)\s*:?\s*$",
    re.IGNORECASE,
)

INCLUDING = re.compile(
    r"\binclud\w*|\bof them\b|\bof which\b|\bamong them\b|\bof those\b|"
    r"из них|из которых|в том числе|в т\.\s?ч\.|оның ішінде|\(",
    re.IGNORECASE
)

OF_THEM_SENTENCE = re.compile(
    r"^\s*(?:of them|among them|из них|в том числе|среди них|"
    # "Among the October reports, 8 concerned …", "Of these reports, …", "Из этих сообщений …"
    r"(?:among|of)\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,3}?(?:reports|cases|messages|complaints)|"
    r"(?:из|среди)\s+(?:этих|них|поступивших|зарегистрированных)?\s*(?:[\w-]+\s+){0,2}?(?:сообщений|случаев))"
    r"\b(?!\s*:\s*$)",
    re.IGNORECASE,
)

PRE_STOP = re.compile(r"[;:,(]\s*|\s[-–—]\s+")

RESTATE = re.compile(r"^\s*(?:of the|out of the|of these|of those|из(?: этих)?)\s*$", re.IGNORECASE)

OF_THEM_START = re.compile(r"^\s*(?:of them|ones?|of those|of which|из них|из которых|оның ішінде)\b", re.IGNORECASE)

ALL_OF_THEM = re.compile(r"\ball of them\b|\ball of which\b|все они|все из них", re.IGNORECASE)



def closes_list(ex: Extractor, line_idx: int) -> bool:
    """A capitalised, unbulleted line after an item that ended its sentence starts new prose."""
    line = ex.text[ex.lines[line_idx][0] : ex.lines[line_idx][1]].lstrip()
    if not line[:1].isupper():
        return False
    k = line_idx - 1
    while k >= 0 and not ex.text[ex.lines[k][0] : ex.lines[k][1]].strip():
        k -= 1
    prev = ex.text[ex.lines[k][0] : ex.lines[k][1]].rstrip() if k >= 0 else ""
    return prev.endswith((".", "!", "?"))


def pre_label(ex: Extractor, n: NumberSpan, ss: int, prev: Figure | None, line_idx: int) -> str:
    """The words between the last clause boundary (or previous figure) and the number."""
    lo = max(ss, ex.lines[line_idx][0], prev.end if prev else 0)
    pre = ex.text[lo : n.start]
    cut = max((m.end() for m in PRE_STOP.finditer(pre)), default=0)
    return pre[cut:]


def opener_parent(ex: Extractor, opener: str, si: int) -> Figure | None:
    """The count an opener such as "Of them," or "Among the October reports," divides: the last figure,
    or, when the opener names the report's own month, the last group count of the period."""
    p = ex.report.period
    named = {month_number(m) for m in re.findall(rf"\b(?:{MONTH})\b", opener, re.IGNORECASE)}
    if p is not None and named == {p.end.month}:
        for f in reversed(ex.figures):
            if f.sentence < si - 4:
                break
            if f.scope == "period" and f.measure in cues.CHILDREN and f.parent is None:
                return f
    return ex.figures[-1] if ex.figures[-1].sentence >= si - 2 else None


def restated(ex: Extractor, n: NumberSpan, ss: int, si: int) -> Figure | None:
    """The figure a sentence opening "Of the 26 civil suits," / "Из 22 претензий" repeats, if any."""
    if not RESTATE.match(ex.text[ss : n.start]) or n.integer is None:
        return None
    for f in reversed(ex.figures):
        if f.sentence < si - 4:
            break
        if f.value == n.integer and f.measure in cues.CHILDREN:
            return f
    return None


def all_of_them(ex: Extractor, sentence: str, ss: int, scope: str, line_idx: int, si: int) -> None:
    """'3 claims and lawsuits. All of them relate to honor …' → the child measure has the parent's value."""
    m = ALL_OF_THEM.search(sentence)
    if not m or not ex.figures:
        return
    prev = ex.figures[-1]
    if prev.sentence < si - 2:
        return
    measure = resolve(ex.doc.language, sentence[m.end() :], prev, "")
    if measure:
        ex.figures.append(
            Figure(
                measure, prev.value, ss + m.start(), ss + len(sentence.rstrip()), prev.scope, prev, si, line_idx
            )
        )
