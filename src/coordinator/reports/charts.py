"""Vector bar charts drawn with reportlab graphics; labels printed run by run in any script."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String

from coordinator.reports.fonts import REGULAR, fit, layout, string_width
from coordinator.reports.styles import ACCENT, MUTED, RULE
from coordinator.tools.text import figure

LABEL_SIZE = 7.5
BAR_COLOR = ACCENT


def _label(drawing: Drawing, x: float, y: float, text: str, anchor: str = "start") -> None:
    """Add a one-line label made of font runs; anchor is start, middle or end."""
    width = string_width(text, REGULAR, LABEL_SIZE)
    if anchor == "middle":
        x -= width / 2
    elif anchor == "end":
        x -= width
    for run in layout(text):
        drawing.add(String(x, y, run.text, fontName=run.font, fontSize=LABEL_SIZE, fillColor=MUTED))
        x += run.width(LABEL_SIZE)


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def horizontal_bars(
    items: Sequence[tuple[str, float]],
    width: float,
    value_text: Callable[[float], str] = figure,
    label_width: float = 190.0,
) -> Drawing:
    """One bar per item, label on the left and the value at the end of the bar."""
    bar, gap = 10.0, 4.0
    height = len(items) * (bar + gap) + 8
    drawing = Drawing(width, height)
    top = max((v for _, v in items), default=0.0)
    scale_max = _nice_max(top)
    plot_left = label_width + 6
    plot_width = width - plot_left - 40
    drawing.add(Line(plot_left, 0, plot_left, height, strokeColor=RULE, strokeWidth=0.5))
    for i, (label, value) in enumerate(items):
        y = height - (i + 1) * (bar + gap)
        length = plot_width * value / scale_max if scale_max else 0
        _label(drawing, label_width, y + 2, fit(label, REGULAR, LABEL_SIZE, label_width), "end")
        if length > 0:
            drawing.add(Rect(plot_left, y, length, bar, fillColor=BAR_COLOR, strokeColor=None))
        _label(drawing, plot_left + length + 4, y + 2, value_text(value))
    return drawing


def vertical_bars(
    items: Sequence[tuple[str, float]], width: float, height: float = 170.0
) -> Drawing:
    """Columns over a labelled horizontal axis, with light gridlines and values on top."""
    drawing = Drawing(width, height)
    left, bottom, top_pad = 34.0, 28.0, 14.0
    plot_w, plot_h = width - left - 6, height - bottom - top_pad
    scale_max = _nice_max(max((v for _, v in items), default=0.0))
    for k in range(5):
        value = scale_max * k / 4
        y = bottom + plot_h * k / 4
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.3))
        _label(drawing, left - 4, y - 2.5, figure(value), "end")
    if not items:
        return drawing
    slot = plot_w / len(items)
    bar = slot * 0.62
    for i, (label, value) in enumerate(items):
        x = left + i * slot + (slot - bar) / 2
        h = plot_h * value / scale_max
        if h > 0:
            drawing.add(Rect(x, bottom, bar, h, fillColor=BAR_COLOR, strokeColor=None))
        _label(drawing, x + bar / 2, bottom + h + 3, figure(value), "middle")
        for n, line in enumerate(label.split(" ", 1)):
            _label(drawing, x + bar / 2, bottom - 10 - n * 9, line, "middle")
    return drawing


chart_label = _label  # the one label writer, for the charts other report sections draw
