"""HTML (standalone, print CSS, inline SVG charts) and PDF (WeasyPrint from that HTML)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation

from speechwatch.reports.document import Document

CSS_PATH = Path(__file__).with_name("report.css")


@cache
def report_css() -> str:
    return CSS_PATH.read_text(encoding="utf-8")


def logo_uri(path: str) -> str:
    """The organisation's logo as a data: URI, so the HTML file stands alone (and CSP-safe)."""
    import base64
    import mimetypes

    if not path or not Path(path).is_file():
        return ""
    kind = mimetypes.guess_type(path)[0] or "image/png"
    return f"data:{kind};base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


def render_html(doc: Document) -> bytes:
    with translation.override(doc.lang):
        html = render_to_string("reports/render/document.html",
                                {"doc": doc, "css": report_css(), "logo": logo_uri(doc.logo)})
    return html.encode("utf-8")


def render_pdf(doc: Document) -> bytes:
    """PDF through WeasyPrint: the charts stay vector because WeasyPrint draws inline SVG natively."""
    from weasyprint import HTML

    return HTML(string=render_html(doc).decode("utf-8"), base_url=str(CSS_PATH.parent)).write_pdf()
