"""The SVG elements of the map, written with format_html (every value escaped) instead of template
tags: a hundred regions and points cost a template thousands of variable lookups, this a few
milliseconds. The surrounding <svg>, its <title> and <desc> stay in the template (they are text to
translate)."""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from speechwatch.web.mapdata.build import MapView


def _n(v: float) -> str:
    return f"{v:g}"


def regions_svg(view: MapView) -> SafeString:
    """One link per drawn region: its shape, its abbreviation and its count (the text is hidden from
    screen readers, which read the link's aria-label instead)."""
    parts = []
    for c in view.drawn:
        shape = c.shape
        assert shape is not None
        css = f"region fill-{c.fill}" + (" historical" if c.historical else "")
        lx, ly = _n(shape.label_x), _n(shape.label_y)
        if shape.rect is not None:
            x, y, w, h = (_n(v) for v in shape.rect)
            body = format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" rx="6"/>'
                '<text x="{}" y="{}" dy="-8" class="abbr" aria-hidden="true">{}</text>'
                '<text x="{}" y="{}" dy="22" class="count" aria-hidden="true">{}</text>',
                x, y, w, h, lx, ly, c.abbr, lx, ly, c.count,
            )  # fmt: skip
        else:
            body = format_html(
                '<path d="{}"/><text x="{}" y="{}" class="count on-shape" aria-hidden="true">{}</text>',
                shape.path, lx, ly, c.count,
            )  # fmt: skip
        link = '<a href="{}" aria-label="{}" class="{}"><title>{}</title>{}</a>'
        parts.append(format_html(link, c.href, c.aria_label, css, c.aria_label, body))
    return SafeString("\n".join(parts))


def points_svg(view: MapView) -> SafeString:
    """Settlements, smallest on top (drawn last), then the names of the busiest."""
    marks = [p for p in reversed(view.placed_points)]
    circles = format_html_join(
        "\n",
        '<circle cx="{}" cy="{}" r="{}" class="{}"><title>{}: {}</title></circle>',
        ((_n(p.x), _n(p.y), _n(p.r), "point" if p.count else "dot", p.name, p.count) for p in marks),  # type: ignore[arg-type]
    )
    names = format_html_join(
        "\n",
        '<text x="{}" y="{}" dy="5" text-anchor="{}" class="plabel" aria-hidden="true">{}</text>',
        ((_n(p.label_x), _n(p.y), p.anchor, p.name) for p in view.placed_points if p.label_x is not None),  # type: ignore[arg-type]
    )
    return SafeString(f"{circles}\n{names}")
