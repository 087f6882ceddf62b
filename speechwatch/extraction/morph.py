"""Lemmas and stems for English, Russian and Kazakh words: one normal form per word, for matching.

Why: reports word the same category in many inflections ("журналистов", "журналисту"; "detentions",
"detained"; "шабуылдар", "шабуылға"), so cue tables that list surface forms miss most of them. Matching
on a normal form lets one codebook word cover every form. Russian uses pymorphy3 (dictionary lemmas),
English the Snowball stemmer, Kazakh a suffix stripper (no maintained Kazakh analyser is packaged):
it removes the commonest plural, possessive and case endings while a stem of three letters remains.
All three run offline; results are cached per word.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

KK_ONLY = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
# Longest first: plural, possessive and case endings of Kazakh nouns and the commonest verb endings.
_KK_SUFFIXES = sorted({
    "лар", "лер", "дар", "дер", "тар", "тер",
    "ның", "нің", "дың", "дің", "тың", "тің",
    "ға", "ге", "қа", "ке", "на", "не", "а", "е",
    "ды", "ді", "ты", "ті", "ны", "ні", "н",
    "да", "де", "та", "те", "нда", "нде",
    "дан", "ден", "тан", "тен", "нан", "нен",
    "мен", "бен", "пен",
    "ы", "і", "сы", "сі", "ым", "ім", "ың", "ің", "мыз", "міз",
    "ған", "ген", "қан", "кен", "у", "ып", "іп", "п",
    "лық", "лік", "дық", "дік", "тық", "тік", "шы", "ші",
}, key=len, reverse=True)


@cache
def _ru_analyser():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def _en_stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def kk_stem(word: str) -> str:
    """Strip Kazakh endings from the right while at least three letters stay ("шабуылдарға" → "шабуыл")."""
    w = word.lower()
    changed = True
    while changed:
        changed = False
        for suffix in _KK_SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3 and _fits(w[: -len(suffix)], suffix):
                w = w[: -len(suffix)]
                changed = True
                break
    # a final voiceless consonant voices before a vowel ending (құқық → құқығы, талап → талабы, кітап →
    # кітабы): both forms reduce to the voiceless stem
    return w[:-1] + _KK_DEVOICE[w[-1]] if w and w[-1] in _KK_DEVOICE else w


_KK_DEVOICE = {"ғ": "қ", "г": "к", "б": "п"}
_KK_VOWELS = set("аәеиоөұүыіэюяу")
_KK_VOICELESS = set("пткқсшфхцчщ")


def _fits(stem: str, suffix: str) -> bool:
    """Whether Kazakh sound rules let `suffix` follow `stem`: a voiceless-initial ending (-ті, -тың, -тар,
    -қа, -ке) follows a voiceless consonant, the possessive -ы/-і a consonant and -сы/-сі a vowel. Without
    this check "қызметіне" lost "-ті" and became "қызм", while "қызметке" stayed "қызмет"."""
    last = stem[-1]
    if suffix[0] in "тқк":
        return last in _KK_VOICELESS
    if suffix in ("ы", "і"):
        return last not in _KK_VOWELS
    if suffix in ("сы", "сі"):
        return last in _KK_VOWELS
    return True


# Words the stemmer folds into another word they must not match: a reporter is a person, not a report
# ("19 reports" under a group of attacks on the press once read as "reporter died").
_EN_OWN_STEM = {"reporter": "reporter", "reporters": "reporter"}


@lru_cache(maxsize=200_000)
def lemma(word: str, language: str = "en") -> str:
    """The normal form of `word`: a Russian lemma, an English stem or a Kazakh stem, lower-cased.

    The script decides first (a Latin word in a Russian report is English); Cyrillic words with a
    Kazakh-only letter, and every Cyrillic word of a Kazakh report, go to the Kazakh stripper.
    """
    w = word.lower().replace("ё", "е")
    if not _CYRILLIC.search(w):
        if w in _EN_OWN_STEM:
            return _EN_OWN_STEM[w]
        return _en_stemmer().stemWord(w) if w.isalpha() else w
    if language == "kk" or KK_ONLY.search(w):
        return kk_stem(w)
    return _ru_analyser().parse(w)[0].normal_form.replace("ё", "е")


def lemmas(text: str, language: str = "en") -> list[str]:
    """The normal forms of the words of `text`, in order (numbers and punctuation left out)."""
    return [lemma(m.group(), language) for m in WORD.finditer(text) if not m.group().isdigit()]


WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+")
