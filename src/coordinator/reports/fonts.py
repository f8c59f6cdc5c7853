"""The fonts every PDF embeds and how a line of text in any script is drawn with them.

DejaVu Sans prints Latin (Vietnamese, Spanish, Turkish...), Greek and Cyrillic; each other script
has a font of its own (font_faces), and a line mixing them is split into runs, put in visual
order and shaped (text_layout). A name such as "Nguyễn Zoë Şahin 李 김민준 محمد" prints whole.
Only the glyphs a document uses are embedded (reportlab subsets every TrueType font).
"""

from __future__ import annotations

from coordinator.reports.font_faces import BOLD, REGULAR, needs_layout, register_fonts
from coordinator.reports.text_layout import Run, draw_runs, draw_string, fit, layout, string_width

__all__ = [
    "BOLD",
    "REGULAR",
    "Run",
    "draw_runs",
    "draw_string",
    "fit",
    "layout",
    "needs_layout",
    "register_fonts",
    "string_width",
]
