"""Choose a figure's measure by scoring its label's lemmas against the codebook's words for each measure.

Why: the cue table (`cues.py`) lists exact phrases, so a publisher's new wording of a known category
("Criminal prosecution of journalists and citizens for their statements", "cases under the article of
the Administrative Code on …") matched nothing and the whole figure was lost. Here each measure has
phrases taken from the codebook itself (a category's label, description and synonyms in
`codebook/data/typology.json`, a group's label for its total, the labels of the articles that settle a
legal sub-measure in `legal_articles.json`) and from `data/measure_lexicon.json`. Both sides are reduced
to lemmas (`morph.lemma`), so every inflection matches. A phrase's score is the weighted share of its
lemmas that the label contains (rare lemmas weigh more); a measure's score is its best phrase's. The
group a label stands under restricts the candidates. No winner clear enough → no measure: the caller
keeps the figure as unmapped rather than forcing one.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from speechwatch.extraction.figures import cues
from speechwatch.extraction.months import month_number
from speechwatch.extraction.morph import lemmas

_DATA = Path(__file__).resolve().parents[1] / "data" / "measure_lexicon.json"
LANGS = ("en", "ru", "kk")
MIN_SCORE = 0.7  # a phrase must be mostly present in the label
MARGIN = 0.15  # and beat the next measure clearly
MIN_SCORE_WITHIN = 0.5  # inside a group the layout has named, half a phrase of one of its measures will do


@dataclass(frozen=True)
class Lexicon:
    phrases: dict[str, list[frozenset[str]]]  # measure → lemma sets of its phrases
    weight: dict[str, float]  # lemma → inverse measure frequency
    stop: frozenset[str]
    count_nouns: frozenset[str]


_OF_COMPOUND = re.compile(r"(?<=[^\W\d_])-(?=(?:of|and|for|to)-)|(?<=-of|-to)-|(?<=-and|-for)-", re.IGNORECASE)


def _words(text: str, language: str) -> list[str]:
    """The lemmas of a phrase, with a Russian noun's derivation folded in: "блокирование", "блокировка"
    and "блокировать" are one word for a label ("блокирование сайтов" names what "блокировка сайтов" does)."""
    text = _CYBER.sub(r"\1", text)
    # "the false-information article": an English hyphenated modifier is its words ("false information")
    text = _LATIN_HYPHEN.sub(" ", text)
    out = lemmas(text, language)
    if language != "kk":  # (Russian words are read as Russian whatever the document's language)
        out = [_RU_DERIVED.sub("", w) if len(w) >= 8 else w for w in out]
    return [_US_TO_UK.get(w, w) for w in out]  # "honor and dignity" is "honour and dignity"


# "cyber attacks", "cyber-attacks" and "cyberattacks" are one word; so are "кибер-атака" and "кибератака"
_CYBER = re.compile(r"\b(cyber|кибер)[\s-]+(?=\w)", re.IGNORECASE)
_LATIN_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])", re.IGNORECASE)
_RU_DERIVED = re.compile(r"(?:ирование|ование|ировка|овка|ировать|овать|ение|ание)$")
_US_TO_UK = {"honor": "honour", "favor": "favour", "defens": "defenc", "labor": "labour", "offens": "offenc"}


def _split(text: str) -> list[str]:
    """A description is several phrases ("Physical attack, beating, pushing"): score each alone."""
    return [p for p in re.split(r"[,;:]|\bor\b|\bили\b|\bнемесе\b", text) if p.strip()]


@cache
def lexicon() -> Lexicon:
    from speechwatch.codebook import legal_articles, typology

    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    stop = frozenset(w for lang in LANGS for w in _words(" ".join(raw["stopwords"].get(lang, [])), lang))
    texts: dict[str, list[tuple[str, str]]] = {}

    def add(measure: str, lang: str, text: str) -> None:
        texts.setdefault(measure, []).append((lang, text))

    groups, cats = typology()
    for code, group in groups.items():
        if group.get("counted"):
            for lang, label in group.get("label", {}).items():
                add(f"{code}.total", lang, label)
    raw_cats = {c["code"]: c for c in json.loads(_typology_path().read_text(encoding="utf-8"))["categories"]}
    for code, cat in cats.items():
        if not cat.counted:
            continue
        for lang, label in cat.label.items():
            add(code, lang, label)
        for lang, desc in cat.description.items():
            # "(honor, dignity …; privacy)" lists the topics of sub-measures: they name those, not this
            for part in _split(re.sub(r"\([^)]*\)", "", desc)):
                add(code, lang, part)
        for lang, words in raw_cats.get(code, {}).get("synonyms", {}).items():
            for w in words:
                add(code, lang, w)
    for art in legal_articles()[1].values():
        if art.measure and art.measure.count(".") == 2:
            for lang, label in art.label.items():
                add(art.measure, lang, label)
    for measure, by_lang in raw["measures"].items():
        for lang, words in by_lang.items():
            for w in words:
                add(measure, lang, w)
    phrases: dict[str, list[frozenset[str]]] = {}
    for measure, items in texts.items():
        sets = {frozenset(_words(t, lang)) - stop for lang, t in items}
        phrases[measure] = [s for s in sets if s]
    seen_in: dict[str, int] = {}
    for sets in phrases.values():
        for lem in set().union(*sets) if sets else ():
            seen_in[lem] = seen_in.get(lem, 0) + 1
    n = max(1, len(phrases))
    weight = {lem: 1.0 + math.log(n / c) for lem, c in seen_in.items()}
    # More wordings of a measure widen what it matches without moving the words' weights: a word's
    # rarity is read from the codebook and the core phrases above only, so adding a wording to one
    # measure never lowers the score another measure's labels already reach.
    for measure, by_lang in raw.get("more_wordings", {}).items():
        known = set(phrases.setdefault(measure, []))
        for lang, words in by_lang.items():
            for w in words:
                lemma_set = frozenset(_words(w, lang)) - stop
                if lemma_set and lemma_set not in known:
                    known.add(lemma_set)
                    phrases[measure].append(lemma_set)  # (a word only these use keeps the default weight)
    nouns = frozenset(w for lang in LANGS for w in lemmas(" ".join(raw["count_nouns"].get(lang, [])), lang))
    return Lexicon(phrases, weight, stop, nouns)


def _typology_path() -> Path:
    from speechwatch.codebook import codebook_dir

    return codebook_dir() / "typology.json"


def _allowed(measure: str, allowed: tuple[str, ...] | None) -> bool:
    return allowed is None or any(measure == a or (a.endswith(".") and measure.startswith(a)) for a in allowed)


def scores(label: str, language: str, allowed: tuple[str, ...] | None = None) -> list[tuple[float, str]]:
    """(score, measure) for every allowed measure with some overlap, best first."""
    return [(score, measure) for score, measure, _hit in _scored(label, language, allowed)]


def _scored(label: str, language: str, allowed: tuple[str, ...] | None = None
            ) -> list[tuple[float, str, frozenset[str]]]:
    """(score, measure, the label's words its best phrase found) for every allowed measure, best first."""
    lex = lexicon()
    # a month name is a date, never a label's word (Kazakh "қазанда", "in October", shares its stem
    # with "қаза", death)
    label = " ".join(w for w in label.split() if month_number(w.strip(".,;:()«»\"")) is None)
    label = _OF_COMPOUND.sub(" ", label)  # "freedom-of-speech cases" are cases of freedom of speech
    words = set(_words(label, language)) - lex.stop
    if not words:
        return []
    label_weight = sum(lex.weight.get(x, 1.0) for x in words)
    out = []
    for measure, sets in lex.phrases.items():
        if not _allowed(measure, allowed):
            continue
        best, best_hit = 0.0, frozenset()
        for phrase in sets:
            hit = phrase & words
            if hit:
                got = sum(lex.weight.get(x, 1.0) for x in hit)
                # mostly the phrase's share of its words found; a little the label's share explained
                score = got / sum(lex.weight.get(x, 1.0) for x in phrase) * (0.6 + 0.4 * got / label_weight)
                if score > best:
                    best, best_hit = score, frozenset(hit)
        if best:
            out.append((round(best, 6), measure, best_hit))
    out.sort(key=lambda x: (-x[0], -x[1].count("."), x[1]))
    return out


def best_measure(label: str, language: str, allowed: tuple[str, ...] | None = None, *,
                 within: bool = False) -> str | None:
    """The measure `label` names, or None when no measure's words are clearly there.

    A measure and its own parent close together are no conflict (the specific one is ranked first).
    The same sub-measure under two codes ("false information" is criminal or administrative) comes back
    as "*.false_info": the code is the context's to decide (the parent's group, or the code named)."""
    scored = _scored(label, language)  # all measures: a label that names another group's is not forced in
    ranked = [(score, measure) for score, measure, _hit in scored]
    found = {measure: hit for _score, measure, hit in scored}
    if allowed is not None and within:
        # the layout has already put the label inside the group (a section heading names it): only the
        # group's own measures compete
        ranked = [(s, m) for s, m in ranked if _allowed(m, allowed) and not m.endswith(".total")]
    elif allowed is not None:
        # the group's own words in a part's label are no rival ("5 under the false-information article of
        # the Administrative Code" under the administrative cases)
        ranked = [(s, m) for s, m in ranked if not all(a.startswith(m + ".") for a in allowed)]
        if ranked and not _allowed(ranked[0][1], allowed) and not ranked[0][1].endswith(".total"):
            sub = ranked[0][1].rsplit(".", 1)[-1]  # "false information" ranked administrative under criminal
            if not any(_allowed(m, allowed) and m.endswith("." + sub) and s == ranked[0][0] for s, m in ranked):
                return None
        if ranked and ranked[0][1].endswith(".total") and ranked[0][1] not in allowed:
            return None
        ranked = [(s, m) for s, m in ranked if _allowed(m, allowed) and (m in allowed or not m.endswith(".total"))]
    if not ranked or ranked[0][0] < (MIN_SCORE_WITHIN if within else MIN_SCORE):
        return None
    top, measure = ranked[0]
    below = cues.CHILDREN.get(measure, ())  # a group total's words also name its parts ("claims")
    # a runner-up that found only some of the words the top one found is no rival: "блокировались сайты и
    # страницы" names blocking; "сайты" alone, which also names attacks on sites, is part of that phrase
    # (nor is the total of the top one's own group: "claims for the protection of honour" names the honour suits)
    close = [m for s, m in ranked[1:] if s > top - MARGIN and not measure.startswith(m + ".")
             and not (m.endswith(".total") and measure.startswith(m[: -len("total")]))
             and not _allowed(m, below) and not found[m] < found[measure]]
    if not close:
        return measure
    combined = _group_and_subtype(measure, close[0])
    if combined and len(close) == 1 and _allowed(combined, allowed):
        return combined  # "administrative charges for false information": the group's own subtype
    sub = measure.rsplit(".", 1)[-1]
    if measure.count(".") == 2 and all(m.count(".") == 2 and m.endswith("." + sub) for m in close):
        return f"*.{sub}"
    return None


def _group_and_subtype(a: str, b: str) -> str | None:
    """'legal.administrative' + 'legal.criminal.false_info' → 'legal.administrative.false_info' if it exists."""
    group, sub = (a, b) if a.count(".") == 1 else (b, a)
    if group.count(".") != 1 or sub.count(".") != 2 or sub.startswith(group + "."):
        return None
    candidate = f"{group}.{sub.rsplit('.', 1)[-1]}"
    return candidate if candidate in lexicon().phrases else None


def is_count_noun(word: str, language: str) -> bool:
    """Whether `word` is a noun reports count in ("reports", "сообщений", "хабарлама", "attacks")."""
    found = lemmas(word, language)
    return bool(found) and found[0] in lexicon().count_nouns
