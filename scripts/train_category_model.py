"""Train the incident category model and write speechwatch/extraction/data/category_model.json.

Training text (all of it text the project may use; the blind batch tests/fixtures/heldout3 is never
read here, so its score stays an honest estimate):
  * the gold incidents of ../shared/corpus/dev (their category labels, the span of text as read),
  * the gold incidents of tests/fixtures/heldout and heldout2 (our own invented reports),
  * the codebook: each category's label, description and synonyms, en/ru/kk,
  * scripts/category_training/examples.tsv (short stories written for this model).

It also prints leave-one-year-out cross-validation on the gold incidents (each year's reports held out
in turn, the model trained on everything else) next to the cue rule alone on the same stories.

    .venv/bin/python scripts/train_category_model.py            # train, print CV, write the model
    .venv/bin/python scripts/train_category_model.py --cv-only  # print CV only

Deterministic: the same inputs give the same file byte for byte.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from speechwatch.extraction import category_model  # noqa: E402
from speechwatch.extraction.classify import classify, cue_decides  # noqa: E402
from speechwatch.extraction.readers import read_path  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"
FIXTURES = [ROOT / "tests" / "fixtures" / "heldout", ROOT / "tests" / "fixtures" / "heldout2"]
EXAMPLES = ROOT / "scripts" / "category_training" / "examples.tsv"
Example = tuple[str, str, str, str]  # (category, language, text, group for cross-validation)


def _language(name: str, text: str) -> str:
    m = re.search(r"(?:^|[_-])(en|ru|kk)(?:[_.-]|$)", name)
    if m:
        return m.group(1)
    from speechwatch.extraction.language import detect_language

    return detect_language(text)


def gold_examples(folder: Path) -> list[Example]:
    out: list[Example] = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        txt = folder / f"{name}.txt"
        if not txt.exists():
            continue
        text = read_path(txt).text
        lang = _language(name, text)
        found = re.search(r"(?:19|20)\d\d", name)
        year = found.group() if found else name
        for inc in json.loads(gold_path.read_text(encoding="utf-8")).get("incidents", []):
            a, b = inc["span"]
            out.append((inc["category"], lang, text[a:b], year))
    return out


def codebook_examples() -> list[Example]:
    from speechwatch.codebook import codebook_dir

    data = json.loads((codebook_dir() / "typology.json").read_text(encoding="utf-8"))
    out: list[Example] = []
    for cat in data["categories"]:
        for lang in ("en", "ru", "kk"):
            words = [cat["label"].get(lang, ""), cat.get("description", {}).get(lang, "")]
            words += cat.get("synonyms", {}).get(lang, [])
            text = ". ".join(w for w in words if w)
            if text:
                out.append((cat["code"], lang, text, "codebook"))
    return out


def own_examples() -> list[Example]:
    out: list[Example] = []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cls, lang, text = line.split("\t", 2)
        out.append((cls, lang, text, "own"))
    return out


def cross_validate(gold: list[Example], always: list[Example]) -> dict[str, float]:
    """Leave-one-year-out over the gold incidents; the codebook and own examples always train."""
    by_year: dict[str, list[Example]] = defaultdict(list)
    for ex in gold:
        by_year[ex[3]].append(ex)
    right = cue_right = both_right = fallback = fallback_right = 0
    for year in sorted(by_year):
        train = [e[:3] for y, exs in by_year.items() if y != year for e in exs] + [e[:3] for e in always]
        model = category_model.from_dict(category_model.train(train))
        for cls, lang, text, _ in by_year[year]:
            pred = category_model.predict(text, lang, model)[0][1]
            right += pred == cls
            decided = cue_decides(text, lang)
            cue = classify(text, lang)[0] if decided else "context.statement"  # the old rule alone
            cue_right += cue == cls
            both_right += (cue if decided else pred) == cls  # the pipeline: cues, else this fold's model
            if not decided:
                fallback += 1
                fallback_right += pred == cls
    n = len(gold)
    return {"stories": n, "years": len(by_year), "model_alone_accuracy": round(right / n, 3),
            "cue_rule_with_statement_fallback": round(cue_right / n, 3),
            "cue_rule_with_model_fallback": round(both_right / n, 3),
            "no_cue_stories": fallback,
            "model_accuracy_on_no_cue": round(fallback_right / fallback, 3) if fallback else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--out", type=Path, default=category_model.MODEL_PATH)
    args = parser.parse_args(argv)
    gold: list[Example] = []
    if DEV.is_dir():
        gold += gold_examples(DEV)
    else:
        print(f"warning: {DEV} absent; training without the dev gold", file=sys.stderr)
    for folder in FIXTURES:
        gold += gold_examples(folder)
    always = codebook_examples() + own_examples()
    cv = cross_validate(gold, always)
    print(json.dumps({"leave_one_year_out": cv}, indent=1))
    if args.cv_only:
        return 0
    model = category_model.train([e[:3] for e in gold + always])
    args.out.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(model['weights'])} features, "
          f"{len(model['classes'])} classes, {len(gold) + len(always)} examples)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
