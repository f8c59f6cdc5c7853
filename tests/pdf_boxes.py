"""A PDF as a person sees it: word boxes from `pdftotext -bbox`, pages from `pdftoppm`, ink."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

DPI = 100


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def words(pdf: Path) -> list[Word]:
    """Every word pdftotext finds, with its box in points from the page's top left."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    found = []
    for number, page in enumerate(html.split("<page ")[1:], start=1):
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page,
        ):
            x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
            found.append(Word(number, m.group(5), x0, y0, x1, y1))
    return found


def render(pdf: Path, page: int, folder: Path) -> Image.Image:
    stem = folder / f"page{page}"
    pages = ["-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", *pages, str(pdf), str(stem)], check=True)
    return Image.open(f"{stem}.png").convert("L")


def ink(image: Image.Image, x0: float, y0: float, x1: float, y1: float) -> int:
    """Pixels inside a box (in points) darker than the paper and the tables' shaded rows."""
    scale = DPI / 72
    box = (int(x0 * scale), int(y0 * scale), int(x1 * scale) + 1, int(y1 * scale) + 1)
    histogram = image.crop(box).histogram()  # grey levels 0-255
    return sum(histogram[:200])
