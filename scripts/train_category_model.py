"""Train the incident category model and write speechwatch/extraction/data/category_model.json.

Training text (all of it text the project may use; the blind batch under /work/blind is never read):
  * the gold incidents of ../shared/corpus/dev (their category labels, the span of text as read),
  * the gold incidents of every batch in tests/fixtures/heldout* (our own invented reports; a batch is
    added to the repository, and so to this training, only after its blind score was taken),
  * the stories under the chapters of the annual seeds in ../shared/seeds (the chapter heading, e.g.
    "10. CRIMINAL PROSECUTION", gives the category of the stories under it; context chapters excluded),
  * the codebook: each category's label, description, synonyms and examples, en/ru/kk,
  * scripts/category_training/examples.tsv (short stories written for this model).

The shipped file holds feature counts only (no training text). It also prints leave-one-year-out
cross-validation on the labelled stories (gold and seed chapters): each year's stories held out in
turn, the model trained on everything else, next to the cue rule alone on the same stories.

    .venv/bin/python scripts/train_category_model.py            # train, print CV, write the model
    .venv/bin/python scripts/train_category_model.py --cv-only  # print the CV table only
    .venv/bin/python scripts/train_category_model.py --cv-only --by-batch  # leave one invented batch out

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
SEEDS = ROOT.parent / "shared" / "seeds"
# every batch in the repository: a batch is moved in only after its blind score was taken
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("heldout*"), key=lambda p: int(p.name[7:] or 1))
EXAMPLES = ROOT / "scripts" / "category_training" / "examples.tsv"
Example = tuple[str, str, str, str]  # (category, language, text, group for cross-validation)


def _language(name: str, text: str) -> str:
    m = re.search(r"(?:^|[_-])(en|ru|kk)(?:[_.-]|$)", name)
    if m:
        return m.group(1)
    from speechwatch.extraction.language import detect_language

    return detect_language(text)


def gold_examples(folder: Path, group: str | None = None) -> list[Example]:
    """The gold incidents of a folder, grouped for cross-validation by year, or all under `group`."""
    out: list[Example] = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        txt = folder / f"{name}.txt"
        if not txt.exists():
            continue
        text = read_path(txt).text
        lang = _language(name, text)
        found = re.search(r"(?:19|20)\d\d", name)
        year = group or (found.group() if found else name)
        for inc in json.loads(gold_path.read_text(encoding="utf-8")).get("incidents", []):
            a, b = inc["span"]
            out.append((inc["category"], lang, text[a:b], year))
    return out


def seed_chapter_examples(folder: Path) -> list[Example]:
    """Stories under the violation chapters of the annual seeds, labelled by their chapter."""
    from datetime import date

    from speechwatch.extraction.schemas import Period
    from speechwatch.extraction.segment import segment

    out: list[Example] = []
    for path in sorted(folder.glob("annual-*.txt")):
        found = re.search(r"(?:19|20)\d\d", path.name)
        if not found:
            continue
        year = int(found.group())
        text = read_path(path).text
        lang = _language(path.name, text)
        for seg in segment(text, Period(date(year, 1, 1), date(year, 12, 31)), lang):
            chapter = seg.context_category
            if chapter and not chapter.startswith("context."):
                story = text[seg.start:seg.end]
                if chapter == "access.refusal":
                    # the access chapter holds every access story (blockings, closures, elections coverage):
                    # its own access category when the cues name one, else a refusal
                    cue = classify(story, lang)[0] if cue_decides(story, lang) else ""
                    chapter = cue if cue.startswith("access.") else chapter
                out.append((chapter, lang, story, str(year)))
    return out


def codebook_examples() -> list[Example]:
    from speechwatch.codebook import codebook_dir

    data = json.loads((codebook_dir() / "typology.json").read_text(encoding="utf-8"))
    out: list[Example] = []
    for cat in data["categories"]:
        for lang in ("en", "ru", "kk"):
            words = [cat["label"].get(lang, ""), cat.get("description", {}).get(lang, "")]
            words += cat.get("synonyms", {}).get(lang, [])
            words += cat.get("examples", {}).get(lang, [])
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


def cross_validate(gold: list[Example], always: list[Example]) -> dict:
    """Leave-one-year-out over the labelled stories; the codebook and own examples always train."""
    by_year: dict[str, list[Example]] = defaultdict(list)
    for ex in gold:
        by_year[ex[3]].append(ex)
    rows = []
    tot = defaultdict(int)
    for year in sorted(by_year):
        train = [e[:3] for y, exs in by_year.items() if y != year for e in exs] + [e[:3] for e in always]
        model = category_model.from_dict(category_model.train(train))
        row = defaultdict(int)
        for cls, lang, text, _ in by_year[year]:
            ranked = category_model.predict(text, lang, model)
            pred = ranked[0][1] if ranked else "context.statement"
            decided = cue_decides(text, lang)
            with category_model.using(None):  # the old rule alone: cues, else context.statement
                cue = classify(text, lang)[0] if decided else "context.statement"
            row["stories"] += 1
            row["model"] += pred == cls
            row["cue_statement"] += cue == cls
            with category_model.using(model):
                row["pipeline"] += classify(text, lang)[0] == cls  # cues, else or against this fold's model
            row["no_cue"] += not decided
            row["no_cue_model"] += (not decided) and pred == cls
        rows.append((year, dict(row)))
        for k, v in row.items():
            tot[k] += v
    return {"years": rows, "total": dict(tot)}


def print_table(cv: dict) -> None:
    print("| held-out year | stories | model alone | cues, `context.statement` fallback | pipeline (cues + model) "
          "| no deciding cue (model right) |")
    print("|---|---|---|---|---|---|")
    for year, r in [*cv["years"], ("all", cv["total"])]:
        n = r["stories"]
        print(f"| {year} | {n} | {r['model'] / n:.3f} | {r['cue_statement'] / n:.3f} | {r['pipeline'] / n:.3f} "
              f"| {r['no_cue']} ({r['no_cue_model']}) |")


def labelled(by_batch: bool = False) -> tuple[list[Example], list[Example]]:
    """(stories grouped by year — or, with `by_batch`, each invented batch as one group, so a batch's writer's
    habits never help on that batch — and examples that always train)."""
    gold: list[Example] = []
    if DEV.is_dir():
        gold += gold_examples(DEV)
    else:
        print(f"warning: {DEV} absent; training without the dev gold", file=sys.stderr)
    if SEEDS.is_dir():
        gold += seed_chapter_examples(SEEDS)
    for folder in FIXTURES:
        gold += gold_examples(folder, folder.name if by_batch else None)
    return gold, codebook_examples() + own_examples()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validation table only")
    parser.add_argument("--no-cv", action="store_true", help="write the model without cross-validation")
    parser.add_argument("--by-batch", action="store_true",
                        help="cross-validate leaving out one invented batch at a time (dev and seeds by year)")
    parser.add_argument("--out", type=Path, default=category_model.MODEL_PATH)
    args = parser.parse_args(argv)
    gold, always = labelled(args.by_batch)
    if not args.no_cv:
        cv = cross_validate(gold, always)
        print(json.dumps({"leave_one_year_out": cv["total"]}, indent=1))
        print_table(cv)
    if args.cv_only:
        return 0
    model = category_model.train([e[:3] for e in gold + always])
    args.out.write_text(category_model.dumps(model), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(model['counts'])} features, "
          f"{len(model['docs'])} classes, {len(gold) + len(always)} examples)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
