"""Cue-only classification against an annual report's own chapters (a check on unseen wording).

    python benchmarks/chapter_check.py ../shared/seeds/annual-2020-en.txt 2020 [-v]

Annual reports file each story under a chapter ("5. ATTACKS", "10. CRIMINAL PROSECUTION"). The
segmenter records that chapter; here it is hidden from the classifier, and the cue-only primary
category is compared with it (an access.* prediction counts for the general access chapter).
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

from speechwatch.extraction.classify import classify
from speechwatch.extraction.readers import normalise_text
from speechwatch.extraction.schemas import Period
from speechwatch.extraction.segment import segment


def main(argv: list[str]) -> int:
    text = normalise_text(Path(argv[0]).read_text(encoding="utf-8"))
    year = int(argv[1])
    verbose = "-v" in argv
    agree: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for seg in segment(text, Period(date(year, 1, 1), date(year, 12, 31))):
        chapter = seg.context_category
        if not chapter or chapter.startswith("context."):
            continue
        primary, _ = classify(text[seg.start:seg.end], "en", title=seg.title)
        ok = primary == chapter or (chapter == "access.refusal" and primary.startswith("access."))
        total[chapter] += 1
        agree[chapter] += ok
        if verbose and not ok:
            print(f"{chapter:22} got {primary:22} {text[seg.start:seg.start + 100]!r}")
    for chapter in total:
        print(f"{chapter:22} {agree[chapter]:3}/{total[chapter]:3}")
    n, k = sum(total.values()), sum(agree.values())
    print(f"agreement {k}/{n} = {k / max(n, 1):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
