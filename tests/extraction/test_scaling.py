"""Extraction time grows linearly with the report: 4× the text takes about 4× the time, not 16×.

A 19 MB report once ran for over ten minutes because the figures step tested every number against
every sum of money. Ratios, not absolute timings, so the test holds on a slow or busy machine; CPU
time of this process, so other processes on the machine count less.
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

from speechwatch.extraction import extract_text
from speechwatch.extraction.figures.extract import extract_figures
from speechwatch.extraction.metadata import extract_metadata

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "extract_scaling.py"
MAX_RATIO = 6.0  # linear is 4; quadratic is 16

# sums of money are what the quadratic step paired with every number
CLAIMS = """Claims for moral damages filed in October 2023:
•    an akim of a district against the newspaper Northern Courier: 3 000 000 tenge;
•    a construction company against the site Open City: 5 000 000 tenge;
•    a bank against the weekly Business Review: 2 500 000 tenge, and 2 other claims;
Courts awarded 1 200 000 tenge in 2 decisions; 4 claims are still pending.

"""


def _bench():
    spec = importlib.util.spec_from_file_location("extract_scaling", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cpu(fn, *args) -> float:
    started = time.process_time()
    fn(*args)
    return time.process_time() - started


def _repeat(text: str, kb: int) -> str:
    return text * (kb * 1024 // len(text) + 1)


def test_figures_step_is_linear_in_the_number_of_sums():
    def figures(text: str) -> None:
        extract_figures(text, "en", extract_metadata(text, "en")[0])

    small, large = _repeat(CLAIMS, 256), _repeat(CLAIMS, 1024)
    figures(_repeat(CLAIMS, 4))  # warm up
    ratio = _cpu(figures, large) / max(_cpu(figures, small), 1e-3)
    assert ratio < MAX_RATIO, f"4x the text took {ratio:.1f}x the time"


def test_whole_pipeline_time_per_mb_stays_flat():
    report_of = _bench().report_of
    extract_text(report_of(0.01), language="en")  # warm up

    def extract(text: str) -> None:
        extract_text(text, language="en")

    small = _cpu(extract, report_of(0.0625))
    large = _cpu(extract, report_of(0.25))
    ratio = large / max(small, 1e-3)
    assert ratio < MAX_RATIO, f"4x the text took {ratio:.1f}x the time"
