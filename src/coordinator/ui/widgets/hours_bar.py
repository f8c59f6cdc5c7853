"""Hours against a target as a bar: met hours solid, the shortfall striped in its own colour.

Every bar says the same thing in words under it and in its tooltip ("8.5 of 12 h: 3.5 h short"),
so the colours are never the only way to read it; both colours are picked for the palette (a
darker pair on a light window, a lighter pair on a dark one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from coordinator.services.checkins.timeline import SemesterHours
from coordinator.services.compliance.evaluate import hours_text
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

LEGEND = QT_TRANSLATE_NOOP(
    "HoursBar", "Solid: hours met. Striped: hours still short of the target."
)


@dataclass(frozen=True)
class HoursColours:
    met: QColor
    short: QColor


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def hours_colours(palette: QPalette) -> HoursColours:
    """Green for met hours, orange for the shortfall; lighter shades on a dark window."""
    if is_dark(palette):
        return HoursColours(met=QColor(102, 187, 106), short=QColor(255, 167, 38))
    return HoursColours(met=QColor(46, 125, 50), short=QColor(216, 67, 21))


def hours_words(minutes: int, target_minutes: int | None) -> str:
    """ "8.5 of 12 h: 3.5 h short", "12.5 of 12 h: met", or "8.5 h" without a target."""
    if not target_minutes:
        return QCoreApplication.translate("HoursBar", "{hours} h").format(hours=hours_text(minutes))
    head = QCoreApplication.translate("HoursBar", "{hours} of {target} h").format(
        hours=hours_text(minutes), target=hours_text(target_minutes)
    )
    if minutes >= target_minutes:
        return QCoreApplication.translate("HoursBar", "{head}: met").format(head=head)
    return QCoreApplication.translate("HoursBar", "{head}: {short} h short").format(
        head=head, short=hours_text(target_minutes - minutes)
    )


def bar_split(rect: QRectF, minutes: int, target_minutes: int | None) -> tuple[QRectF, QRectF]:
    """The met part and the short part of `rect` (the short part is empty when met)."""
    whole = max(target_minutes or 0, minutes, 1)
    met_width = rect.width() * min(minutes, whole) / whole
    met = QRectF(rect.left(), rect.top(), met_width, rect.height())
    short = QRectF(met.right(), rect.top(), rect.right() - met.right(), rect.height())
    if not target_minutes or minutes >= target_minutes:
        short = QRectF(rect.right(), rect.top(), 0, rect.height())
    return met, short


def paint_hours_bar(
    painter: QPainter,
    rect: QRectF,
    palette: QPalette,
    minutes: int,
    target_minutes: int | None,
) -> None:
    """The bar alone, inside `rect`: met solid, short striped over a pale fill, one outline."""
    colours = hours_colours(palette)
    met, short = bar_split(rect, minutes, target_minutes)
    painter.save()
    painter.fillRect(met, colours.met)
    if short.width() > 0:
        pale = QColor(colours.short)
        pale.setAlpha(70)
        painter.fillRect(short, pale)
        painter.fillRect(short, QBrush(colours.short, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(colours.short, 1))
        painter.drawRect(short.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()


class HoursBar(QWidget):
    """A bar with its words under it; the tooltip adds the legend."""

    def __init__(
        self,
        minutes: int = 0,
        target_minutes: int | None = None,
        *,
        detail: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.minutes = 0
        self.target_minutes: int | None = None
        self._detail = ""
        self.set_hours(minutes, target_minutes, detail=detail)

    def set_hours(self, minutes: int, target_minutes: int | None, *, detail: str = "") -> None:
        self.minutes, self.target_minutes, self._detail = minutes, target_minutes, detail
        words = self.text()
        lines = [words] + ([detail] if detail else [])
        if target_minutes and minutes < target_minutes:
            lines.append(self.tr(LEGEND))
        self.setToolTip("\n".join(lines))
        self.setAccessibleName(words)
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return hours_words(self.minutes, self.target_minutes)

    def is_short(self) -> bool:
        return bool(self.target_minutes) and self.minutes < (self.target_minutes or 0)

    def bar_rect(self) -> QRectF:
        """The bar across the whole width; the words go on the line under it."""
        return QRectF(0, 2, self.width(), self._bar_height())

    def _bar_height(self) -> int:
        return max(self.fontMetrics().height() * 2 // 3, 8)

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        return QSize(
            max(metrics.horizontalAdvance(self.text()) + 8, 200),
            self._bar_height() + metrics.lineSpacing() + 6,
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        return QSize(
            metrics.horizontalAdvance(self.text()) + 8,
            self._bar_height() + metrics.lineSpacing() + 6,
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        bar = self.bar_rect()
        paint_hours_bar(painter, bar, self.palette(), self.minutes, self.target_minutes)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        below = QRect(0, int(bar.bottom()) + 2, self.width(), self.height() - int(bar.bottom()) - 2)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.text())


class SemesterHoursStrip(QWidget):
    """One mentee's hours each semester in a row of bars (the Check-ins page, one mentee shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.bars: list[HoursBar] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.title)

    def show_semesters(self, name: str, semesters: Sequence[SemesterHours]) -> None:
        while self._row.count() > 1:
            item = self._row.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.title.setText(self.tr("Hours of {name}:").format(name=name))
        self.bars = []
        for s in semesters:
            self._row.addWidget(QLabel(s.name))
            bar = HoursBar(
                s.minutes,
                s.target_minutes,
                detail=self.tr("{semester}: {start} to {end}").format(
                    semester=s.name, start=s.start.isoformat(), end=s.end.isoformat()
                ),
            )
            self.bars.append(bar)
            self._row.addWidget(bar, 1)
