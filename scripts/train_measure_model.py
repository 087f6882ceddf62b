"""Train the count-measure model and write speechwatch/extraction/data/measure_model.json.

Training text: the dev gold (../shared/corpus/dev) and every invented batch in tests/fixtures/heldout*
(a batch is moved into the repository only after its blind score was taken; the blind batches under
/work/blind are never read). Each count candidate of a report (`candidates.count_candidates`) is labelled
by the gold figures: with the measure of the one scored figure (period or year to date) of its value,
when the value is unambiguous in the report; "none" when no gold figure has its value, or the gold
leaves it unscored because it counts nothing the codebook measures ("6 summonses"); left out otherwise.

    .venv/bin/python scripts/train_measure_model.py                       # write the shipped model
    .venv/bin/python scripts/train_measure_model.py --exclude heldout29 --out /tmp/m.json   # a fold

Deterministic: the same inputs give the same file byte for byte.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from speechwatch.extraction import category_model  # noqa: E402
from speechwatch.extraction.document import ReportDocument  # noqa: E402
from speechwatch.extraction.figures import measure_model  # noqa: E402
from speechwatch.extraction.figures.candidates import count_candidates  # noqa: E402
from speechwatch.extraction.language import detect_language  # noqa: E402
from speechwatch.extraction.readers import read_path  # noqa: E402
from speechwatch.extraction.schemas import Period  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("heldout*"), key=lambda p: int(p.name[7:] or 1))
Example = tuple[str, str, str, str]  # (measure or "none", language, left words, right words)
# the reasons a gold file gives for a figure that counts nothing a report tallies
NO_MEASURE = re.compile(r"no (?:§\s*4 )?measure|not a (?:§\s*4 )?measure|summons|official|ratio|not a count")


def _language(name: str, text: str) -> str:
    m = re.search(r"(?:^|[_-])(en|ru|kk)(?:[_.-]|$)", name)
    return m.group(1) if m else detect_language(text)


def _period(gold: dict) -> Period | None:
    p = (gold.get("report") or {}).get("period")
    if not p:
        return None
    return Period(date.fromisoformat(p["start"]), date.fromisoformat(p["end"]))


def report_examples(txt: Path, gold: dict) -> list[Example]:
    """The labelled count candidates of one report (see the module's docstring)."""
    text = read_path(txt).text
    lang = _language(txt.name, text)
    doc = ReportDocument(text, lang, _period(gold))
    scored: dict[int, set[str]] = {}
    for s in gold.get("statistics", []):
        if s["scope"] in ("period", "ytd") and not s["measure"].endswith("_kzt"):
            scored.setdefault(int(s["value"]), set()).add(s["measure"])
    unscored: set[int] = set()
    counts_nothing: set[int] = set()  # counts with no §4 measure ("6 summonses"): what "none" must learn
    for s in gold.get("statistics_unscored", []):
        if isinstance(s.get("value"), int):
            why = (s.get("why") or "").lower()
            (counts_nothing if NO_MEASURE.search(why) else unscored).add(int(s["value"]))
    numbers = count_candidates(doc)
    seen = Counter(n.integer for n in numbers)
    out: list[Example] = []
    for n, left, right in measure_model.windows(doc, numbers):
        v = n.integer
        if v is None:
            continue
        if v in scored:
            if len(scored[v]) == 1 and seen[v] == 1:
                out.append((next(iter(scored[v])), lang, left, right))
        elif v not in unscored or v in counts_nothing:
            out.append((measure_model.NONE, lang, left, right))
    return out


def folder_examples(folder: Path) -> list[Example]:
    out: list[Example] = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        txt = folder / (gold_path.name[: -len(".gold.json")] + ".txt")
        if txt.exists():
            out.extend(report_examples(txt, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exclude", action="append", default=[], help="a folder name to leave out (a fold)")
    parser.add_argument("--out", type=Path, default=measure_model.MODEL_PATH)
    args = parser.parse_args()
    folders = [f for f in [DEV, *FIXTURES] if f.is_dir() and f.name not in args.exclude]
    examples: list[Example] = []
    for folder in folders:
        examples.extend(folder_examples(folder))
    model = measure_model.count(examples)
    args.out.write_text(category_model.dumps(model), encoding="utf-8")
    by_class = Counter(e[0] for e in examples)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(model['counts'])} features, "
          f"{len(by_class)} classes, {len(examples)} examples, {by_class[measure_model.NONE]} of them 'none')")


if __name__ == "__main__":
    main()
