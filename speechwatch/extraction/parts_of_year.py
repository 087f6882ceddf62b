"""Quarters and half-years named by an ordinal ("the third quarter of 2016", "II полугодие 2012", "үшінші
тоқсанда"): one reader for the title reader (metadata) and the scope reader (figures).

Why one module: both readers kept their own table of ordinals (first…fourth, I–IV, перв-/втор-, бірінші…)
and their own pattern, and the two drifted (one knew the Kazakh ordinals, the other did not).
"""

from __future__ import annotations

import re
from typing import NamedTuple

# first…fourth in English, Russian and Kazakh words, in Roman numerals and in digits with a case ending
ORDINAL = (r"first|second|third|fourth|1st|2nd|3rd|4th|перв\w*|втор\w*|трет\w*|четв[её]рт\w*|"
           r"бірінші|екінші|үшінші|төртінші|алғашқы|I{1,3}|IV|[1-4]-?(?:й|ий|ое|е|ого|го|ом|м|ші|шы)?")
_STEMS = {"firs": 1, "перв": 1, "бірі": 1, "алға": 1, "seco": 2, "втор": 2, "екін": 2, "thir": 3, "трет": 3, "үшін": 3,
          "four": 4, "четв": 4, "төрт": 4}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

PART_OF_YEAR = re.compile(
    # (Kazakh names the year first: "2021 жылдың алғашқы жарты жылы")
    r"(?:(?<!\d)(?P<y0>(?:19|20)\d\d)\s*(?:ж\.|жыл[а-яәғқңөұүһі]*)\s+)?"
    rf"(?<!\w)(?P<which>{ORDINAL})\s+"
    # (a table's heading abbreviates the quarter: "III кв."; not the square metre, "3 кв. м")
    r"(?P<part>quarter|half(?:[- ]year)?|квартал\w*|кв\.(?!\s*м\b)|полугоди\w*|тоқсан\w*|жарты\s*жыл\w*|"
    r"жартысы\w*)"  # ("2021 жылдың бірінші жартысында": in the first half of 2021)
    r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?",
    re.IGNORECASE)
PART_WORD = re.compile(r"quarter|half|квартал|полугоди|тоқсан|жарты|кв\.", re.IGNORECASE)  # a cheap test first


class PartOfYear(NamedTuple):
    kind: str  # "quarter" or "half"
    first_month: int
    last_month: int
    year: int | None  # None when the text leaves the year out ("во втором полугодии")


def ordinal_value(word: str) -> int | None:
    """1–4 for an ordinal word, numeral or digit ("третьем", "III", "3-й", "үшінші"); None otherwise."""
    w = word.lower()
    if not w:
        return None
    if w[0].isdigit():
        return int(w[0]) if w[0] in "1234" else None
    return _ROMAN.get(w) or _STEMS.get(w[:4])


def read_part(m: re.Match[str]) -> PartOfYear | None:
    """The months of a PART_OF_YEAR match, or None for an impossible one ("third half")."""
    which = ordinal_value(m["which"])
    kind = "quarter" if m["part"].lower().startswith(("quarter", "кв", "тоқсан")) else "half"
    size = 3 if kind == "quarter" else 6
    if which is None or which > 12 // size:
        return None
    year = m["y"] or m["y0"]
    return PartOfYear(kind, size * (which - 1) + 1, size * which, int(year) if year else None)
