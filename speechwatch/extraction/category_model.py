"""A learned incident category: naive Bayes over lemma n-grams and cue features, counts shipped as data.

Why: the cue table decides most incidents, but when no cue fires the old rule fell back to
`context.statement`, which was wrong for most such stories on unseen reports. A small model trained
offline on labelled text the project may use (see `scripts/train_category_model.py`: the category labels
of the dev gold, the held-out fixtures, the stories under the annual seed's chapters, the codebook's
labels, descriptions and synonyms, and sentences written for it) ranks every category from the story's
lemmas (`morph.lemma`: unigrams and bigrams) and the cue hits (`classify.score`) as extra features. It runs
on CPU from a JSON file, with no library beyond the standard one.

The file holds *counts* (stories per category, and per feature the number of stories of each category
that have it), not probabilities: counts add up, so `speechwatch train` retrains an installation's model
by adding the features of its reviewed drafts to the shipped counts, without the shipped training text
(which stays out of the package). Which file is read: `SPEECHWATCH_CATEGORY_MODEL` (environment, or the
Django setting of that name inside the web app, default `<data dir>/category_model.json`) when that file
exists, else the shipped `data/category_model.json`.

    predict(text, "ru") -> [(probability, category), ...]   # best first
"""

from __future__ import annotations

import itertools
import json
import math
import os
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from speechwatch.extraction.morph import lemmas

MODEL_PATH = Path(__file__).parent / "data" / "category_model.json"  # the shipped model
SCHEMA = "speechwatch.category-model/2"
MAX_CHARS = 1500  # the opening of a story tells its category; long sections cost no more than this
# Below this probability a category is "uncertain": the review screen says so.
UNCERTAIN_BELOW = 0.5
MIN_FEATURES = 3  # fewer known features than this: the model abstains
TEMPER_PER = 8  # features per unit of temperature (see predict)
PRIOR_POWER = 0.5  # the prior is the class share to this power: frequent categories do not swallow rare ones
ALPHA = 0.3  # Laplace smoothing
Example = tuple[str, str, str]  # (category, language, text)


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


def model_path() -> Path:
    """The model this process reads: the installation's trained file when there is one, else the shipped one."""
    configured = os.environ.get("SPEECHWATCH_CATEGORY_MODEL")
    if not configured:
        try:
            from django.conf import settings

            configured = str(getattr(settings, "SPEECHWATCH_CATEGORY_MODEL", "") or "") if settings.configured else ""
        except ImportError:  # extraction runs without Django too
            configured = ""
    if configured and Path(configured).is_file():
        return Path(configured)
    return MODEL_PATH


def load(path: Path | None = None) -> Model | None:
    """The model at `path` (default: `model_path()`), or None when absent (callers keep the cue rule).

    Cached by file and modification time, so a model that `speechwatch train` rewrote is read again
    by a running process on its next story."""
    path = path or model_path()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return None
    return _load(path, mtime)


@lru_cache(maxsize=4)
def _load(path: Path, _mtime: int) -> Model:
    return from_dict(json.loads(path.read_text(encoding="utf-8")))


_OVERRIDE: list[Model | None] = []


@contextmanager
def using(model: Model | None) -> Iterator[None]:
    """Within the block, `predict` (and so `classify`) reads `model` (None: no model, the cue rule alone):
    cross-validation folds, tests."""
    _OVERRIDE.append(model)
    try:
        yield
    finally:
        _OVERRIDE.pop()


def predict(text: str, language: str, model: Model | None = None) -> list[tuple[float, str]]:
    """(probability, category) for every category the model knows, best first ([] without a model)."""
    if model is None:
        model = _OVERRIDE[-1] if _OVERRIDE else load()
    if model is None:
        return []
    hit = _RECENT.get((language, text))
    if hit is not None and hit[0] is model:
        return hit[1]  # the classifier and the confidence ask about the same story
    feats = [f for f in features(text, language) if f in model.weights]
    # (nothing the model has seen: no opinion rather than its prior)
    ranked = posterior(model, feats) if len(feats) >= MIN_FEATURES else []
    _RECENT[(language, text)] = (model, ranked)
    if len(_RECENT) > _RECENT_MAX:
        _RECENT.popitem(last=False)
    return ranked


