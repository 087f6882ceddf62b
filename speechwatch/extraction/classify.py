"""Choose an incident's primary and secondary categories from cue phrases (data/category_cues.json).

Why data-driven: the typology belongs to the codebook and another organisation may re-word it, so the
cues live beside the codebook as a data file and only the scoring rule is code. The rule: each cue
found adds its weight (capped per cue, title and first sentence counting double); the primary
category is the best score after multiplying by its group's priority, so a detention outranks the
administrative charge it led to and context categories yield to a real violation. A section heading
("LEGISLATIVE CHANGES", "6. DETENTION") is the publisher's own classification and decides first.
"""

from __future__ import annotations

import json
import re
import re._parser as _sre_parse  # the stdlib regex parser, to read each cue's literal prefixes
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from speechwatch.codebook import category_codes
from speechwatch.extraction.document import split_sentences

_DATA = Path(__file__).parent / "data" / "category_cues.json"
LEARNED_MIN = 0.3  # the model's choice replaces context.statement only with at least this probability
# A primary category chosen by less than this many times the minimum score (one weak cue) yields to the
# model when the model gives another category at least MODEL_OVER_THIN.
THIN_CUES = 3.0
MODEL_OVER_THIN = 0.8
MODEL_OVER_CONTRARY = 0.95  # a model this sure of another violation …
CUE_UNLIKELY = 0.01  # … overrules cues whose choice it gives at most this
MODEL_OVER_SECTION = 0.6  # a general "events" heading is a weak prior: a fairly sure model outweighs it
_MAX_SCAN = 1800  # cue scan limit per incident: the opening tells the category; keeps long sections cheap


def _literal_prefixes(parsed: Any) -> set[str] | None:
    """Literal strings one of which must occur wherever the parsed regex matches, or None.

    Used only as a fast gate: a cue whose every alternative starts with a known word cannot match a
    text that contains none of those words, so the (slow) regex scan is skipped."""
    out = ""
    for op, av in parsed:
        name = str(op)
        if name == "AT" and not out:
            continue
        if name == "LITERAL":
            out += chr(av)
            continue
        if name in ("SUBPATTERN", "BRANCH"):
            alts = [av[-1]] if name == "SUBPATTERN" else av[1]
            found: set[str] = set()
            for alt in alts:
                sub = _literal_prefixes(alt)
                if sub is None:
                    break
                found |= {out + x for x in sub}
            else:
                return {x.lower() for x in found}
        break
    return {out.lower()} if len(out) >= 3 else None


def _gate(pattern: str) -> tuple[str, ...] | None:
    try:
        prefixes = _literal_prefixes(_sre_parse.parse(pattern, re.IGNORECASE))
    except Exception:  # a construct the walker does not know: no gate, always scan
        return None
    return tuple(sorted(prefixes)) if prefixes else None


# Which cue sets a text is read with: Kazakh reports quote Russian names and terms, everyone quotes English.
LANGS = {"kk": ("kk", "ru", "en"), "ru": ("ru", "en"), "en": ("en",)}


@dataclass(frozen=True)
class _Cues:
    patterns: dict[str, dict[str, list[tuple[re.Pattern[str], float, tuple[str, ...] | None]]]]
    priority: dict[str, float]
    min_score: float
    secondary_only: frozenset[str]


@cache
def _cues() -> _Cues:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    known = set(category_codes())
    patterns: dict[str, dict[str, list[tuple[re.Pattern[str], float, tuple[str, ...] | None]]]] = {}
    for code, by_lang in raw["categories"].items():
        if code not in known:
            continue  # a codebook without this category: its cues are simply unused
        patterns[code] = {}
        for lang, items in by_lang.items():
            compiled = []
            for item in items:
                pat, weight = (item, 1.0) if isinstance(item, str) else (item[0], float(item[1]))
                flags = re.IGNORECASE | (re.ASCII if lang == "en" else 0)  # ASCII: ~30% faster scans
                compiled.append((re.compile(pat, flags), weight, _gate(pat)))
            patterns[code][lang] = compiled
    return _Cues(patterns, raw["group_priority"], float(raw["min_score"]),
                 frozenset(raw.get("positive_secondary_only", [])))


