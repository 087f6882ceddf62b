"""Template helpers of the statistics pages: inline SVG charts and dictionary/list lookups."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import mark_safe

from speechwatch.stats.charts import ChartSpec, to_svg

register = template.Library()


@register.simple_tag
def chart_svg(spec: ChartSpec) -> str:
    # to_svg escapes every text it writes, so the markup is safe to inline.
    return mark_safe(to_svg(spec))  # noqa: S308


@register.filter
def get_item(mapping: dict, key: str) -> Any:
    return mapping.get(key) if mapping else None


@register.filter
def get_index(items: list, index: int) -> Any:
    return items[index] if items and 0 <= index < len(items) else None
