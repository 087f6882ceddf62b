"""A learned check that a block the segmenter kept tells an incident, for blocks the rules let through.

Why: the segmenter and the rules of `not_incident` keep most of a report's boilerplate out, but on reports
they were never tuned on, the false incidents were blocks of kinds no rule lists in those words: a
report's title and lead ("The foundation sums up what its monitoring learned in May"), a closing line ("A
detailed monitoring is published on the website"), a statistics item ("- 91 – об общей ситуации"), a
recommendation. What these share is their words and their place in the report, so a naive Bayes model
over the block's lemmas and a few layout marks (`features`), trained offline on every labelled report
the project may use (`scripts/train_story_model.py`: each block the rules kept, labelled by whether a gold
incident covers it), reads it.

It only ever removes: `incidents.extract_incidents` drops a kept block when the model is sure it is no
story (`NOT_STORY`, chosen leave-one-batch-out). The file holds counts, like the category model
(`category_model.py`), and runs on CPU from JSON.

    p_not_story(block, "ru", first=True, last=False, dated=False) -> probability
    where(a, b, len(text)) -> (first, last)   # the block's place in the report
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from speechwatch.extraction.category_model import (
    Model,
    configured_path,
    count_features,
    load_counts,
    posterior,
)
from speechwatch.extraction.morph import lemmas

MODEL_PATH = Path(__file__).resolve().parent / "data" / "story_model.json"
SCHEMA = "speechwatch.story-model/1"
STORY, NOT = "story", "not"
MAX_CHARS = 600  # a block's opening says what kind of block it is
NOT_STORY = 0.999  # at or above this probability of "not", the block is dropped (chosen leave-one-batch-out)
MIN_FEATURES = 3

_OPENS_WITH_COUNT = re.compile(r"^\W*\d")
_LABEL_THEN_COUNT = re.compile(r"^\W*[^\W\d_][^\d.;]{2,80}\s[-–—:]\s*\d")
_PUBLISHER = re.compile(r"adil\s*soz|әділ\s*сөз|адил\s*соз|foundation|фонд|қор[ыы]", re.IGNORECASE)


def where(a: int, b: int, size: int) -> tuple[bool, bool]:
    """(first, last): whether the block opens the report (its masthead and lead) or closes it."""
    return a < size * 0.12, b > size * 0.93


def layout(text: str, *, first: bool, last: bool, dated: bool) -> list[str]:
    """Marks of where the block stands and how it opens: what the words alone do not say."""
    words = len(text.split())
    size = "tiny" if words < 8 else "short" if words < 25 else "medium" if words < 70 else "long"
    out = [f"@size:{size}", f"@dated:{'yes' if dated else 'no'}"]
    if first:
        out.append("@first")
    if last:
        out.append("@last")
    if _OPENS_WITH_COUNT.match(text):
        out.append("@opens_with_count")
    if _LABEL_THEN_COUNT.match(text):
        out.append("@label_then_count")
    if _PUBLISHER.search(text[:MAX_CHARS]):
        out.append("@publisher")
    return out


def features(text: str, language: str, *, first: bool = False, last: bool = False, dated: bool = False
             ) -> list[str]:
    """Lemmas and lemma bigrams of the block's opening, and its layout marks."""
    words = [w for w in lemmas(text[:MAX_CHARS], language) if len(w) > 1 and not w.isdigit()]
    out = set(words)
    out.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    out.update(layout(text, first=first, last=last, dated=dated))
    return sorted(out)


MIN_SEEN = 3  # a feature seen in fewer blocks than this is left out of the file (a name, a one-off word)


def count(examples: list[tuple[str, list[str]]]) -> dict:
    """The JSON-ready counts of (story or not, features) examples, without the features seen once."""
    model = count_features(examples, SCHEMA)
    model["counts"] = {f: by_cls for f, by_cls in model["counts"].items() if sum(by_cls.values()) >= MIN_SEEN}
    return model


def model_path() -> Path:
    """`SPEECHWATCH_STORY_MODEL` when set (cross-validation folds, or none: a path that does not exist),
    else the shipped file."""
    return configured_path("SPEECHWATCH_STORY_MODEL", MODEL_PATH)


def _load(path: Path) -> Model | None:
    return load_counts(path, SCHEMA)


def p_not_story(text: str, language: str, *, first: bool = False, last: bool = False, dated: bool = False
                ) -> float | None:
    """The model's probability that the block tells no incident; None without a model or known features."""
    model = _load(model_path())
    if model is None:
        return None
    feats = [f for f in features(text, language, first=first, last=last, dated=dated) if f in model.weights]
    if len(feats) < MIN_FEATURES:
        return None
    return next(p for p, c in posterior(model, feats) if c == NOT)


def not_a_story(text: str, language: str, *, first: bool = False, last: bool = False, dated: bool = False
                ) -> bool:
    """Whether the model is sure the block tells no incident. A block dated to a day inside the report is
    never dropped (on the real reports of dev, the two stories the model doubted most were dated ones);
    a dated block at the top is the report's own dateline and lead."""
    if dated and not first:
        return False
    p = p_not_story(text, language, first=first, last=last, dated=dated)
    return p is not None and p >= NOT_STORY
