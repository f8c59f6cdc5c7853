"""The fonts shipped for PDFs and which one prints each character.

DejaVu Sans (regular and bold) prints Latin (Vietnamese, Spanish, Turkish...), Greek, Cyrillic,
Armenian and Georgian. A script it lacks, or prints without joining (Arabic, Hebrew), has a Noto
Sans font of its own, loaded the first time a text needs it; Korean comes from Nanum Square,
Chinese and Japanese from Droid Sans Fallback, emoji and pictographs from a cut of Symbola.
A character no shipped font has is printed as a box (U+25A1), never left out.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from coordinator.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CJK = "DroidSansFallback"
KOREAN = "NanumSquare"
EMOJI = "SymbolaEmoji"
MISSING = "\u25a1"  # WHITE SQUARE: what a character no font has prints as

FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    KOREAN: "NanumSquareR.ttf",
    EMOJI: "SymbolaEmoji.ttf",
}
_NOTO = [
    "Arabic",
    "Bengali",
    "Devanagari",
    "Ethiopic",
    "Gujarati",
    "Gurmukhi",
    "Hebrew",
    "Kannada",
    "Khmer",
    "Lao",
    "Malayalam",
    "Myanmar",
    "Tamil",
    "Telugu",
    "Thai",
]
FONT_FILES.update({f"NotoSans{script}": f"NotoSans{script}-Regular.ttf" for script in _NOTO})

# Unicode blocks whose characters go to their script's font first, even where DejaVu has a glyph
# (its Arabic and Hebrew are there, but not their joining and mark placement).
_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0590, 0x05FF, "NotoSansHebrew"),
    (0x0600, 0x06FF, "NotoSansArabic"),
    (0x0750, 0x077F, "NotoSansArabic"),
    (0x0870, 0x08FF, "NotoSansArabic"),
    (0x0900, 0x097F, "NotoSansDevanagari"),
    (0x0980, 0x09FF, "NotoSansBengali"),
    (0x0A00, 0x0A7F, "NotoSansGurmukhi"),
    (0x0A80, 0x0AFF, "NotoSansGujarati"),
    (0x0B80, 0x0BFF, "NotoSansTamil"),
    (0x0C00, 0x0C7F, "NotoSansTelugu"),
    (0x0C80, 0x0CFF, "NotoSansKannada"),
    (0x0D00, 0x0D7F, "NotoSansMalayalam"),
    (0x0E00, 0x0E7F, "NotoSansThai"),
    (0x0E80, 0x0EFF, "NotoSansLao"),
    (0x1000, 0x109F, "NotoSansMyanmar"),
    (0x1100, 0x11FF, KOREAN),
    (0x1200, 0x139F, "NotoSansEthiopic"),
    (0x1780, 0x17FF, "NotoSansKhmer"),
    (0x19E0, 0x19FF, "NotoSansKhmer"),
    (0x1CD0, 0x1CFF, "NotoSansDevanagari"),
    (0x2D80, 0x2DDF, "NotoSansEthiopic"),
    (0x3130, 0x318F, KOREAN),
    (0xA8E0, 0xA8FF, "NotoSansDevanagari"),
    (0xA960, 0xA97F, KOREAN),
    (0xA9E0, 0xA9FF, "NotoSansMyanmar"),
    (0xAA60, 0xAA7F, "NotoSansMyanmar"),
    (0xAB00, 0xAB2F, "NotoSansEthiopic"),
    (0xAC00, 0xD7FF, KOREAN),
    (0xFB1D, 0xFB4F, "NotoSansHebrew"),
    (0xFB50, 0xFDFF, "NotoSansArabic"),
    (0xFE70, 0xFEFF, "NotoSansArabic"),
    (0x1F000, 0x1FAFF, EMOJI),
)
_BLOCK_STARTS = [start for start, _, _ in _BLOCKS]
# tried in this order for a character neither its block's font nor DejaVu has
_LAST_RESORTS = (CJK, KOREAN, EMOJI)

# Characters that belong to the character before them: marks, joiners, variation selectors,
# emoji skin tones and tags. They take that character's font so it can combine them.
_JOINERS = frozenset({0x200C, 0x200D, 0x20E3}) | frozenset(range(0xFE00, 0xFE10))
_JOINERS |= frozenset(range(0x1F3FB, 0x1F400)) | frozenset(range(0xE0020, 0xE0080))
# bidi classes that make a text need reordering
_RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI"})


def _register(name: str) -> TTFont:
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        font = TTFont(name, str(resource("fonts", FONT_FILES[name])))
        pdfmetrics.registerFont(font)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
    assert isinstance(font, TTFont)
    return font


def font(name: str) -> TTFont:
    """The registered font `name` (one of FONT_FILES), loaded on first use."""
    return _register(name)


@functools.cache
def register_fonts() -> None:
    """Register the main fonts once per process; the others load when a text needs them."""
    _register(REGULAR)
    _register(BOLD)
    for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
        addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)


@functools.cache
def covered(name: str) -> frozenset[int]:
    """The code points font `name` has a glyph for."""
    return frozenset(_register(name).face.charToGlyph)


def block_font(code: int) -> str | None:
    """The script font for this code point's Unicode block, if it has one."""
    i = bisect.bisect_right(_BLOCK_STARTS, code) - 1
    if i >= 0 and code <= _BLOCKS[i][1]:
        return _BLOCKS[i][2]
    return None


def is_joiner(ch: str) -> bool:
    """True for a mark or joiner that combines with the character before it."""
    return ord(ch) in _JOINERS or unicodedata.category(ch) in ("Mn", "Mc", "Me")


@functools.lru_cache(maxsize=8192)
def font_for(ch: str, main: str) -> str | None:
    """The font that prints `ch` in text set in `main`; None when no shipped font has it."""
    code = ord(ch)
    script = block_font(code)
    if script is not None and code in covered(script):
        return script
    if code in covered(main) or code in covered(REGULAR):
        return main if code in covered(main) else REGULAR
    for name in _LAST_RESORTS:
        if code in covered(name):
            return name
    return None


@functools.lru_cache(maxsize=8192)
def _plain_char(ch: str) -> bool:
    """True for a character DejaVu prints as it is: no other font, no shaping, no reordering."""
    code = ord(ch)
    return (
        code in covered(REGULAR)
        and block_font(code) is None
        and not is_joiner(ch)
        and unicodedata.bidirectional(ch) not in _RTL_CLASSES
    )


def needs_layout(text: str) -> bool:
    """True when `text` needs more than DejaVu printing it left to right, glyph by glyph:
    another script's font, shaping (joining, marks), right-to-left order or a missing glyph."""
    if text.isascii():
        return False
    return not all(_plain_char(ch) for ch in text)


def needs_right_to_left(text: str) -> bool:
    """True when some character of `text` has a right-to-left (or Arabic number) direction."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)
