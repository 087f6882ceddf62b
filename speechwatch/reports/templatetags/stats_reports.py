"""Template helpers for rendering the report document model as HTML."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from speechwatch.reports import document as d
from speechwatch.stats.charts import ChartSpec, to_svg

register = template.Library()

_KINDS = {
    d.Section: "section",
    d.Paragraph: "paragraph",
    d.Table: "table",
    d.IncidentList: "incidents",
    d.BulletList: "bullets",
    d.PersonList: "people",
    d.Chart: "chart",
}


@register.filter
def block_kind(block) -> str:
    return _KINDS.get(type(block), "")


@register.filter
def svg(spec: ChartSpec) -> str:
    # to_svg escapes every text it writes, so the markup is safe to inline.
    return mark_safe(to_svg(spec))  # noqa: S308


@register.simple_tag
def heading(level: int, text: str) -> str:
    n = min(6, int(level) + 1)
    return format_html("<h{}>{}</h{}>", n, text, n)
