"""The repository holds only text we wrote: no run of 12 consecutive words of a real report in
../shared (seeds and corpus) may appear in it. Tests that need real reports read them from ../shared at
run time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import copied_text  # noqa: E402


def test_no_sentence_of_a_real_report_is_in_the_repo(shared_dir):
    known = copied_text.shared_shingles(shared_dir)
    assert len(known) > 10_000  # the seeds and corpus were read
    found = copied_text.copied_runs(copied_text.repo_files(ROOT), known)
    report = [f"{p.relative_to(ROOT)}: {len(h)} runs, e.g. {h[0]!r}" for p, h in found.items()]
    assert not report, "\n".join(report)


def test_the_check_finds_a_copied_run(shared_dir, tmp_path):
    seed = next(p for p in sorted((shared_dir / "seeds").iterdir()) if p.is_file())
    words = copied_text.words(seed.read_text(encoding="utf-8"))[:40]
    if len(words) < 30:
        pytest.skip("the first seed is too short")
    sample = tmp_path / "sample.txt"
    sample.write_text("Prefix. " + " ".join(words[10:30]) + " suffix.", encoding="utf-8")
    assert copied_text.copied_runs([sample], copied_text.shared_shingles(shared_dir))
