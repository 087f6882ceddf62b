"""Search keys: every word of a record and of a query reduced to the same language-independent keys.

Why in Python and not in the database: SQLite (FTS5) and PostgreSQL (tsvector) tokenise, fold and
stem differently, so a search used to answer differently on each. Here one normaliser turns text
into keys, the database only stores and matches them, and both give the same rows.

A word's keys:
- lower case, ё → е;
- Latin words: British spellings folded to American ones from data/spelling_variants.txt
  (honour → honor, defence → defense, organisation → organization), then the English Snowball stem;
- Cyrillic words: the Russian Snowball stem and a Kazakh stem (suffix stripping, see `kk_key`);
  a word with one of the nine Kazakh letters gets only the Kazakh stem. The query does not say
  which language it is in, so a word ambiguous between the two carries both keys on both sides;
- names (actors, aliases, places) also get a transliteration key in a namespace of its own
  (NAME_PREFIX + Latin skeleton), so "Balgabayeva" and "Балгабаева" meet; a query word carries that
  key too, and it only ever matches a name.
Keys contain only letters and digits, so FTS5's unicode61 tokenizer keeps each one whole and the
PostgreSQL tsvector is built from them verbatim.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from speechwatch.extraction.morph import kk_stem

SPELLING_FILE = Path(__file__).with_name("data") / "spelling_variants.txt"
MAX_TOKENS = 12  # query words; a bound on query cost
MAX_KEY = 60  # longer "words" (hashes, glued URLs) are cut; both sides cut the same way
NAME_PREFIX = "0n"  # no number starts so; see module docstring
WORD = re.compile(r"[^\W\d_]+|\d+")
_LATIN = re.compile(r"[a-z]")
_CYRILLIC = re.compile(r"[а-яәғқңөұүһі]")
_KK_ONLY = re.compile(r"[әғқңөұүһі]")
STEM_PREFIXES = ("", "dis", "un", "re", "mis", "pre", "non", "in")

# Cyrillic (Russian and Kazakh letters) → Latin, then folds that make the usual romanisations agree
# (Tsoi/Tsoy/Цой, Yermek/Ermek/Ермек, Yuliya/Yulia/Юлия, Balgabayeva/Balgabaeva/Балгабаева).
_TRANSLIT = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m",
    "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})  # fmt: skip
_FOLDS = [("kh", "h"), ("dzh", "zh"), ("j", "zh"), ("yo", "e"), ("ye", "e"), ("yu", "u"), ("iu", "u"),
          ("ya", "a"), ("ia", "a"), ("iy", "i"), ("yi", "i"), ("ii", "i"), ("y", "i"), ("w", "v"),
          ("q", "k"), ("x", "ks")]  # fmt: skip


@cache
def _spellings() -> tuple[dict[str, str], list[tuple[str, str]], list[tuple[str, str]]]:
    """(word → word, [(stem, stem)] longest first, [(suffix, suffix)] longest first) from the data file."""
    words: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    suffixes: list[tuple[str, str]] = []
    for raw in SPELLING_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].split()
        if not line:
            continue
        if len(line) != 2:
            raise ValueError(f"{SPELLING_FILE.name}: expected two spellings per line: {raw!r}")
        british, american = line
        if british.startswith("-"):
            suffixes.append((british[1:], american.lstrip("-")))
        elif british.endswith("*"):
            stems.append((british[:-1], american.rstrip("*")))
        else:
            words[british] = american
    stems.sort(key=lambda p: len(p[0]), reverse=True)
    suffixes.sort(key=lambda p: len(p[0]), reverse=True)
    return words, stems, suffixes


def american(word: str) -> str:
    """The American spelling of a lower-case English word (the word itself when no variant applies)."""
    words, stems, suffixes = _spellings()
    if word in words:
        return words[word]
    for british, us in stems:
        for pre in STEM_PREFIXES:
            if word.startswith(pre + british):
                return pre + us + word[len(pre) + len(british) :]
    for british, us in suffixes:
        if word.endswith(british) and len(word) - len(british) >= 3:
            return word[: -len(british)] + us
    return word


@cache
def _stemmer(language: str):  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer(language)


def kk_key(word: str) -> str:
    """The Kazakh stem (speechwatch.extraction.morph.kk_stem), with one repair: loanwords in -ист
    share their final т with a т-initial ending ("журналистер", "журналистің", "журналисті"), which
    the stripper takes away with the ending; it is put back so every form meets "журналист"."""
    stem = kk_stem(word)
    if stem.endswith("ис") and len(stem) >= 4 and word.startswith(stem + "т"):
        return stem + "т"
    return stem


@lru_cache(maxsize=300_000)
def word_keys(word: str) -> tuple[str, ...]:
    """The keys of one word (see the module docstring); empty for a word that yields none."""
    w = word.lower().replace("ё", "е")
    if w.isdigit():
        keys: tuple[str, ...] = (w,)
    elif _CYRILLIC.search(w):
        if _KK_ONLY.search(w):
            keys = (kk_key(w),)
        else:
            keys = tuple(dict.fromkeys((_stemmer("russian").stemWord(w), kk_key(w))))
    elif _LATIN.search(w):
        keys = (_stemmer("english").stemWord(american(w)),)
    else:
        keys = (w,)
    return tuple(k[:MAX_KEY] for k in keys if k)


@lru_cache(maxsize=100_000)
def name_key(word: str) -> str:
    """The transliteration key of one word of a name: Latin skeleton in the name namespace."""
    w = word.lower().replace("ё", "е").translate(_TRANSLIT)
    if not w.isascii() or not w.isalpha():
        return ""
    for a, b in _FOLDS:
        w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)  # doubled letters: Akhmetov/Ahmetov, Kassym/Kasym
    return (NAME_PREFIX + w)[:MAX_KEY] if w else ""


def words(text: str) -> list[str]:
    return WORD.findall(text or "")


def text_keys(text: str) -> set[str]:
    """Every key of every word of `text` (a record's title, summary, narrative…)."""
    out: set[str] = set()
    for w in words(text):
        out.update(word_keys(w))
    return out


def name_keys(name: str) -> set[str]:
    """The keys of a name: its words' keys and their transliteration keys."""
    out = text_keys(name)
    for w in words(name):
        if key := name_key(w):
            out.add(key)
    return out


def query_groups(q: str) -> list[list[str]]:
    """The query as groups of alternative keys, one group per word (at most MAX_TOKENS words): a
    record matches when, for every group, it holds a key starting with one of the group's keys."""
    groups: list[list[str]] = []
    for w in words(q)[:MAX_TOKENS]:
        keys = list(word_keys(w))
        if (key := name_key(w)) and not w.isdigit():
            keys.append(key)
        if keys:
            groups.append(keys)
    return groups
