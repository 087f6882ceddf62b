"""The SVG/PNG chart module on its own (no database)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from PIL import Image

from speechwatch.stats.charts import ChartSpec, nice_max, short_number, to_png, to_svg


def test_axis_maximum_is_round():
    assert nice_max(0) == 4 and nice_max(8) == 8 and nice_max(9) == 20 and nice_max(1_500_000) == 2_000_000


def test_short_numbers_for_money_axes():
    assert short_number(1_500_000) == "1.5M" and short_number(200_000) == "200K" and short_number(7) == "7"


def test_svg_is_valid_and_escapes_labels():
    spec = ChartSpec("bar", "A < B & C", ["Jan", "Feb"], [("x<y", [1, 3]), ("z", [2, 0])])
    svg = to_svg(spec)
    root = ET.fromstring(svg)  # well-formed XML
    assert root.tag.endswith("svg")
    rects = [e for e in root.iter() if e.tag.endswith("rect")]
    assert len(rects) >= 4  # background, legend and bars
    assert "A &lt; B &amp; C" in svg


def test_png_fallback_draws_the_chart():
    spec = ChartSpec("hbar", "By region", ["Almaty", "Astana"], [("", [5, 2])], height=120)
    img = Image.open(io.BytesIO(to_png(spec)))
    assert img.size == (spec.width * 2, spec.height * 2)
    colours = img.getcolors(maxcolors=100000)
    assert len(colours) > 3  # not blank: text and bars
