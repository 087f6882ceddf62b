"""Which of the product's three languages a piece of text is written in, by its script.

Why by script: the three languages the product serves are told apart reliably and cheaply by their
letters (Latin → en; Cyrillic with one of the nine Kazakh letters → kk; other Cyrillic → ru). It is
deterministic, needs no model, and a Kazakh sentence without any Kazakh letter reads as Russian, which
errs on the side of "not in this language". Used to guess the source language of old records and to
keep reports from printing text in another language than their own.
"""

from __future__ import annotations

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
LANG_CODES = ("kk", "ru", "en")


def text_lang(text: str) -> str | None:
    """"en", "ru" or "kk" by script; None for text without letters."""
    latin = cyrillic = 0
    kazakh = False
    for ch in text or "":
        if not ch.isalpha():
            continue
        if "a" <= ch.lower() <= "z":
            latin += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
            kazakh = kazakh or ch in KAZAKH_LETTERS
    if not latin and not cyrillic:
        return None
    if latin >= cyrillic:
        return "en"
    return "kk" if kazakh else "ru"