def score(text: str, language: str, lead: str = "") -> dict[str, float]:
    """Cue score per category for `text`; hits inside `lead` (title, first sentence) count double."""
    scores: dict[str, float] = {}
    for code, pat, weight, hits in _hits(text, language):
        total = weight * min(hits, 3) + (weight * 1.5 if lead and pat.search(lead) else 0.0)
        scores[code] = scores.get(code, 0.0) + total
    return scores


@lru_cache(maxsize=256)
def _hits(text: str, language: str) -> tuple[tuple[str, re.Pattern[str], float, int], ...]:
    """Every cue that occurs in `text`: (category, pattern, weight, number of hits). Cached because the
    category model reads the same story's cue hits right after `classify` (features `cue:<code>`)."""
    cues = _cues()
    langs = LANGS.get(language, ("en",))
    out = []
    low = text.lower()
    for code, by_lang in cues.patterns.items():
        for lang in langs:
            for pat, weight, gate in by_lang.get(lang, ()):
                if gate is not None and not any(map(low.__contains__, gate)):
                    continue
                hits = len(pat.findall(text))
                if hits:
                    out.append((code, pat, weight, hits))
    return tuple(out)


def _balanced(parts: list[str]) -> list[str]:
    """Re-join pieces cut inside quotes («Sayasi Kalam. Tribuna», "Unity. Creation. Progress")."""
    out: list[str] = []
    for part in parts:
        if out and (out[-1].count("«") > out[-1].count("»") or out[-1].count('"') % 2 == 1
                    or out[-1].count("“") > out[-1].count("”")):
            out[-1] = out[-1] + " " + part
        else:
            out.append(part)
    return out


def first_sentence(text: str) -> str:
    parts = sentences(text, limit=1)
    return parts[0] if parts else ""


def classify(text: str, language: str, title: str = "", section: str | None = None) -> tuple[str, list[str]]:
    """(primary, categories) for a segment. `categories` starts with the primary."""
    cues = _cues()
    lead = (title + "\n" + first_sentence(text[len(title):] if title and text.startswith(title) else text))
    scores = score(text[:_MAX_SCAN], language, lead)
    if section == "context.statement":
        # "Events in the country" holds context, but a story clearly naming a violation is one (unless its
        # cues name context as strongly: "the deputy proposed to block …")
        told = max((v for c, v in scores.items() if not c.startswith("context.") and c not in cues.secondary_only),
                   default=0.0)
        said = max((v for c, v in scores.items() if c.startswith("context.")), default=0.0)
        if told >= said and (told >= 2 * cues.min_score or _model_sure_of_a_violation(text, language)):
            section = None
    if section and section.startswith("context."):
        others = [c for c, v in sorted(scores.items(), key=lambda kv: -kv[1])
                  if v >= 2 * cues.min_score and c != section and c.startswith("context.")]
        return section, [section, *others[:1]]
    if section:
        scores[section] = scores.get(section, 0.0) + 4.0

    def weighted(code: str) -> float:
        return scores[code] * cues.priority.get(code.split(".")[0], 1.0)

    candidates = [c for c in scores if c not in cues.secondary_only and scores[c] >= cues.min_score]
    if not candidates:
        if "context.positive" in scores:  # only a positive cue ("acquitted", "case closed"): unless the model is sure
            primary = _model_over_thin_cue(text, language, "context.positive")
        else:
            primary = learned_category(text, language)
        return primary, [primary]
    primary = max(candidates, key=weighted)
    tied = [c for c in candidates if weighted(c) == weighted(primary)]
    if len(tied) > 1:
        primary = _model_between(text, language, tied) or primary  # equal cues: the whole story decides
    # Within a group the typology lists categories from the gravest down (murder, attack, threat,
    # detention, obstruction...): a graver act with solid evidence is the primary one.
    group = primary.split(".")[0]
    # (the typology's order is one of gravity among violations of rights; among legal steps or access
    # restrictions it is only a list order, so a lower-listed category needs stronger evidence to yield:
    # an administrative fine with "found guilty" in it stays administrative)
    floor = max(3.0, (0.25 if group == "rights" else 0.6) * scores[primary])
    for code in category_codes():
        if code.split(".")[0] == group and code in candidates and scores[code] >= floor:
            primary = code
            break
    if scores[primary] < THIN_CUES * cues.min_score:
        primary = _model_over_thin_cue(text, language, primary)
    primary = _model_over_contrary_cue(text, language, primary)
    secondary = [c for c, v in sorted(scores.items(), key=lambda kv: -kv[1])
                 if c != primary and v >= 2 * cues.min_score]
    return primary, [primary, *secondary[:3]]


