"""The page machinery every PDF shares: headers, "Page N of M", a contents page, progress.

All of it happens in ONE layout pass: pages are kept until the end, then each is stamped with its
header, footer and page count (and the reserved contents pages are filled in) as the file is saved.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from coordinator.progress import NO_PROGRESS, Progress
from coordinator.reports.fonts import BOLD, REGULAR, draw_string, fit, register_fonts
from coordinator.reports.styles import ACCENT, MARGIN, MUTED, PAGE_SIZE, RULE
from coordinator.tools.text import figure
from coordinator.tools.translations import translate

CONTENTS_LINE = 15.0
CONTENTS_TITLE = 40.0
FRAME_PADDING = 6.0  # reportlab's default Frame padding on each side


class GroupStart(Flowable):  # type: ignore[misc]
    """An invisible flowable at the top of the first page of a group (one mentee's log)."""

    starts_group = True

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.group_name = name

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


class ReservedPage(Flowable):  # type: ignore[misc]
    """Takes a whole page; the contents are drawn on it once every page number is known.

    It always asks for a full frame, so two reserved pages never share one page: on a page that
    already holds something (even another reserved page) it does not fit and moves on.
    """

    def __init__(self, frame_height: float) -> None:
        super().__init__()
        self.frame_height = frame_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, self.frame_height

    def draw(self) -> None:
        return None


@dataclass
class PageDecor:
    """What the header and footer say; `plain_pages` get neither (a cover, a certificate)."""

    title: str
    subtitle: str
    footer: str
    plain_pages: set[int] = field(default_factory=lambda: {1})
    per_group_numbers: bool = False
    language: str = "en"  # of the page numbers and contents titles (tools/translations.py)


def reserved_frame_height(pagesize: tuple[float, float] = PAGE_SIZE) -> float:
    """The height a `ReservedPage` asks for: a whole body frame, less its padding."""
    return float(pagesize[1] - 2 * MARGIN - 2 * FRAME_PADDING - 1)


def contents_pages_needed(entries: int, pagesize: tuple[float, float] = PAGE_SIZE) -> int:
    """How many pages a contents list of this many entries takes."""
    frame_height = pagesize[1] - 2 * MARGIN
    first = int((frame_height - CONTENTS_TITLE) // CONTENTS_LINE)
    rest = int(frame_height // CONTENTS_LINE)
    if entries <= first:
        return 1
    return 1 + math.ceil((entries - first) / rest)


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]
    """A platypus document that numbers pages "N of M" and can carry a contents list."""

    def __init__(
        self,
        out: BinaryIO,
        decor: PageDecor,
        *,
        progress: Progress = NO_PROGRESS,
        pagesize: tuple[float, float] = PAGE_SIZE,
        margin: float = MARGIN,
        contents_at: int | None = None,
        contents_depth: int = 1,
        index_pages: int = 0,
        title: str = "",
    ) -> None:
        register_fonts()
        super().__init__(
            out,
            pagesize=pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            title=title or decor.title,
            author="Coordinator",
            creator="Coordinator",
        )
        wide = (max(pagesize), min(pagesize))
        self.addPageTemplates(
            [
                PageTemplate(id="page", frames=[_frame(pagesize, margin)], pagesize=pagesize),
                # for wide tables (cohorts): the same paper turned sideways
                PageTemplate(id="landscape", frames=[_frame(wide, margin)], pagesize=wide),
            ]
        )
        self.decor = decor
        self.progress = progress
        self.contents_at = contents_at  # first reserved contents page, if any
        self.contents_depth = contents_depth  # deeper entries are bookmarks only
        self.contents: list[tuple[int, str, int, str]] = []  # level, text, page, bookmark
        # the last `index_pages` pages list the level-1 entries (mentors) with their pages
        self.index_pages = index_pages
        self.index: list[tuple[int, str, int, str]] = []
        self.groups: list[int] = []  # first page of each group
        self.group_names: list[str] = []
        self._done = 0
        self._bookmarks = 0
        self._total = 1

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's hook name
        if isinstance(flowable, GroupStart):
            self.groups.append(self.page)
            self.group_names.append(flowable.group_name)
        entry = getattr(flowable, "contents_entry", None)
        if entry is not None:
            level, text = entry
            key = f"s{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level)
            if level <= self.contents_depth:
                self.contents.append((level, text, self.page, key))
            elif self.index_pages and level == 1:
                self.index.append((level, text, self.page, key))
            self._bookmarks += 1
        self._done += 1
        if self._done % 40 == 0:
            self.progress.step(self._done, self._total, f"Laying out page {self.page}")

    def render(self, story: Sequence[Flowable]) -> None:
        self._total = max(len(story), 1)
        self.progress.step(0, self._total, "Laying out the report")
        # Compressed streams are written as binary, not also re-encoded as ASCII85 text:
        # reportlab does that in pure Python, a large share of a long report's time, and
        # the file comes out a fifth smaller. Every PDF reader reads either.
        a85 = rl_config.useA85
        rl_config.useA85 = 0
        try:
            self.build(list(story), canvasmaker=functools.partial(_NumberedCanvas, document=self))
        finally:
            rl_config.useA85 = a85

    # -- stamping each page once the page count is known --------------------------------------

    def _group_of(self, number: int) -> int:
        return max(0, sum(1 for g in self.groups if g <= number) - 1)

    def page_title(self, number: int) -> str:
        if self.decor.per_group_numbers and self.groups:
            name = self.group_names[self._group_of(number)]
            return f"{self.decor.title}: {name}" if name else self.decor.title
        return self.decor.title

    def page_label(self, number: int, total: int) -> str:
        if self.decor.per_group_numbers and self.groups:
            index = self._group_of(number)
            start = self.groups[index]
            end = self.groups[index + 1] - 1 if index + 1 < len(self.groups) else total
            lang = self.decor.language
            local = translate(
                lang,
                "Page {page} of {pages}",
                page=figure(number - start + 1),
                pages=figure(end - start + 1),
            )
            whole = translate(
                lang, "({page} of {pages} in this file)", page=figure(number), pages=figure(total)
            )
            return f"{local} {whole}"
        return translate(
            self.decor.language, "Page {page} of {pages}", page=figure(number), pages=figure(total)
        )

    def decorate(self, canvas: Canvas, number: int, total: int) -> None:
        if number in self.decor.plain_pages:
            return
        width, height = canvas._pagesize  # this page's size: portrait or landscape
        left, right = MARGIN, width - MARGIN
        top = height - MARGIN + 18
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        draw_string(canvas, left, top, fit(self.page_title(number), BOLD, 8.5, 300), BOLD, 8.5)
        canvas.setFillColor(MUTED)
        subtitle = fit(self.decor.subtitle, REGULAR, 8.5, 200)
        draw_string(canvas, right, top, subtitle, REGULAR, 8.5, "right")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 5, right, top - 5)
        canvas.line(left, MARGIN - 14, right, MARGIN - 14)
        draw_string(canvas, left, MARGIN - 26, fit(self.decor.footer, REGULAR, 8, 330), REGULAR, 8)
        draw_string(canvas, right, MARGIN - 26, self.page_label(number, total), REGULAR, 8, "right")
        canvas.restoreState()
        if self.contents_at is not None and number >= self.contents_at:
            self._draw_contents(canvas, number - self.contents_at)
        first_index = total - self.index_pages + 1
        if self.index_pages and number >= first_index:
            self._draw_contents(canvas, number - first_index, self.index, "Mentor index")

    def _draw_contents(
        self,
        canvas: Canvas,
        index: int,
        listed: list[tuple[int, str, int, str]] | None = None,
        title: str = "Contents",
    ) -> None:
        width, height = self.pagesize
        frame_height = height - 2 * MARGIN
        first = int((frame_height - CONTENTS_TITLE) // CONTENTS_LINE)
        rest = int(frame_height // CONTENTS_LINE)
        contents = self.contents if listed is None else listed
        if index == 0:
            entries, y = contents[:first], height - MARGIN - 20
            canvas.setFillColor(ACCENT)
            draw_string(canvas, MARGIN, y, translate(self.decor.language, title), BOLD, 16)
            y -= CONTENTS_TITLE - 20
        else:
            start = first + (index - 1) * rest
            entries, y = contents[start : start + rest], height - MARGIN - 10
        if not entries and index > 0:
            return
        canvas.setFillColor(ACCENT)
        right = width - MARGIN
        for level, text, page, key in entries:
            font, size, indent = (BOLD, 10, 0.0) if level == 0 else (REGULAR, 9, 16.0)
            canvas.setFillColor(ACCENT if level == 0 else MUTED)
            draw_string(canvas, MARGIN + indent, y, fit(text, font, size, 380 - indent), font, size)
            draw_string(canvas, right, y, str(page), font, size, "right")
            rect = (MARGIN, y - 3, right, y + size)
            canvas.linkRect("", key, rect, name=f"contents-{key}", relative=0)
            y -= CONTENTS_LINE


def _frame(pagesize: tuple[float, float], margin: float) -> Frame:
    return Frame(margin, margin, pagesize[0] - 2 * margin, pagesize[1] - 2 * margin, id="body")


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until save(), then stamps headers, footers and the page count."""

    def __init__(self, *args: Any, document: ReportDocument, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._document = document
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's method name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._document.decorate(self, number, total)
            super().showPage()
        super().save()
