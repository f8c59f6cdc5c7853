"""Reading PDFs and workbooks back the way a person would look at them."""

from __future__ import annotations

from pathlib import Path

import pypdf


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with runs of whitespace made single spaces."""
    reader = pypdf.PdfReader(str(path))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def pdf_text(path: Path) -> str:
    return " ".join(pdf_pages(path))
