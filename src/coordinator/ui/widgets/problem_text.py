"""Import problems as the window writes them in a message: the sentence, then the code small and
grey (a reference for support, never the thing a coordinator has to read)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette

from coordinator.importing.problem import Problem
from coordinator.ui.figures import local_figure

SHOWN_IN_A_MESSAGE = 15


def code_html(code: str) -> str:
    """The code as small grey print, in the palette's muted colour (light and dark alike)."""
    grey = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()
    return (
        f'<small><span style="color:{grey}">{escape(code)}</span></small>'  # untranslated: markup
    )


def problem_html(problem: Problem) -> str:
    return f"{escape(problem.place)} {escape(problem.sentence)} {code_html(problem.code)}"


def problems_html(first_line: str, problems: Sequence[Problem]) -> str:
    """A message: its first line, then the first problems, then how many more there are."""
    lines = [escape(first_line), *(problem_html(p) for p in problems[:SHOWN_IN_A_MESSAGE])]
    more = len(problems) - SHOWN_IN_A_MESSAGE
    if more > 0:
        words = (
            QCoreApplication.translate("ProblemText", "... and {n} more problem.")
            if more == 1
            else QCoreApplication.translate("ProblemText", "... and {n} more problems.")
        )
        lines.append(escape(words.format(n=local_figure(more))))
    return "<p>" + "</p><p>".join(lines) + "</p>"
