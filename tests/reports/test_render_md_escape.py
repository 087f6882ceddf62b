"""The Markdown report prints record values as text: no raw HTML, no injected links or blocks, and
only http(s) URLs stay URLs."""

from __future__ import annotations

import re

from speechwatch.reports import document as d
from speechwatch.reports.render_md import render_md

HOSTILE_TITLE = '<script>alert("x")</script> [click](javascript:alert(1)) **bold** | pipe'
HOSTILE_SUMMARY = "# Not a heading\n- not a list <img src=x onerror=alert(1)> &amp; ![img](http://evil/x.png)"


def _doc() -> d.Document:
    doc = d.Document(kind="monthly", lang="en", title="Report <b>May</b>")
    section = doc.add(d.Section(title="Attacks [x](javascript:y)"))
    notes = [
        doc.footnote("Open report. https://example.org/news/a_b?q=1&r=<2>"),
        doc.footnote("Sneaky. javascript:alert(document.cookie)"),
        doc.footnote("Data. data:text/html;base64,PHNjcmlwdD4="),
    ]
    section.add(
        d.IncidentList(
            entries=[
                d.IncidentEntry(
                    title=HOSTILE_TITLE,
                    place="Almaty <i>",
                    summary=HOSTILE_SUMMARY,
                    narrative="1. numbered?\n> quoted?\n<div>raw</div>",
                    footnotes=notes,
                )
            ]
        )
    )
    section.add(d.Table(columns=["Category", "N"], rows=[["<b>x</b> | y", "1"]], emphasis={0}))
    section.add(d.PersonList(entries=[d.PersonEntry(name="[Name](javascript:z)", charges="<script>")]))
    section.add(d.BulletList(items=["<a href='javascript:q'>law</a>"]))
    return doc


def test_hostile_values_are_printed_as_text():
    md = render_md(_doc()).decode()
    assert "<script" not in md and "<img" not in md and "<div>" not in md and "<b>" not in md and "<a " not in md
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in md
    assert "](javascript:" not in md and "javascript:" not in md  # no link target, not even as bare text
    assert "javascript\\:alert(document.cookie)" in md and "data\\:text/html" in md
    assert "\\[click\\](javascript\\:alert(1))" in md
    assert "\\*\\*bold\\*\\* \\| pipe" in md  # no emphasis, no extra table cell
    assert "&amp;amp;" in md  # an entity typed in a record prints as written
    # Lines from records cannot open a heading, list or quote.
    for line in md.splitlines():
        assert not re.match(r"(# Not|- not|1\. numbered|> quoted)", line), line
    assert "\\# Not a heading" in md and "1\\. numbered?" in md and "\\> quoted?" not in md
    assert "&gt; quoted?" in md


def test_http_urls_stay_urls_and_cannot_break_out():
    md = render_md(_doc()).decode()
    assert "[^1]: Open report. https://example.org/news/a%5Fb?q=1&r=%3C2%3E" in md
    assert "| **&lt;b&gt;x&lt;/b&gt; \\| y** | **1** |" in md


def test_plain_text_is_unchanged():
    doc = d.Document(kind="monthly", lang="en", title="Violations of freedom of speech, April 2024")
    section = doc.add(d.Section(title="5. Attacks"))
    section.add(d.Paragraph(text="Draft law on mass media — Second reading. Email: monitoring@example.org"))
    md = render_md(doc).decode()
    assert "## 5. Attacks" in md
    assert "Draft law on mass media — Second reading. Email: monitoring@example.org" in md
