"""Publishable reports: builders produce a format-neutral `Document`; renderers turn it into HTML,
PDF, DOCX or Markdown.

    doc = build("monthly", "2024-04", lang="ru")
    data = render(doc, "pdf")
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from speechwatch.reports.document import Document

FORMATS = ("html", "pdf", "docx", "md")
KINDS = ("monthly", "annual", "briefing")
LANGS = ("en", "ru", "kk")
CONTENT_TYPES = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
}


def build(kind: str, period: str | None = None, lang: str = "en", published: dt.date | None = None,
          preview: bool = False, **options: Any) -> Document:
    """Build a report document. `period` is a period string (monthly: a month, annual: a year;
    briefing: optional range). Briefing options: query, categories, date_from, date_to, title.

    Its figures leave out confidential records and their money (`publishable_only`), like its text."""
    from speechwatch.stats.queries import publishable_only

    with publishable_only():
        return _build(kind, period, lang, published, preview, **options)


def _build(kind: str, period: str | None, lang: str, published: dt.date | None, preview: bool,
           **options: Any) -> Document:
    from speechwatch.stats.periods import parse_period

    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    if kind == "monthly":
        from speechwatch.reports.monthly import build_monthly

        return build_monthly(parse_period(period or ""), lang, published, preview)
    if kind == "annual":
        from speechwatch.reports.annual import build_annual

        return build_annual(parse_period(period or ""), lang, published, preview)
    if kind == "briefing":
        from speechwatch.reports.briefing import build_briefing

        return build_briefing(lang=lang, published=published, period=period, **options)
    raise ValueError(f"unknown report kind {kind!r}; expected one of {', '.join(KINDS)}")


def render(doc: Document, fmt: str) -> bytes:
    if fmt == "html":
        from speechwatch.reports.render_html import render_html

        return render_html(doc)
    if fmt == "pdf":
        from speechwatch.reports.render_html import render_pdf

        return render_pdf(doc)
    if fmt == "docx":
        from speechwatch.reports.render_docx import render_docx

        return render_docx(doc)
    if fmt == "md":
        from speechwatch.reports.render_md import render_md

        return render_md(doc)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
