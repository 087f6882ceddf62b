"""Score incident extraction against gold annotations (methodology §8) without the full pipeline.

    python benchmarks/eval_incidents.py ../shared/corpus/dev [-v] [--pipeline]

Matches each gold incident to the predicted incident whose span overlaps it most (IoU >= 0.5), then
prints detection precision/recall, date accuracy (gold day-precision dates only) and primary-category
accuracy, plus the misses. The report period comes from the gold file, so only incidents are scored.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

from speechwatch.extraction.incidents import extract_incidents
from speechwatch.extraction.language import detect_language
from speechwatch.extraction.readers import normalise_text
from speechwatch.extraction.schemas import Period, ReportMeta


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def main(argv: list[str]) -> int:
    gold_dir = Path(argv[0])
    verbose = "-v" in argv
    full = "--pipeline" in argv  # run the whole pipeline (reader, metadata) instead of the gold period
    tp = n_gold = n_pred = 0
    date_ok = date_n = cat_ok = cat_n = 0
    elapsed = 0.0
    for gpath in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        if "incidents" not in gold:
            continue
        text = normalise_text(gpath.with_name(gpath.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8"))
        p = gold["report"]["period"]
        meta = ReportMeta(kind=gold["report"].get("kind", "monthly"),
                          period=Period(date.fromisoformat(p["start"]), date.fromisoformat(p["end"])))
        t0 = time.perf_counter()
        if full:
            from speechwatch.extraction import extract_path

            result = extract_path(gpath.with_name(gpath.name.replace(".gold.json", ".txt")))
            text, preds = result.text, result.incidents
        else:
            preds = extract_incidents(text, detect_language(text), meta)
        elapsed += time.perf_counter() - t0
        n_gold += len(gold["incidents"])
        n_pred += len(preds)
        used: set[int] = set()
        for g in gold["incidents"]:
            gs = tuple(g["span"])
            best, best_iou = None, 0.0
            for k, pr in enumerate(preds):
                v = iou(gs, pr.span)
                if v > best_iou:
                    best, best_iou = k, v
            if best is None or best_iou < 0.5:
                print(f"MISS {gpath.name} {gs} iou={best_iou:.2f} {text[gs[0]:gs[0] + 70]!r}")
                continue
            used.add(best)
            tp += 1
            pr = preds[best]
            if g.get("date_precision") == "day" and g.get("date"):
                date_n += 1
                pd = pr.date.isoformat() if pr.date else None
                if pd == g["date"]:
                    date_ok += 1
                else:
                    print(f"DATE {gpath.name} {gs} gold={g['date']} pred={pd}")
            cat_n += 1
            if pr.category == g["category"]:
                cat_ok += 1
            else:
                print(f"CAT  {gpath.name} {gs} gold={g['category']} pred={pr.category} {pr.categories}")
        for k, pr in enumerate(preds):
            if k not in used:
                print(f"EXTRA {gpath.name} {pr.span} {pr.category} {text[pr.span[0]:pr.span[0] + 70]!r}")
        if verbose:
            for pr in preds:
                print("   ", pr.span, pr.date, pr.date_precision, pr.category, pr.categories, pr.follow_up,
                      [(a.name, a.kind, a.role) for a in pr.actors], [(x.name, x.region) for x in pr.places],
                      pr.legal_bases, pr.amounts, repr(pr.title), repr(pr.summary[:100]))
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    print(f"detection: precision {prec:.3f} recall {rec:.3f} ({tp}/{n_gold} gold, {n_pred} predicted)")
    print(f"date accuracy {date_ok}/{date_n} = {date_ok / max(date_n, 1):.3f}")
    print(f"category accuracy {cat_ok}/{cat_n} = {cat_ok / max(cat_n, 1):.3f}")
    print(f"extract_incidents time {elapsed:.3f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
