"""List runs of 12 or more consecutive words that a repository file shares with the real reports in
../shared (seeds and corpus). The project ships only text it wrote; tests read real reports from
../shared at run time. Used by tests/test_no_copied_text.py and by hand:

    .venv/bin/python scripts/copied_text.py [PATH ...]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RUN = 12
WORD = re.compile(r"\w+", re.UNICODE)
TEXT_SUFFIXES = {".py", ".txt", ".md", ".json", ".html", ".po", ".csv", ".yaml", ".yml", ".toml", ".js", ".css"}


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def shingles(ws: list[str]) -> Iterator[tuple[str, ...]]:
    for i in range(len(ws) - RUN + 1):
        yield tuple(ws[i : i + RUN])


def shared_shingles(shared: Path = SHARED) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    reports = [p for d in ("seeds", "corpus") for p in sorted((shared / d).rglob("*"))]
    for path in reports:
        if path.is_file() and not path.name.endswith((".gold.json", ".meta.json")):
            out.update(shingles(words(path.read_text(encoding="utf-8", errors="replace"))))
    return out


def repo_files(root: Path = ROOT) -> Iterator[Path]:
    for top in ("speechwatch", "tests", "docs", "benchmarks", "scripts", "deploy"):
        for path in sorted((root / top).rglob("*")):
            if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts:
                yield path
    yield from (p for p in root.glob("*.md"))


def copied_runs(paths: Iterable[Path], known: set[tuple[str, ...]]) -> dict[Path, list[str]]:
    found: dict[Path, list[str]] = {}
    for path in paths:
        ws = words(path.read_text(encoding="utf-8", errors="replace"))
        hits = [" ".join(s) for s in shingles(ws) if s in known]
        if hits:
            found[path] = hits
    return found


def main(argv: list[str]) -> int:
    known = shared_shingles()
    paths = [Path(a).resolve() for a in argv] or list(repo_files())
    found = copied_runs(paths, known)
    for path, hits in found.items():
        print(f"{path.relative_to(ROOT)}: {len(hits)} runs of {RUN} words, e.g. {hits[0]!r}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
