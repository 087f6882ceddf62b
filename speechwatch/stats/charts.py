"""Small pure-Python charts: one spec, drawn as SVG (vector, for HTML, PDF and Word) and as PNG
(Pillow, the fallback image Word versions without SVG support show).

No plotting library: report charts are simple bar and line charts, and drawing them ourselves keeps
the output deterministic, vector in WeasyPrint (inline SVG) and free of a heavy dependency.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import cache
from xml.sax.saxutils import escape

PALETTE = ["#1f5f8b", "#d9822b", "#3c8d5a", "#a23b3b", "#6b5b95", "#7f7f7f"]
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"


@dataclass
class ChartSpec:
    """kind: "bar" (grouped vertical bars), "hbar" (horizontal bars, one series) or "line"."""

    kind: str
    title: str
    categories: list[str]
    series: list[tuple[str, list[int]]]
    unit: str = ""
    width: int = 640
    height: int = 300
    key: str = ""
    meta: dict = field(default_factory=dict)

    @property
    def max_value(self) -> int:
        return max([v for _, vals in self.series for v in vals] + [0])


def nice_max(value: int, ticks: int = 4) -> int:
    """The axis maximum: `ticks` × a round step (1, 2 or 5 × 10^n), so every gridline
    label is a whole round number."""
    need = max(1, -(-value // ticks))  # ceil(value / ticks)
    magnitude = 1
    while magnitude * 10 <= need:
        magnitude *= 10
    for step in (1, 2, 5, 10):
        if step * magnitude >= need:
            return step * magnitude * ticks
    return 10 * magnitude * ticks


def short_number(value: int) -> str:
    """Axis labels for money: 1500000 → 1.5M (labels only; figures in tables stay exact)."""
    for size, suffix in ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "K")):
        if abs(value) >= size:
            whole, rest = divmod(value, size)
            tenth = rest * 10 // size
            return f"{whole}.{tenth}{suffix}" if tenth else f"{whole}{suffix}"
    return str(value)


def _t(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def legend_positions(spec: ChartSpec, left: float) -> list[tuple[float, float]]:
    """Where each series' legend swatch goes (x, y of its top): in a row from `left`, wrapping to a new
    row when a name would run past the chart's right edge (long group names otherwise ran out of it)."""
    if len(spec.series) < 2:
        return []
    out, x, y = [], left, 28.0
    for name, _values in spec.series:
        width = 24 + len(name) * 6.5
        if x > left and x + width > spec.width - 6:
            x, y = left, y + 16
        out.append((x, y))
        x += width
    return out


def _legend_height(spec: ChartSpec) -> float:
    spots = legend_positions(spec, 52)
    return 0 if not spots else spots[-1][1] - 28 + 20


