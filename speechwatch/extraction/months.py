"""Month names in English, Russian and Kazakh: one table, and the regex fragments every reader uses.

Why one module: metadata (report periods), dates (incident days) and figures (scope of a count) each
kept their own copy of the month names, and the copies drifted (one knew "Sept", another did not). Each
fragment below is built from the same table, so a month spelling added here is known everywhere.
"""

from __future__ import annotations

import calendar

# English: full names, three-letter abbreviations and "sept".
EN_MONTHS: dict[str, int] = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
EN_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
EN_MONTHS["sept"] = 9
# Russian and Kazakh: stems that every case form starts with (марте, марта, март; наурызда, наурыздың).
RU_STEMS: dict[str, int] = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
                            "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
KK_STEMS: dict[str, int] = {"қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
                            "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12}
_RU_MAY = ("май", "мая", "мае", "маю")  # the stem "ма" alone is too short to trust
# Russian abbreviations, always with their full stop: "янв.–нояб. 2022" in a table heading
RU_ABBREV: dict[str, int] = {"янв": 1, "фев": 2, "февр": 2, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
                             "ноя": 11, "нояб": 11, "дек": 12}
KK_LETTERS = "а-яәғқңөұүһі"

# --- regex fragments (no groups; wrap them in your own) ---------------------------------------------
EN_FULL = "|".join(m for m in calendar.month_name if m)  # January|February|…
EN_MONTH = rf"(?:{EN_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_EN_ANY = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
# Russian month words with their case endings only (январь, января, январе, январю).
RU_MONTH = "(?:" + "|".join(
    f"{stem}[аеу]?" if stem in ("март", "август") else "ма[йяею]" if stem == "ма" else f"{stem}[ьяею]"
    for stem in RU_STEMS) + ")"
KK_MONTH = rf"(?:{'|'.join(KK_STEMS)})[{KK_LETTERS}]*"
KK_STEM = "(?:" + "|".join(KK_STEMS) + ")"
# Any month word in any of the three languages, loosely (a stem and any Cyrillic ending).
MONTH = (rf"(?:(?:{_EN_ANY})\.?|(?:{'|'.join(sorted(RU_ABBREV, key=len, reverse=True))})\.|"
         + "|".join(f"{'ма[йяюе]' if s == 'ма' else s}[а-я]*" for s in RU_STEMS) + "|"
         + "|".join(f"{s}[{KK_LETTERS}]*" for s in KK_STEMS) + ")")
EN_ANY = _EN_ANY


def month_number(word: str) -> int | None:
    """'December', 'dec.', 'декабре', 'мая', 'желтоқсанда' → 12, 5, 12; anything else → None."""
    w = word.lower().rstrip(".")
    if w in EN_MONTHS:
        return EN_MONTHS[w]
    if w in RU_ABBREV and word.endswith("."):
        return RU_ABBREV[w]
    for stem, num in KK_STEMS.items():
        if w.startswith(stem):
            return num
    for stem, num in RU_STEMS.items():
        if w.startswith(stem) and (stem != "ма" or w in _RU_MAY):
            return num
    return None


def month_words(month: int) -> str:
    """A regex fragment (no groups) for `month` in English, Russian or Kazakh, any case form."""
    en = "|".join(english_names(month))
    ru = next(("ма[йяюе]" if s == "ма" else f"{s}[а-я]*") for s, n in RU_STEMS.items() if n == month)
    kk = next(f"{s}[{KK_LETTERS}]*" for s, n in KK_STEMS.items() if n == month)
    return f"(?:{en}|{ru}|{kk})"


def english_names(month: int) -> list[str]:
    """The English spellings of `month` longer than three letters ("September", "Sept")."""
    return [k for k, v in EN_MONTHS.items() if v == month and len(k) > 3]
