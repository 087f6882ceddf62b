"""`speechwatch extract` and `speechwatch eval` as a user runs them: output contract and exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from speechwatch.extraction.cli import main

REPORT = """Violations of freedom of speech in the Republic, May 2031

2 june 2031

The foundation presents an overview of the events of May 2031.
In May 2031, the following incidents were recorded:
11 reports of violations of the rights of journalists, media and newsmakers were registered, among them:
•    4 cases of obstruction of lawful journalistic activities;
9 reports related to the right to freely receive and disseminate information.
"""


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def report(tmp_path: Path) -> Path:
    p = tmp_path / "may.txt"
    p.write_text(REPORT.replace("\n", "\r\n"), encoding="cp1252")
    return p


def test_extract_json_contract(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["extract", str(report)], capsys)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["schema"] == "speechwatch.extract/1"
    assert data["source"]["format"] == "txt" and data["source"]["language"] == "en"
    assert len(data["source"]["sha256"]) == 64 and data["source"]["path"] == str(report)
    assert data["report"] == {"publisher": None, "title": "Violations of freedom of speech in the Republic, May 2031",
                              "kind": "monthly", "period": {"start": "2031-05-01", "end": "2031-05-31"},
                              "published": "2031-06-02"}
    triples = {(s["measure"], s["scope"], s["value"]) for s in data["statistics"]}
    assert triples == {("rights.total", "period", 11), ("rights.obstruction", "period", 4),
                       ("access.total", "period", 9)}
    assert all(s["period"] == {"start": "2031-05-01", "end": "2031-05-31"} for s in data["statistics"])
    assert isinstance(data["incidents"], list) and isinstance(data["warnings"], list)

    code, text, _ = _run(["extract", "--text", str(report)], capsys)
    assert code == 0 and "\r" not in text
    for s in data["statistics"]:
        assert text[s["span"][0]:s["span"][1]] == s["text"]


def test_extract_table(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["extract", "--format", "table", str(report)], capsys)
    assert code == 0
    assert "report: monthly 2031-05-01..2031-05-31" in out and "rights.obstruction" in out


def test_batch_with_bad_files_reports_each_and_goes_on(tmp_path: Path, report: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    odd = tmp_path / "notes.xyz"
    odd.write_text("hello")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 10)
    code, out, err = _run(["extract", str(empty), str(report), str(odd), str(garbage)], capsys)
    assert code == 1
    lines = err.strip().split("\n")
    assert len(lines) == 3
    assert "SW-E001" in lines[0] and "empty.txt" in lines[0]
    assert "SW-E002" in lines[1] and "notes.xyz" in lines[1]
    assert "garbage.pdf" in lines[2]
    objects = [json.loads(line) for line in out.strip().split("\n")]  # JSON Lines for several files
    assert [o["source"]["path"] for o in objects] == [str(report)]


def test_directory_argument_and_max_mb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "b.txt").write_text(REPORT * 50)
    code, out, err = _run(["extract", "--max-mb", "0.01", str(tmp_path)], capsys)
    assert code == 1 and "SW-E006" in err and "b.txt" in err
    assert len(out.strip().split("\n")) == 1


@pytest.mark.parametrize("argv", [["extract"], ["extract", "--format", "xml", "a.txt"], ["eval"],
                                  ["eval", "/nonexistent-dir"], ["frobnicate"], []])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2


def test_console_entry_point_exit_codes(report: Path, tmp_path: Path) -> None:
    cmd = [sys.executable, "-c", "from speechwatch.cli import main; main()"]
    ok = subprocess.run([*cmd, "extract", str(report)], capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and json.loads(ok.stdout)["report"]["kind"] == "monthly"
    (tmp_path / "x.txt").write_bytes(b"")
    bad = subprocess.run([*cmd, "extract", str(tmp_path / "x.txt")], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    usage = subprocess.run([*cmd, "extract", "--bogus"], capture_output=True, text=True, timeout=120)
    assert usage.returncode == 2
    assert "django" not in subprocess.run(
        [sys.executable, "-c", "import sys, speechwatch.extraction.cli, speechwatch.extraction.pipeline;"
         "from speechwatch.extraction import extract_text; extract_text('In May 2031, 3 reports of violations "
         "of the rights of journalists.');print(sorted(m for m in sys.modules if m.startswith('django')))"],
        capture_output=True, text=True, timeout=120).stdout.replace("[]", "")


def test_eval_gate_on_dev_corpus(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The quality gate: figures F1 ≥ 0.98 and every report period exact on the dev corpus."""
    gold_dir = shared_dir / "corpus" / "dev"
    if not gold_dir.is_dir():
        pytest.skip("corpus/dev is not present")
    code, out, _ = _run(["eval", str(gold_dir), "--json"], capsys)
    scores = json.loads(out)
    assert code == 0, scores["errors"]
    assert scores["figures"]["f1"] >= 0.98, scores["misses"]
    assert scores["report_period_exact"]["rate"] == 1.0, scores["misses"]
    assert scores["report_kind_exact"]["rate"] == 1.0, scores["misses"]
