"""Imported by the parse worker's forkserver only: import the pipeline and run it once on a small text,
so the data it loads on first use (dictionaries, compiled patterns) is loaded once in the server and
shared with every forked worker, which then starts in milliseconds instead of a second."""

from __future__ import annotations

import speechwatch.ingest.sandbox  # noqa: F401  (the worker function the children run)


def _warm_up() -> None:
    import docx  # noqa: F401
    import lxml.html  # noqa: F401
    import pypdf  # noqa: F401

    from speechwatch.extraction import extract_text

    for language, text in (
        ("en", "Monthly report, March 2024.\nIn March 2024 two journalists were detained in Almaty.\n"),
        ("ru", "Ежемесячный отчёт, март 2024 года.\nВ марте 2024 года в Алматы задержаны два журналиста.\n"),
    ):
        try:
            extract_text(text, language=language)
        except Exception:  # noqa: S110  (a warm-up that fails only leaves the first file slower)
            pass


_warm_up()
