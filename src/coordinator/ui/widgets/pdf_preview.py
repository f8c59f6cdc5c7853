"""A PDF shown inside the window (QtPdf), and printing it page by page on a QPrinter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from coordinator.errors import CoordinatorError
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "PdfPreview",
    "Choose a report on the left and press Generate (Ctrl+G): it will appear here.",
)


class PdfPreview(QWidget):
    """Every page of a PDF, scrolled, fitted to the width of the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.empty = QLabel(self.tr(EMPTY_TEXT))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.layers = QStackedLayout(self)
        self.layers.setContentsMargins(0, 0, 0, 0)
        self.layers.addWidget(self.empty)
        self.layers.addWidget(self.view)

    def show_file(self, path: Path) -> int:
        """Load the PDF and return its page count."""
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            raise CoordinatorError(f"The report {path.name} could not be opened for preview.")
        self.layers.setCurrentWidget(self.view)
        return self.document.pageCount()

    def clear(self) -> None:
        self.document.close()
        self.layers.setCurrentWidget(self.empty)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw each page (or the range chosen in the print dialog) on the printer; return pages."""
    first = max(printer.fromPage(), 1) - 1
    last = (printer.toPage() or document.pageCount()) - 1
    last = min(last, document.pageCount() - 1)
    painter = QPainter()
    if not painter.begin(printer):
        raise CoordinatorError("The printer could not be started; check it and try again.")
    printed = 0
    try:
        dpi = printer.resolution()
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            target = painter.viewport()
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            # render at the printer's resolution, capped so a page never needs gigabytes
            factor = min(dpi / 72.0, 300 / 72.0)
            image = document.render(
                index, QSize(int(points.width() * factor), int(points.height() * factor))
            )
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed
