"""Language of a report: en, ru or kk, or None for anything else.

Script decides Latin vs Cyrillic; the Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) separate Kazakh from Russian;
common function words confirm English and Russian. Many English reports open with a trilingual header line
in Kazakh and Russian, so the body (everything after the first lines) decides when there is enough of it.
"""

from __future__ import annotations

import re

KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
OTHER_CYRILLIC = set("їєґўЇЄҐЎ")  # Ukrainian / Belarusian
_EN_WORDS = re.compile(r"\b(?:the|of|and|in|to|a|for|on|was|were|is|that|with|by|from|against)\b", re.I)
_RU_WORDS = re.compile(r"(?<![^\W\d_])(?:и|в|на|не|что|по|с|о|из|за|от|для|как|это|был[аио]?)(?![^\W\d_])",
                       re.I)
_KK_LATIN = set("äğñöūüışÄĞÑÖŪÜŞ")


def _body(text: str) -> str:
    """Skip a short header line or two when the rest is long enough to judge on its own."""
    lines = text.split("\n")
    for skip in (2, 1):
        rest = "\n".join(lines[skip:])
        if sum(1 for c in rest[:20000] if c.isalpha()) >= 200:
            return rest
    return text


def detect_language(text: str) -> str | None:
    """'en', 'ru', 'kk', or None when the text is in another language (or has too few letters to tell)."""
    sample = _body(text)[:30000]
    latin = cyr = kk = other_cyr = other = 0
    for c in sample:
        if not c.isalpha():
            continue
        if c.isascii():
            latin += 1
        elif "\u0400" <= c <= "\u04ff":
            cyr += 1
            if c in KK_LETTERS:
                kk += 1
            elif c in OTHER_CYRILLIC:
                other_cyr += 1
        elif c in _KK_LATIN or "\u00c0" <= c <= "\u024f":
            latin += 1
        else:
            other += 1
    letters = latin + cyr + other
    if letters < 20:
        return None
    if other > letters * 0.5:
        return None
    words = max(1, len(re.findall(r"[^\W\d_]+", sample)))
    if cyr >= latin:
        if kk >= max(3, cyr * 0.015):
            return "kk"
        if other_cyr > max(3, cyr * 0.01):
            return None
        return "ru" if len(_RU_WORDS.findall(sample)) >= words * 0.04 or words < 8 else None
    if len(_EN_WORDS.findall(sample)) >= words * 0.06 or words < 8:
        return "en"
    return None