_RECENT: OrderedDict[tuple[str, str], tuple[Model, list[tuple[float, str]]]] = OrderedDict()
_RECENT_MAX = 64


def posterior(model: Model, feats: list[str]) -> list[tuple[float, str]]:
    """(probability, class) for every class given the known features `feats`, best first."""
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


def count(examples: list[Example]) -> dict:
    """The JSON-ready counts of (category, language, text) examples: stories per category and, per
    feature, how many stories of each category have it (a feature counts once per story, so a long
    story does not outweigh a short one)."""
    return count_features(((cls, features(text, lang)) for cls, lang, text in examples), SCHEMA)


def count_features(labelled: Iterable[tuple[str, list[str]]], schema: str) -> dict:
    """The JSON-ready counts of (class, features) examples under `schema` (see `count`)."""
    from collections import Counter, defaultdict

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    docs: Counter[str] = Counter()
    for cls, feats in labelled:
        docs[cls] += 1
        for f in feats:
            counts[f][cls] += 1
    return {"schema": schema, "alpha": ALPHA, "docs": dict(sorted(docs.items())),
            "counts": {f: dict(sorted(by_cls.items())) for f, by_cls in sorted(counts.items())}}


def merge(base: dict, extra: dict, weight: int = 1) -> dict:
    """`base` counts plus `weight` times `extra`'s (an installation's reviewed drafts on the shipped model)."""
    docs = dict(base["docs"])
    counts = {f: dict(by_cls) for f, by_cls in base["counts"].items()}
    for cls, n in extra["docs"].items():
        docs[cls] = docs.get(cls, 0) + weight * n
    for f, by_cls in extra["counts"].items():
        row = counts.setdefault(f, {})
        for cls, n in by_cls.items():
            row[cls] = row.get(cls, 0) + weight * n
    return {"schema": SCHEMA, "alpha": base.get("alpha", ALPHA), "docs": dict(sorted(docs.items())),
            "counts": {f: dict(sorted(by_cls.items())) for f, by_cls in sorted(counts.items())}}


def train(examples: list[Example]) -> dict:
    """Train on (category, language, text) examples; returns the JSON-ready model (counts)."""
    return count(examples)


def dumps(model: dict) -> str:
    """The model file's text: compact, keys sorted, so the same inputs give the same bytes."""
    return json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def configured_path(variable: str, shipped: Path) -> Path:
    """The counts file an environment variable names (a cross-validation fold; a path that does not exist
    switches the model off), else the shipped one: how the measure and story models are found."""
    configured = os.environ.get(variable)
    return Path(configured) if configured else shipped


@cache
def load_counts(path: Path, schema: str) -> Model | None:
    """The model of a counts file under `schema`, or None when there is no such file."""
    try:
        return from_dict(json.loads(path.read_text(encoding="utf-8")), schema)
    except OSError:
        return None


def from_dict(raw: dict, schema: str = SCHEMA) -> Model:
    """Log weights from counts: multinomial naive Bayes with Laplace smoothing and a flattened prior
    (log of the square root of each category's share (PRIOR_POWER), so frequent categories do not swallow rare ones)."""
    if raw.get("schema") != schema:
        raise ValueError(f"not a {schema} file")
    alpha = float(raw.get("alpha", ALPHA))
    docs = raw["docs"]
    classes = tuple(sorted(docs))
    size = len(raw["counts"])
    totals = dict.fromkeys(classes, 0)
    for by_cls in raw["counts"].values():
        for cls, n in by_cls.items():
            totals[cls] += n
    root = {c: docs[c] ** PRIOR_POWER for c in classes}
    norm = sum(root.values())
    prior = {c: math.log(root[c] / norm) for c in classes}
    denom = {c: math.log(totals[c] + alpha * size) for c in classes}
    unseen = {c: math.log(alpha) - denom[c] for c in classes}
    weights = {f: {c: math.log(n + alpha) - denom[c] for c, n in by_cls.items() if n > 0}
               for f, by_cls in raw["counts"].items()}
    return Model(classes, prior, unseen, weights)
