"""Certificates of completion with hours: one landscape page each, for mentees or mentors."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, PageBreak

from coordinator.progress import NO_PROGRESS, Progress
from coordinator.reports.document import PageDecor, ReportDocument
from coordinator.reports.fonts import BOLD, REGULAR, draw_string, fit, string_width
from coordinator.reports.styles import ACCENT, MUTED, PAGE_SIZE, RULE
from coordinator.services.reporting.data import Certificate, hours
from coordinator.tools.private_files import write_private
from coordinator.tools.translations import long_date, translate

CERTIFICATE_PAGE = landscape(PAGE_SIZE)
CERT_MARGIN = 0.5 * inch


def _fitted_size(text: str, font: str, largest: float, width: float) -> float:
    """The largest font size up to `largest` at which the text fits the width."""
    size = largest
    while size > 12 and string_width(text, font, size) > width:
        size -= 1
    return size


class CertificatePage(Flowable):  # type: ignore[misc]
    """Draws one certificate on a whole page."""

    def __init__(self, certificate: Certificate, language: str = "en") -> None:
        super().__init__()
        self.certificate = certificate
        self.language = language

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 1
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        cert = self.certificate
        lang = self.language
        h = cert.header
        w, ht = self.width, self.height
        mid = w / 2
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setLineWidth(3)
        c.rect(0, 0, w, ht)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.rect(8, 8, w - 16, ht - 16)
        y = ht - 0.7 * inch
        if h.logo_png is not None:
            logo = ImageReader(io.BytesIO(h.logo_png))
            iw, ih = logo.getSize()
            lh = 0.8 * inch
            lw = lh * iw / max(ih, 1)
            c.drawImage(logo, mid - lw / 2, y - lh + 10, lw, lh, mask="auto")
            y -= lh + 4
        c.setFillColor(MUTED)
        draw_string(c, mid, y, fit(h.district_name, REGULAR, 14, w - 80), REGULAR, 14, "centre")
        y -= 0.75 * inch
        c.setFillColor(ACCENT)
        draw_string(c, mid, y, translate(lang, "Certificate of Completion"), BOLD, 34, "centre")
        y -= 0.6 * inch
        c.setFillColor(MUTED)
        draw_string(c, mid, y, translate(lang, "This certifies that"), REGULAR, 13, "centre")
        y -= 0.65 * inch
        size = _fitted_size(cert.recipient, BOLD, 30, w - 100)
        c.setFillColor(ACCENT)
        draw_string(c, mid, y, fit(cert.recipient, BOLD, size, w - 100), BOLD, size, "centre")
        c.setStrokeColor(RULE)
        c.line(mid - 3 * inch, y - 10, mid + 3 * inch, y - 10)
        y -= 0.6 * inch
        c.setFillColor(MUTED)
        took_part = (
            "took part as a mentee in {program}, {year},"
            if cert.role == "mentee"
            else "took part as a mentor in {program}, {year},"
        )
        lines = [
            translate(lang, took_part, program=h.program, year=h.year),
            translate(lang, "with {hours} hours of mentoring.", hours=hours(cert.minutes)),
        ]
        if cert.mentor:
            lines.append(translate(lang, "Mentor: {name}", name=cert.mentor))
        for line in lines:
            draw_string(c, mid, y, fit(line, REGULAR, 13, w - 100), REGULAR, 13, "centre")
            y -= 20
        self._signature_lines(long_date(h.generated_on, lang))
        c.restoreState()

    def _signature_lines(self, date_text: str) -> None:
        c = self.canv
        y = 0.95 * inch
        left, right = self.width * 0.12, self.width * 0.58
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.7)
        c.line(left, y, left + 3 * inch, y)
        c.line(right, y, right + 3 * inch, y)
        c.setFillColor(MUTED)
        lang = self.language
        draw_string(c, left, y - 14, translate(lang, "Program coordinator"), REGULAR, 10)
        draw_string(c, right, y - 14, translate(lang, "Date"), REGULAR, 10)
        draw_string(c, right, y + 6, date_text, REGULAR, 11)


def write_certificates(
    certificates: Sequence[Certificate],
    path: Path,
    progress: Progress = NO_PROGRESS,
    language: str = "en",
) -> Path:
    """One certificate per page, for one person or a batch, in English or Spanish."""
    if not certificates:
        raise ValueError("write_certificates needs at least one certificate")
    story: list[Flowable] = []
    for n, certificate in enumerate(certificates):
        if n:
            story.append(PageBreak())
        story.append(CertificatePage(certificate, language))
    h = certificates[0].header
    decor = PageDecor(
        title=translate(language, "Certificates"),
        subtitle=h.program,
        footer="",
        plain_pages=set(),
        language=language,
    )
    decor.plain_pages = set(range(1, len(certificates) + 1))

    def write(out: Any) -> None:
        doc = ReportDocument(
            out,
            decor,
            progress=progress,
            pagesize=CERTIFICATE_PAGE,
            margin=CERT_MARGIN,
            title=translate(language, "Certificates of completion"),
        )
        doc.render(story)

    return write_private(path, write)
