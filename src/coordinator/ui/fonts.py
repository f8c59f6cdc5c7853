"""The shipped fonts for scripts a desktop may lack, so every name shows in tables, not as boxes.

The same files the PDFs embed (reports/font_faces): Noto Sans for Arabic, Hebrew, the Indic
scripts, Thai, Lao, Khmer, Myanmar and Ethiopic, Nanum Square for Korean, Droid Sans Fallback
for Chinese and Japanese, a Symbola cut for emoji. Qt shapes and orders the text itself.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from coordinator.paths import resource

log = logging.getLogger(__name__)

# DejaVu Sans is not among them: the platform's own interface font prints Latin text
FALLBACK_FONTS = (
    "DroidSansFallbackFull.ttf",
    "NanumSquareR.ttf",
    "SymbolaEmoji.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansBengali-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansGujarati-Regular.ttf",
    "NotoSansGurmukhi-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansKannada-Regular.ttf",
    "NotoSansKhmer-Regular.ttf",
    "NotoSansLao-Regular.ttf",
    "NotoSansMalayalam-Regular.ttf",
    "NotoSansMyanmar-Regular.ttf",
    "NotoSansTamil-Regular.ttf",
    "NotoSansTelugu-Regular.ttf",
    "NotoSansThai-Regular.ttf",
)
_installed: list[str] = []


def install_fallback_fonts() -> list[str]:
    """Register the fallback fonts with Qt once per process; returns their family names.

    Qt picks one for a character the platform's fonts lack (Windows and macOS have most
    scripts already; a plain Linux desktop often has none).
    """
    if not _installed:
        for file_name in FALLBACK_FONTS:
            font_id = QFontDatabase.addApplicationFont(str(resource("fonts", file_name)))
            if font_id < 0:
                log.warning("the fallback font %s could not be loaded", file_name)
                continue
            _installed.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_installed)
