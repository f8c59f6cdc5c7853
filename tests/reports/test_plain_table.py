"""Plain-string table cells printed by `PlainTable` read back exactly as reportlab prints them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
from report_helpers import pdf_pages
from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import SimpleDocTemplate, Table

from coordinator.reports.fonts import register_fonts
from coordinator.reports.plain_table import PlainTable
from coordinator.reports.styles import cell, cell_styles, row_heights

AWKWARD = [
    "<b>Zoë</b> & O'Brien",
    "Back\\slash (unbalanced",
    "Nguyễn Şahin Ørsted",
    "Ελένη Παπαδοπούλου",
    "Ёлка Жукова",
    "李小龙 Lee",  # a Paragraph with a fallback-font run, drawn by reportlab itself
]


def _rows(names: list[str], copies: int) -> list[list[Any]]:
    rows: list[list[Any]] = [["Mentee", "Hours", "Note"]]
    for i in range(copies):
        for name in names:
            rows.append([cell(name, 200), f"{i}.5 h", cell(f"{name} line\nsecond line", 200)])
    return rows


def _write(path: Path, table_class: type[Table], names: list[str], copies: int = 1) -> list[str]:
    register_fonts()
    rows = _rows(names, copies)
    widths = [200.0, 60.0, 200.0]
    table = table_class(
        rows,
        colWidths=widths,
        rowHeights=row_heights(rows, widths),
        repeatRows=1,
        cellStyles=cell_styles(len(rows), 3, (1, 1), 1, False),
    )
    SimpleDocTemplate(str(path), pagesize=LETTER).build([table])
    return pdf_pages(path)


def _placed_text(path: Path) -> list[tuple[float, float, str]]:
    """Every piece of text on the first page with where it starts, to a tenth of a point."""
    placed: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            placed.append((round(tm[4], 1), round(tm[5], 1), text.strip()))

    pypdf.PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    return sorted(placed)


def test_plain_cells_read_back_like_reportlab_cells(tmp_path: Path) -> None:
    plain = _write(tmp_path / "plain.pdf", PlainTable, AWKWARD)
    stock = _write(tmp_path / "stock.pdf", Table, AWKWARD)
    assert plain == stock
    # the same strings at the same places: left- and right-aligned cells, second lines
    assert _placed_text(tmp_path / "plain.pdf") == _placed_text(tmp_path / "stock.pdf")
    for name in AWKWARD:
        assert name in plain[0]  # printed literally: no markup, no broken PDF string


def test_documents_written_one_after_another_each_read_back(tmp_path: Path) -> None:
    """Font subsets are numbered per document: text formatted for one never leaks into another."""
    first = _write(tmp_path / "first.pdf", PlainTable, ["Ёлка Жукова", "Zoë"])
    second = _write(tmp_path / "second.pdf", PlainTable, ["Ελένη", "Zoë", "Ёлка Жукова"])
    assert "Ёлка Жукова" in first[0]
    assert "Zoë" in first[0]
    for name in ("Ελένη", "Zoë", "Ёлка Жукова"):
        assert name in second[0]


def test_a_long_plain_table_flows_over_pages_with_its_header(tmp_path: Path) -> None:
    pages = _write(tmp_path / "long.pdf", PlainTable, AWKWARD, copies=60)
    assert len(pages) > 3
    assert all(page.startswith("Mentee Hours Note") for page in pages)
    assert sum(page.count("Ёлка Жукова line") for page in pages) == 60
