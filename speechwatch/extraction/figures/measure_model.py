"""A learned reading of the words around a count, for counts the cue table and the codebook's words miss.

Why: on reports the rules were never tuned on, most lost figures were counts whose words no cue lists
("96 cases of reporters being kept out", "21 сайт и страница в соцсетях были заблокированы"): the rules
found the number, named no measure and dropped it. Wordings vary without end; what they share is their
words. A naive Bayes model over the lemmas just before and just after the number (`features`), trained
offline on every labelled report the project may use (`scripts/train_measure_model.py`: the dev gold and
the invented batches in tests/fixtures, each count aligned to its gold figure by value), reads the measure
from them, with "none" for numbers that count nothing a report tallies (a story's "two journalists", a
comparison, a day).

It only ever fills a gap: `steps.step_count` asks it when no rule named a measure, for a top-level count in
a passage of figures (`steps._learned_measure_may_fill`), and takes its answer when it is confident
(`CONFIDENT`). The
file holds counts, like the category model (`category_model.py`), and runs on CPU from JSON.

    predict(left, right, "ru") -> [(probability, measure or "none"), ...]   # best first
"""

from __future__ import annotations

import itertools
from pathlib import Path

from speechwatch.extraction.category_model import (
    Model,
    configured_path,
    count_features,
    load_counts,
    posterior,
)
from speechwatch.extraction.document import ReportDocument
from speechwatch.extraction.morph import lemmas
from speechwatch.extraction.numbers import NumberSpan

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "measure_model.json"
SCHEMA = "speechwatch.measure-model/1"
NONE = "none"  # the class of numbers that count nothing a report tallies
WINDOW = 8  # words read on each side of the number
CONFIDENT = 0.97  # below this the model's answer is not taken (chosen leave-one-batch-out)
MIN_FEATURES = 3


def features(left: str, right: str, language: str) -> list[str]:
    """Lemmas and lemma bigrams of the words before (`L:`) and after (`R:`) the number, nearest first."""
    before = [w for w in lemmas(left, language) if not w.isdigit()][-WINDOW:]
    after = [w for w in lemmas(right, language) if not w.isdigit()][:WINDOW]
    out = {f"L:{w}" for w in before} | {f"R:{w}" for w in after}
    out.update(f"L:{a} {b}" for a, b in itertools.pairwise(before))
    out.update(f"R:{a} {b}" for a, b in itertools.pairwise(after))
    if before:
        out.add(f"L1:{before[-1]}")  # the word right before the number
    if after:
        out.add(f"R1:{after[0]}")  # and right after it: often the count noun
    return sorted(out)


def count(examples: list[tuple[str, str, str, str]]) -> dict:
    """The JSON-ready counts of (measure, language, left, right) examples."""
    return count_features(((m, features(left, right, lang)) for m, lang, left, right in examples), SCHEMA)


def model_path() -> Path:
    """`SPEECHWATCH_MEASURE_MODEL` when set (cross-validation folds), else the shipped file."""
    return configured_path("SPEECHWATCH_MEASURE_MODEL", MODEL_PATH)


def _load(path: Path) -> Model | None:
    return load_counts(path, SCHEMA)


def predict(left: str, right: str, language: str) -> list[tuple[float, str]]:
    """(probability, measure) for every class, best first; [] without a model or known features."""
    model = _load(model_path())
    if model is None:
        return []
    feats = [f for f in features(left, right, language) if f in model.weights]
    if len(feats) < MIN_FEATURES:
        return []
    return posterior(model, feats)


def confident_measure(left: str, right: str, language: str) -> str | None:
    """The measure the words around a count name, when the model is sure of it; else None."""
    ranked = predict(left, right, language)
    if not ranked or ranked[0][0] < CONFIDENT or ranked[0][1] == NONE:
        return None
    return ranked[0][1]


def windows(doc: ReportDocument, numbers: list[NumberSpan]) -> list[tuple[NumberSpan, str, str]]:
    """(number, words before, words after) for each count candidate: the words of its clause-sentence
    between the previous candidate and the next one, as the figure steps read them."""
    text = doc.flat
    out = []
    k = 0
    for ss, se in doc.clauses:
        while k < len(numbers) and numbers[k].start < ss:
            k += 1
        j = k
        while j < len(numbers) and numbers[j].start < se:
            j += 1
        inside = numbers[k:j]
        for i, n in enumerate(inside):
            lo = inside[i - 1].end if i else ss
            hi = inside[i + 1].start if i + 1 < len(inside) else se
            out.append((n, text[lo : n.start], text[n.end : hi]))
        k = j
    return out