def _model_ranking(text: str, language: str) -> list[tuple[float, str]]:
    """The category model's (probability, category) ranking; imported here because the model reads this
    module's cues."""
    from speechwatch.extraction.category_model import predict

    return predict(text, language)


def _model_sure_of_a_violation(text: str, language: str) -> bool:
    ranked = _model_ranking(text, language)
    return bool(ranked) and ranked[0][0] >= MODEL_OVER_SECTION and not ranked[0][1].startswith("context.")


def _model_between(text: str, language: str, tied: list[str]) -> str | None:
    """The tied category the model ranks highest (None without a model)."""
    return next((c for _p, c in _model_ranking(text, language) if c in tied), None)


def _model_over_thin_cue(text: str, language: str, primary: str) -> str:
    """When one weak cue alone chose the category ("protocol" → administrative, "closed" → positive) and
    the model is sure of another, the model's reading of the whole story wins."""
    ranked = _model_ranking(text, language)
    if not ranked or ranked[0][0] < MODEL_OVER_THIN:
        return primary
    choice = ranked[0][1]
    # within a group the cue's wording ("blocked" vs "refused") is the finer evidence, and a violation
    # outranks the legal step it led to (group priority): the model only lifts a story to a group of
    # higher priority ("protocol" → detention, "closed" → refusal), never down ("summoned" → a charge)
    priority = _cues().priority
    if choice in set(category_codes()) and choice not in _cues().secondary_only \
            and priority.get(choice.split(".")[0], 1.0) > priority.get(primary.split(".")[0], 1.0):
        return choice
    return primary


def _model_over_contrary_cue(text: str, language: str, primary: str) -> str:
    """When the model is all but certain of another violation and gives the cues' choice next to nothing
    ("требует с редакции 30 млн. тенге" read as a refusal by one cue), the model's reading wins."""
    ranked = _model_ranking(text, language)
    if not ranked or ranked[0][0] < MODEL_OVER_CONTRARY:
        return primary
    choice = ranked[0][1]
    said = next((p for p, c in ranked if c == primary), 0.0)
    # (never down to a group of lower priority: a summons told with its case stays a summons, as in
    # `_model_over_thin_cue`)
    priority = _cues().priority
    if (said <= CUE_UNLIKELY and choice != primary and choice in set(category_codes())
            and choice not in _cues().secondary_only and not choice.startswith("context.")
            and priority.get(choice.split(".")[0], 1.0) >= priority.get(primary.split(".")[0], 1.0)):
        return choice
    return primary


def cue_decides(text: str, language: str) -> bool:
    """Whether some cue scores high enough to choose a primary category (else the model does)."""
    cues = _cues()
    scores = score(text[:_MAX_SCAN], language, first_sentence(text))
    return any(c not in cues.secondary_only and v >= cues.min_score for c, v in scores.items())


def learned_category(text: str, language: str) -> str:
    """The category model's choice for a story no cue decides; `context.statement` without a model."""
    ranked = [(p, c) for p, c in _model_ranking(text, language) if c in set(category_codes())]
    return ranked[0][1] if ranked and ranked[0][0] >= LEARNED_MIN else "context.statement"


def sentences(text: str, limit: int = 4) -> list[str]:
    """The first `limit` clauses of `text` (the document's rule: . ! ? ; or a line break ends one)."""
    parts = _balanced(split_sentences(text.strip()[:_MAX_SCAN], clauses=True))
    return parts[:limit]


def key_sentence(text: str, language: str, category: str) -> str:
    """The opening sentence that best tells `category`: the first of the first two sentences with a
    cue of that category ("On April 6, the President urged ..." rather than "As of April 6, a state of
    emergency was declared"), else simply the first sentence."""
    cands = sentences(text, limit=2)
    if not cands:
        return ""
    langs = LANGS.get(language, ("en",))
    by_lang = _cues().patterns.get(category, {})
    for sent in cands:
        low = sent.lower()
        for lang in langs:
            for pat, _weight, gate in by_lang.get(lang, ()):
                if (gate is None or any(map(low.__contains__, gate))) and pat.search(sent):
                    return sent
    return cands[0]