def label_step(spec: ChartSpec, left: float, right: float) -> int:
    """Print every k-th category label under a bar or line chart, so that labels never overlap."""
    n = max(1, len(spec.categories))
    longest = max((len(c) for c in spec.categories), default=1)
    fits = max(1, int((right - left) // (longest * 6.4 + 6)))
    return max(1, -(-n // fits))


def _layout(spec: ChartSpec) -> tuple[float, float, float, float]:
    """Plot area (left, top, right, bottom)."""
    legend = _legend_height(spec)
    if spec.kind == "hbar":
        longest = max((len(c) for c in spec.categories), default=4)
        return min(20 + longest * 6.5, spec.width * 0.45), 34 + legend, spec.width - 50, spec.height - 24
    return 52, 34 + legend, spec.width - 14, spec.height - 42


def to_svg(spec: ChartSpec) -> str:
    """The chart as a standalone SVG document (no XML declaration, so it can be inlined in HTML)."""
    w, h = spec.width, spec.height
    left, top, right, bottom = _layout(spec)
    vmax = nice_max(spec.max_value)
    ident = _ident(spec)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{escape(spec.kind)}" width="{w}" '
        f'height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT}" font-size="11" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc">',
        f'<title id="{ident}-title">{escape(spec.title)}</title>',
        f'<desc id="{ident}-desc">{escape(describe(spec))}</desc>',
        f'<rect x="0" y="0" width="{w}" height="{h}" fill="#ffffff"/>',
        f'<text x="{_t(w / 2)}" y="18" text-anchor="middle" font-size="13" font-weight="bold">'
        f"{escape(spec.title)}</text>",
    ]
    for i, ((name, _), (x, y)) in enumerate(zip(spec.series, legend_positions(spec, left), strict=False)):
        color = PALETTE[i % len(PALETTE)]
        out.append(f'<rect x="{_t(x)}" y="{_t(y)}" width="10" height="10" fill="{color}"/>')
        out.append(f'<text x="{_t(x + 14)}" y="{_t(y + 9)}">{escape(name)}</text>')
    if spec.kind == "hbar":
        out.extend(_svg_hbar(spec, left, top, right, bottom, vmax))
    else:
        out.extend(_svg_axes(spec, left, top, right, bottom, vmax))
        out.extend(_svg_line(spec, left, top, right, bottom, vmax) if spec.kind == "line" else
                   _svg_bars(spec, left, top, right, bottom, vmax))
    out.append("</svg>")
    return "\n".join(out)


def _ident(spec: ChartSpec) -> str:
    """An id prefix for the title and description (unique on a page when each chart has its own key)."""
    key = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in (spec.key or spec.kind))
    return f"chart-{key}"


def describe(spec: ChartSpec) -> str:
    """The chart's numbers in words, for screen readers (`<desc>`): "series: category value, ..."."""
    parts = []
    for name, values in spec.series:
        pairs = ", ".join(f"{c} {v}" for c, v in zip(spec.categories, values, strict=False))
        parts.append(f"{name}: {pairs}" if name else pairs)
    text = "; ".join(parts)
    return text if len(text) <= 2000 else text[:1997] + "..."


def _svg_axes(spec: ChartSpec, left, top, right, bottom, vmax) -> list[str]:
    out = []
    for i in range(5):
        value = vmax * i // 4
        y = bottom - (bottom - top) * i / 4
        out.append(f'<line x1="{_t(left)}" y1="{_t(y)}" x2="{_t(right)}" y2="{_t(y)}" stroke="#dddddd"/>')
        out.append(f'<text x="{_t(left - 4)}" y="{_t(y + 4)}" text-anchor="end">{short_number(value)}</text>')
    n = max(1, len(spec.categories))
    slot = (right - left) / n
    step = label_step(spec, left, right)
    for i, cat in enumerate(spec.categories):
        if i % step:
            continue
        x = left + slot * (i + 0.5)
        out.append(f'<text x="{_t(x)}" y="{_t(bottom + 14)}" text-anchor="middle">{escape(cat)}</text>')
    out.append(f'<line x1="{_t(left)}" y1="{_t(bottom)}" x2="{_t(right)}" y2="{_t(bottom)}" stroke="#333333"/>')
    return out


def _svg_bars(spec: ChartSpec, left, top, right, bottom, vmax) -> list[str]:
    out = []
    n = max(1, len(spec.categories))
    slot = (right - left) / n
    k = max(1, len(spec.series))
    bar = slot * 0.8 / k
    for s, (name, values) in enumerate(spec.series):
        color = PALETTE[s % len(PALETTE)]
        for i, v in enumerate(values):
            bh = (bottom - top) * v / vmax
            x = left + slot * i + slot * 0.1 + bar * s
            out.append(
                f'<rect x="{_t(x)}" y="{_t(bottom - bh)}" width="{_t(bar)}" height="{_t(bh)}" fill="{color}">'
                f"<title>{escape(name)}: {v}</title></rect>"
            )
    return out


def _svg_line(spec: ChartSpec, left, top, right, bottom, vmax) -> list[str]:
    out = []
    n = max(1, len(spec.categories))
    slot = (right - left) / n
    for s, (_name, values) in enumerate(spec.series):
        color = PALETTE[s % len(PALETTE)]
        pts = [(left + slot * (i + 0.5), bottom - (bottom - top) * v / vmax) for i, v in enumerate(values)]
        if pts:
            path = " ".join(f"{_t(x)},{_t(y)}" for x, y in pts)
            out.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
            out.extend(f'<circle cx="{_t(x)}" cy="{_t(y)}" r="3" fill="{color}"/>' for x, y in pts)
    return out


def _svg_hbar(spec: ChartSpec, left, top, right, bottom, vmax) -> list[str]:
    out = []
    n = max(1, len(spec.categories))
    slot = (bottom - top) / n
    values = spec.series[0][1] if spec.series else []
    for i, (cat, v) in enumerate(zip(spec.categories, values, strict=False)):
        y = top + slot * i
        bw = (right - left) * v / vmax
        out.append(f'<text x="{_t(left - 6)}" y="{_t(y + slot / 2 + 4)}" text-anchor="end">{escape(cat)}</text>')
        out.append(
            f'<rect x="{_t(left)}" y="{_t(y + slot * 0.15)}" width="{_t(bw)}" height="{_t(slot * 0.7)}" '
            f'fill="{PALETTE[0]}"/>'
        )
        out.append(f'<text x="{_t(left + bw + 4)}" y="{_t(y + slot / 2 + 4)}">{short_number(v)}</text>')
    return out


@cache
def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    names = ["DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf", "LiberationSans-Regular.ttf"]
    for name in names:
        for base in ("/usr/share/fonts/truetype/dejavu/", "/usr/share/fonts/truetype/liberation/", ""):
            try:
                return ImageFont.truetype(base + name, size)
            except OSError:
                continue
    return ImageFont.load_default()


def to_png(spec: ChartSpec, scale: int = 2) -> bytes:
    """The same chart drawn with Pillow at `scale`× resolution (Word's fallback picture)."""
    from PIL import Image, ImageDraw

    s = scale
    img = Image.new("RGB", (spec.width * s, spec.height * s), "white")
    d = ImageDraw.Draw(img)
    font, bold = _font(11 * s), _font(13 * s, True)
    left, top, right, bottom = _layout(spec)
    vmax = nice_max(spec.max_value)
    d.text((spec.width * s / 2, 10 * s), spec.title, fill="black", font=bold, anchor="mt")
    for i, ((name, _), (x, y)) in enumerate(zip(spec.series, legend_positions(spec, left), strict=False)):
        d.rectangle([x * s, y * s, (x + 10) * s, (y + 10) * s], fill=PALETTE[i % len(PALETTE)])
        d.text(((x + 14) * s, (y + 9) * s), name, fill="black", font=font, anchor="ls")
    n = max(1, len(spec.categories))
    if spec.kind == "hbar":
        slot = (bottom - top) / n
        values = spec.series[0][1] if spec.series else []
        for i, (cat, v) in enumerate(zip(spec.categories, values, strict=False)):
            y = top + slot * i
            bw = (right - left) * v / vmax
            d.text(((left - 6) * s, (y + slot / 2) * s), cat, fill="black", font=font, anchor="rm")
            d.rectangle([left * s, (y + slot * 0.15) * s, (left + bw) * s, (y + slot * 0.85) * s], fill=PALETTE[0])
            d.text(((left + bw + 4) * s, (y + slot / 2) * s), short_number(v), fill="black", font=font, anchor="lm")
        return _png_bytes(img)
    for i in range(5):
        y = bottom - (bottom - top) * i / 4
        d.line([left * s, y * s, right * s, y * s], fill="#dddddd", width=s)
        d.text(((left - 4) * s, y * s), short_number(vmax * i // 4), fill="black", font=font, anchor="rm")
    slot = (right - left) / n
    step = label_step(spec, left, right)
    for i, cat in enumerate(spec.categories):
        if i % step == 0:
            d.text(((left + slot * (i + 0.5)) * s, (bottom + 6) * s), cat, fill="black", font=font, anchor="mt")
    d.line([left * s, bottom * s, right * s, bottom * s], fill="#333333", width=s)
    k = max(1, len(spec.series))
    for si, (_name, values) in enumerate(spec.series):
        color = PALETTE[si % len(PALETTE)]
        if spec.kind == "line":
            pts = [
                ((left + slot * (i + 0.5)) * s, (bottom - (bottom - top) * v / vmax) * s) for i, v in enumerate(values)
            ]
            if len(pts) > 1:
                d.line(pts, fill=color, width=2 * s)
            for x, y in pts:
                d.ellipse([x - 3 * s, y - 3 * s, x + 3 * s, y + 3 * s], fill=color)
        else:
            bar = slot * 0.8 / k
            for i, v in enumerate(values):
                bh = (bottom - top) * v / vmax
                x = left + slot * i + slot * 0.1 + bar * si
                if bh > 0:
                    d.rectangle([x * s, (bottom - bh) * s, (x + bar) * s, bottom * s], fill=color)
    return _png_bytes(img)


def _png_bytes(img) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()
