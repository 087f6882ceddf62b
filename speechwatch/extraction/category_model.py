"""A learned incident category: naive Bayes over lemma n-grams and cue features, weights shipped as data.

Why: the cue table decides most incidents, but when no cue fires the old rule fell back to
`context.statement`, which was wrong for most such stories on unseen reports. A small model trained
offline on labelled text the project may use (see `scripts/train_category_model.py`: the category labels
of the dev gold, the held-out fixtures, the codebook's labels, descriptions and synonyms, and sentences
written for it) ranks every category from the story's lemmas (`morph.lemma`: unigrams and bigrams) and
the cue hits (`classify.score`) as extra features. It runs on CPU from a JSON file of log weights
(`data/category_model.json`), with no library beyond the standard one.

    predict(text, "ru") -> [(probability, category), ...]   # best first
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from speechwatch.extraction.morph import lemmas

MODEL_PATH = Path(__file__).parent / "data" / "category_model.json"
MAX_CHARS = 1500  # the opening of a story tells its category; long sections cost no more than this
# Below this probability a category is "uncertain": the review screen says so.
UNCERTAIN_BELOW = 0.5
MIN_FEATURES = 3  # fewer known features than this: the model abstains
TEMPER_PER = 8  # features per unit of temperature (see predict)


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    prior: dict[str, float]
    unseen: dict[str, float]
    weights: dict[str, dict[str, float]]  # feature → class → log P(feature | class)


@cache
def _stopwords() -> frozenset[str]:
    from speechwatch.extraction.figures.lexicon import lexicon

    return lexicon().stop


def features(text: str, language: str) -> list[str]:
    """The model's features of `text`: distinct lemma unigrams and bigrams, and one per cue category hit."""
    from speechwatch.extraction.classify import _MAX_SCAN, score

    cue_codes = score(text[:_MAX_SCAN], language)  # the same call classify() made: cached
    text = text[:MAX_CHARS]
    stop = _stopwords()
    words = [w for w in lemmas(text, language) if len(w) > 1 and not w.isdigit()]
    content = [w for w in words if w not in stop]
    out = set(content)
    out.update(f"{a} {b}" for a, b in itertools.pairwise(content))
    out.update(f"cue:{code}" for code in cue_codes)
    return sorted(out)


@cache
def load(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when the file is absent (then callers keep the cue rule alone)."""
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Model(tuple(raw["classes"]), raw["prior"], raw["unseen"], raw["weights"])


def predict(text: str, language: str, model: Model | None = None) -> list[tuple[float, str]]:
    """(probability, category) for every category the model knows, best first ([] without a model)."""
    model = model or load()
    if model is None:
        return []
    feats = [f for f in features(text, language) if f in model.weights]
    if len(feats) < MIN_FEATURES:
        return []  # nothing the model has seen: no opinion rather than its prior
    # naive Bayes adds one log-likelihood per feature as if they were independent, which makes its
    # probabilities extreme; dividing by a temperature that grows with the feature count tempers them
    temperature = max(1.0, len(feats) / TEMPER_PER)
    logp = {}
    for cls in model.classes:
        total = 0.0
        for f in feats:
            total += model.weights[f].get(cls, model.unseen[cls])
        logp[cls] = model.prior[cls] + total / temperature
    top = max(logp.values())
    exp = {c: math.exp(v - top) for c, v in logp.items()}
    norm = sum(exp.values())
    return sorted(((v / norm, c) for c, v in exp.items()), key=lambda x: (-x[0], x[1]))


def train(examples: list[tuple[str, str, str]], alpha: float = 0.3) -> dict:
    """Train on (category, language, text) examples; returns the JSON-ready model.

    Multinomial naive Bayes over the *set* of features of each example (so a long story does not
    outweigh a short one), Laplace smoothing `alpha`, uniform-ish prior (log of the class share,
    flattened by a square root so that frequent categories do not swallow rare ones)."""
    from collections import Counter, defaultdict

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    docs: Counter[str] = Counter()
    for cls, lang, text in examples:
        docs[cls] += 1
        counts[cls].update(features(text, lang))
    vocab = sorted({f for c in counts.values() for f in c})
    classes = sorted(docs)
    size = len(vocab)
    root = {c: math.sqrt(docs[c]) for c in classes}
    norm = sum(root.values())
    prior = {c: round(math.log(root[c] / norm), 4) for c in classes}
    totals = {c: sum(counts[c].values()) for c in classes}
    unseen = {c: round(math.log(alpha / (totals[c] + alpha * size)), 4) for c in classes}
    weights: dict[str, dict[str, float]] = {}
    for f in vocab:
        weights[f] = {c: round(math.log((counts[c][f] + alpha) / (totals[c] + alpha * size)), 4)
                      for c in classes if counts[c][f]}
    return {"schema": "speechwatch.category-model/1", "classes": classes, "prior": prior, "unseen": unseen,
            "weights": weights}


def from_dict(raw: dict) -> Model:
    return Model(tuple(raw["classes"]), raw["prior"], raw["unseen"], raw["weights"])
