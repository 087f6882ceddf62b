"""`speechwatch extract` and `speechwatch eval`: read reports and score the reading, with no database.

    speechwatch extract PATH... [--format json|table] [--text] [--max-mb N]
    speechwatch eval GOLD_DIR [--json] [--no-misses]

extract prints one JSON object per input file (methodology §7): indented for a single file, one object
per line (JSON Lines) for several. Exit status: 0 all files read, 1 some failed (one line each on
stderr, the others still processed), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from speechwatch.extraction.errors import ExtractionError
from speechwatch.extraction.readers import FORMATS


def _expand(paths: list[str]) -> list[Path]:
    """Files as given; directories expand to the supported files inside them (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in FORMATS
                              and not f.name.endswith((".gold.json", ".meta.json"))))
        else:
            out.append(p)
    return out


def _extract_one(path: Path, max_bytes: int | None = None) -> Any:
    from speechwatch.extraction.pipeline import extract_path

    try:
        return extract_path(path, max_bytes=max_bytes)
    except ExtractionError:
        raise
    except MemoryError as exc:
        raise ExtractionError(f"{path}: out of memory while reading") from exc
    except Exception as exc:  # one broken file must not stop a batch: report it as a coded error
        raise ExtractionError(f"{path}: internal error ({exc.__class__.__name__}: {exc})") from exc


def _table(result: Any) -> str:
    data = result.to_json()
    r = data["report"]
    period = f"{r['period']['start']}..{r['period']['end']}" if r["period"] else "-"
    lines = [f"== {data['source']['path']} ({data['source']['format']}, {data['source']['language']})",
             f"report: {r['kind']} {period} | publisher: {r['publisher'] or '-'} | "
             f"published: {r['published'] or '-'}", f"title: {r['title'] or '-'}"]
    lines.append(f"statistics ({len(data['statistics'])}):")
    for s in data["statistics"]:
        lines.append(f"  {s['measure']:<34} {s['scope']:<8} {s['value']:>13}  [{s['span'][0]}:{s['span'][1]}] "
                     f"{s['text'][:70]!r}")
    lines.append(f"incidents ({len(data['incidents'])}):")
    for i in data["incidents"]:
        lines.append(f"  [{i['span'][0]}:{i['span'][1]}] {i['date'] or '-':<10} {i['category']:<22} "
                     f"{i['summary'][:80]}")
    lines += [f"warning: {w}" for w in data["warnings"]]
    return "\n".join(lines)


def extract_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="speechwatch extract",
                                     description="Read reports (txt, html, docx, pdf) and print what they state.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    parser.add_argument("--format", choices=["json", "table"], default="json")
    parser.add_argument("--text", action="store_true", help="print the normalised text that spans index into")
    parser.add_argument("--max-mb", type=float, default=None, help="size limit per file (default 20 MB)")
    args = parser.parse_args(argv)
    limit = None
    if args.max_mb is not None:
        if args.max_mb <= 0:
            parser.error("--max-mb must be positive")
        limit = int(args.max_mb * 1024 * 1024)
    paths = _expand(args.paths)
    if not paths:
        print("speechwatch extract: no supported files found", file=sys.stderr)
        return 1
    failed = 0
    many = len(paths) > 1
    for path in paths:
        try:
            result = _extract_one(path, limit)
        except ExtractionError as exc:
            failed += 1
            print(f"error: {exc}", file=sys.stderr, flush=True)
            continue
        if args.text:
            if many:
                print(f"==> {path} <==")
            sys.stdout.write(result.text)
            if many or not result.text.endswith("\n"):
                sys.stdout.write("\n")
        elif args.format == "table":
            print(_table(result))
        elif many:
            print(json.dumps(result.to_json(), ensure_ascii=False))
        else:
            print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        sys.stdout.flush()
    return 1 if failed else 0


def eval_main(argv: list[str]) -> int:
    from speechwatch.extraction.scoring import EvalScores

    parser = argparse.ArgumentParser(prog="speechwatch eval",
                                     description="Score extraction on NAME.txt files that have NAME.gold.json.")
    parser.add_argument("gold_dir", metavar="GOLD_DIR")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--no-misses", action="store_true", help="do not list the errors per file")
    args = parser.parse_args(argv)
    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        parser.error(f"{gold_dir} is not a directory")
    scores = EvalScores()
    pairs = sorted((t, t.with_name(t.name[:-4] + ".gold.json")) for t in gold_dir.glob("*.txt"))
    pairs = [(t, g) for t, g in pairs if g.is_file()]
    if not pairs:
        print(f"speechwatch eval: no NAME.txt with NAME.gold.json in {gold_dir}", file=sys.stderr)
        return 1
    for text_path, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            predicted = _extract_one(text_path).to_json()
        except ExtractionError as exc:
            scores.errors[text_path.name] = str(exc)
            predicted = {"report": {}, "statistics": [], "incidents": []}
        scores.add_file(text_path.name, gold, predicted)
    if args.json:
        data = scores.to_json()
        if args.no_misses:
            data.pop("misses")
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(_report(scores, misses=not args.no_misses))
    return 1 if scores.errors else 0


def _report(scores: Any, misses: bool) -> str:
    lines = [f"files: {scores.files}", "", "Published figures (measure, scope, value) over scopes period+ytd:",
             f"  {'measure':<34} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for measure, prf in sorted(scores.by_measure.items()):
        lines.append(f"  {measure:<34} {prf.tp:>4} {prf.fp:>4} {prf.fn:>4} {prf.precision:6.3f} "
                     f"{prf.recall:6.3f} {prf.f1:6.3f}")
    f = scores.figures
    lines += [f"  {'OVERALL':<34} {f.tp:>4} {f.fp:>4} {f.fn:>4} {f.precision:6.3f} {f.recall:6.3f} {f.f1:6.3f}", "",
              f"Report period exact match: {scores.period.hits}/{scores.period.total} = {scores.period.value:.3f}",
              f"Report kind exact match:   {scores.kind.hits}/{scores.kind.total} = {scores.kind.value:.3f}", "",
              "Incidents (IoU >= 0.5):",
              f"  detection: precision {scores.detection.precision:.3f} recall {scores.detection.recall:.3f} "
              f"F1 {scores.detection.f1:.3f} (tp {scores.detection.tp}, fp {scores.detection.fp}, "
              f"fn {scores.detection.fn})",
              f"  date accuracy (exact-day gold): {scores.dates.hits}/{scores.dates.total} = {scores.dates.value:.3f}",
              f"  primary category accuracy: {scores.categories.hits}/{scores.categories.total} = "
              f"{scores.categories.value:.3f}"]
    for name, err in sorted(scores.errors.items()):
        lines.append(f"error: {name}: {err}")
    if misses and scores.misses:
        lines += ["", "Misses:"]
        for name, notes in sorted(scores.misses.items()):
            lines.append(f"  {name}")
            lines += [f"    {n}" for n in notes]
    return "\n".join(lines)


USAGE = "usage: speechwatch extract PATH... [--format json|table] [--text]\n       speechwatch eval GOLD_DIR [--json]"


def main(argv: list[str]) -> int:
    """Entry from `speechwatch.cli`: argv[0] is the command name (extract or eval)."""
    if not argv or argv[0] not in {"extract", "eval"}:
        print(USAGE, file=sys.stderr)
        return 2
    try:
        if argv[0] == "extract":
            return extract_main(argv[1:])
        return eval_main(argv[1:])
    except SystemExit as exc:  # argparse: 2 for usage errors, 0 for --help
        return int(exc.code) if isinstance(exc.code, int) else 2
    except BrokenPipeError:
        return 0
