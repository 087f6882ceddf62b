"""Read each uploaded file in a child process with hard limits, so a hostile file costs only that child.

Ingest used to parse in the web process: a 1.2 MB DOCX zip bomb took it from 89 MB to 3.35 GB. Now
every file is read and extracted by a fresh process forked from a `forkserver` (a clean, single-threaded
server started once per parent process, with the extraction modules imported and warmed up, so a file
costs a fork, not an interpreter start). Before parsing, the child applies

- RLIMIT_AS (address space, SPEECHWATCH_PARSE_MAX_MB, default 1024): a parser that wants more gets
  MemoryError (reported as SW-E012) or dies;
- RLIMIT_CPU (SPEECHWATCH_PARSE_CPU_SECONDS, default 120): the kernel stops a runaway parser (SW-E011);
- RLIMIT_CORE 0: a crashing parser leaves no core file behind;

and the parent kills it after SPEECHWATCH_PARSE_TIMEOUT_SECONDS (default 180) of wall-clock time
(SW-E011). The cheap pre-checks (zip central directory, PDF page count; `speechwatch.extraction.limits`)
run in the child too, before the parsers. The parent receives JSON-able data only (the extraction's
`to_json()` and its text), never objects, and raises a child's coded error again as the same
`ExtractionError` subclass, so callers see the same errors as before.

This module imports nothing of Django: the forkserver imports it without settings.
SPEECHWATCH_PARSE_SANDBOX=0 reads in-process instead (for debugging a parser; no limits then).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from speechwatch.extraction.errors import (
    ExtractionError,
    ParseMemoryLimit,
    ParseTimeLimit,
    ParseWorkerFailed,
    rebuild,
)
from speechwatch.extraction.limits import MB, ParseLimits

PRELOAD = ["speechwatch.ingest.sandbox_preload"]
# what the worker runs, as "module:function" (tests point it at a runaway stand-in)
_child_target = "speechwatch.ingest.sandbox:extract_here"
_context_lock = threading.Lock()
_context: Any = None


@dataclass
class SandboxResult:
    """What the pipeline's ExtractionResult offers to `store_extraction`: its JSON and its text."""

    data: dict[str, Any]
    text: str

    def to_json(self) -> dict[str, Any]:
        return self.data


def enabled() -> bool:
    return os.environ.get("SPEECHWATCH_PARSE_SANDBOX", "1").strip().lower() not in {"0", "false", "no", "off"}


def _get_context() -> Any:
    """The forkserver context, its server preloading (and warming up) the extraction pipeline."""
    global _context
    with _context_lock:
        if _context is None:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(PRELOAD)
            _context = ctx
        return _context


def extract_file(path: str | Path, language: str | None = None, limits: ParseLimits | None = None) -> SandboxResult:
    """Read and extract one file in a limited child process. Raises ExtractionError (coded) on failure."""
    limits = limits or ParseLimits.from_env()
    if not enabled():
        return _as_result(extract_here(str(path), language))
    ctx = _get_context()
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, _child_target, str(path), language, limits.as_dict()), daemon=True)
    child.start()
    sender.close()  # the child holds the only sending end: its death reads as EOF here
    started = time.monotonic()
    answer: dict[str, Any] | None = None
    try:
        if receiver.poll(limits.wall_seconds):
            try:
                answer = receiver.recv()
            except (EOFError, OSError):
                answer = None
    finally:
        receiver.close()
        if answer is None:
            child.join(0.5)
        if child.is_alive():
            child.kill()
        child.join(5)
    if answer is not None:
        if answer.get("ok"):
            return SandboxResult(answer["data"], answer["text"])
        raise rebuild(answer["code"], answer["message"])
    raise _death(child.exitcode, time.monotonic() - started, limits, str(path))


def _death(exitcode: int | None, seconds: float, limits: ParseLimits, name: str) -> ExtractionError:
    """The error for a child that gave no answer, from how it ended."""
    if exitcode is None or seconds >= limits.wall_seconds:
        return ParseTimeLimit(
            f"{name}: reading took over {limits.wall_seconds:g} s and was stopped (SPEECHWATCH_PARSE_TIMEOUT_SECONDS)"
        )
    if exitcode == -signal.SIGXCPU:
        return ParseTimeLimit(
            f"{name}: reading used over {limits.cpu_seconds:g} s of CPU and was stopped (SPEECHWATCH_PARSE_CPU_SECONDS)"
        )
    if exitcode in (-signal.SIGKILL, -signal.SIGSEGV, -signal.SIGBUS, -signal.SIGABRT):
        return ParseMemoryLimit(
            f"{name}: the parser died (signal {-exitcode}) reading the file, most likely over the "
            f"{limits.memory_mb:g} MB memory limit (SPEECHWATCH_PARSE_MAX_MB)"
        )
    return ParseWorkerFailed(f"{name}: the parse worker ended without an answer (exit code {exitcode})")


def extract_here(path: str, language: str | None = None) -> Any:
    """Read and extract in this process: `language` forces the language instead of detecting it (so a
    report the detector cannot place can still be read as, say, Kazakh)."""
    import hashlib

    from speechwatch.extraction import extract_path, extract_text
    from speechwatch.extraction.errors import UnsupportedLanguage
    from speechwatch.extraction.readers import detect_format, read_bytes, read_path

    if language is None:
        return extract_path(path)
    try:
        doc = read_path(Path(path))
        text, fmt, sha = doc.text, doc.format, doc.sha256
    except UnsupportedLanguage:
        raw = Path(path).read_bytes()
        fmt = detect_format(Path(path))
        text, sha = read_bytes(raw, fmt, str(path)), hashlib.sha256(raw).hexdigest()
    return extract_text(text, path=str(path), fmt=fmt, language=language, sha256=sha)


def _as_result(result: Any) -> SandboxResult:
    return SandboxResult(result.to_json(), result.text)


def _apply_limits(limits: ParseLimits) -> None:
    import resource

    memory = int(limits.memory_mb * MB)
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = max(1, int(limits.cpu_seconds))
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = int(used.ru_utime + used.ru_stime)
    # soft: SIGXCPU (a clean, recognisable end); hard a little later: SIGKILL if SIGXCPU is ignored
    resource.setrlimit(resource.RLIMIT_CPU, (spent + cpu, spent + cpu + 5))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _child(conn: Connection, target: str, path: str, language: str | None, limits: dict[str, Any]) -> None:
    """The worker: limits first, then the pipeline; one message back, then exit."""
    import importlib

    answer: dict[str, Any]
    out_of_memory = False
    try:
        _apply_limits(ParseLimits(**limits))
        module, _, function = target.partition(":")
        result = getattr(importlib.import_module(module), function)(path, language)
        answer = {"ok": True, "data": result.to_json(), "text": result.text}
        del result
    except ExtractionError as exc:
        answer = {"ok": False, "code": exc.code, "message": str(exc)}
    except MemoryError:
        out_of_memory = True
        answer = {}
    except Exception as exc:  # a parser bug costs this file only; the parent reports it as internal
        answer = {
            "ok": False,
            "code": ParseWorkerFailed.code,
            "message": f"{ParseWorkerFailed.code} {path}: internal error ({exc.__class__.__name__}: {exc})",
        }
    if out_of_memory:  # the frames holding the memory are gone now, so there is room to answer
        answer = {
            "ok": False,
            "code": ParseMemoryLimit.code,
            "message": f"{ParseMemoryLimit.code} {path}: reading the file needed more than the "
            f"{limits['memory_mb']:g} MB memory limit (SPEECHWATCH_PARSE_MAX_MB)",
        }
    try:
        conn.send(answer)
    finally:
        conn.close()
