"""Train the story model (is a kept block an incident?) and write speechwatch/extraction/data/story_model.json.

Training text: the dev gold (../shared/corpus/dev) and every invented batch in tests/fixtures/heldout*
(a batch is moved into the repository only after its blind score was taken; the blind batches under
/work/blind are never read), for the reports whose gold lists incidents. Each report is read by the
pipeline with the story model switched off; every incident block it keeps is labelled "story" when a
gold incident covers it (IoU ≥ 0.5, as `speechwatch eval` matches them) and "not" otherwise.

    .venv/bin/python scripts/train_story_model.py          # write the shipped model
    .venv/bin/python scripts/train_story_model.py --cv     # leave-one-batch-out: what each threshold
                                                           # would remove, per batch and in total

Deterministic: the same inputs give the same file byte for byte.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["SPEECHWATCH_STORY_MODEL"] = "/nonexistent/story-model-off.json"  # read with the rules alone

from speechwatch.extraction import category_model, story_model  # noqa: E402
from speechwatch.extraction.document import ReportDocument  # noqa: E402
from speechwatch.extraction.pipeline import extract_path  # noqa: E402
from speechwatch.extraction.scoring import iou  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("heldout*"), key=lambda p: int(p.name[7:] or 1))
Example = tuple[str, list[str], bool]  # (story or not, features, a block the rules kept)
THRESHOLDS = (0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999)


def _language(name: str, fallback: str) -> str:
    m = re.search(r"(?:^|[_-])(en|ru|kk)(?:[_.-]|$)", name)
    return m.group(1) if m else fallback


def report_examples(txt: Path, gold: dict) -> list[Example]:
    """The labelled kept blocks of one report (see the module's docstring)."""
    result = extract_path(txt)
    text = result.text
    language = _language(txt.name, result.source.language)
    spans = [tuple(i["span"]) for i in gold.get("incidents", [])]
    out: list[Example] = []

    def add(label: str, a: int, b: int, dated: bool, kept: bool = False) -> None:
        first, last = story_model.where(a, b, len(text))
        feats = story_model.features(text[a:b], language, first=first, last=last, dated=dated)
        out.append((label, feats, kept))

    for rec in result.incidents:  # what the rules kept
        a, b = rec.span
        add(story_model.STORY if any(iou((a, b), s) >= 0.5 for s in spans) else story_model.NOT, a, b,
            rec.date_precision == "day", kept=True)
    # and what they left out: every paragraph no gold incident touches (mastheads, leads, statistics,
    # closings), so the model learns what a report's other blocks look like
    dated = {tuple(i["span"]): i.get("date_precision") == "day" for i in gold.get("incidents", [])}
    for block in ReportDocument(text, language, None).blocks:
        a, b = block.start, block.end
        if text[a:b].strip() and not any(a < e and s < b for s, e in spans):
            add(story_model.NOT, a, b, bool(_DAY.search(text[a : a + 80])))
    for (a, b), day in dated.items():
        add(story_model.STORY, a, b, day)
    return out


_DAY = re.compile(r"\b\d{1,2}\s+[^\W\d_]{3,}|[^\W\d_]{3,}\s+\d{1,2}\b")


def folder_examples(folder: Path) -> list[Example]:
    out: list[Example] = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = folder / (gold_path.name[: -len(".gold.json")] + ".txt")
        if txt.exists() and "incidents" in gold:
            out.extend(report_examples(txt, gold))
    return out


def cross_validate(by_folder: dict[str, list[Example]]) -> None:
    """Leave one batch out: the model trained on the others, what each threshold removes from the batch."""
    from speechwatch.extraction.category_model import from_dict, posterior

    removed = {t: Counter() for t in THRESHOLDS}
    for name, held in by_folder.items():
        rest = [(label, feats) for n, ex in by_folder.items() if n != name for label, feats, _ in ex]
        model = from_dict(story_model.count(rest), story_model.SCHEMA)
        for label, feats, kept in held:
            if not kept or ("@dated:yes" in feats and "@first" not in feats):
                continue  # (story_model.not_a_story never drops a dated block inside the report)
            known = [f for f in feats if f in model.weights]
            if len(known) < story_model.MIN_FEATURES:
                continue
            p = next(p for p, c in posterior(model, known) if c == story_model.NOT)
            for t in THRESHOLDS:
                if p >= t:
                    removed[t][label] += 1
                    if label == story_model.STORY and t == story_model.NOT_STORY:
                        print(f"  {name}: would drop a story at {p:.4f}")
    total = Counter(label for ex in by_folder.values() for label, _, kept in ex if kept)
    print(f"blocks kept by the rules: {total[story_model.STORY]} stories, {total[story_model.NOT]} not")
    for t in THRESHOLDS:
        print(f"  p(not) ≥ {t}: removes {removed[t][story_model.NOT]} false incidents and "
              f"{removed[t][story_model.STORY]} true ones")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cv", action="store_true", help="print leave-one-batch-out figures, write nothing")
    parser.add_argument("--out", type=Path, default=story_model.MODEL_PATH)
    args = parser.parse_args()
    by_folder = {f.name: folder_examples(f) for f in [DEV, *FIXTURES] if f.is_dir()}
    if args.cv:
        cross_validate(by_folder)
        return
    examples = [e for ex in by_folder.values() for e in ex]
    model = story_model.count([(label, feats) for label, feats, _ in examples])
    args.out.write_text(category_model.dumps(model), encoding="utf-8")
    by_class = Counter(label for label, _, _ in examples)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(model['counts'])} features, "
          f"{by_class[story_model.STORY]} stories, {by_class[story_model.NOT]} other blocks)")


if __name__ == "__main__":
    main()
