"""The shipped fallback font, so names in Chinese or Japanese show in tables, not as boxes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from coordinator.paths import resource

log = logging.getLogger(__name__)

FALLBACK_FONT = "DroidSansFallbackFull.ttf"  # the same file the PDFs embed for CJK text
_installed: list[str] = []


def install_fallback_font() -> list[str]:
    """Register the fallback font with Qt once per process; returns its family names.

    Qt picks it for a character the platform's fonts lack (most Windows and macOS machines have
    CJK fonts already; a plain Linux desktop often has none).
    """
    if not _installed:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", FALLBACK_FONT)))
        if font_id < 0:
            log.warning("the fallback font %s could not be loaded", FALLBACK_FONT)
            return []
        _installed.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_installed)
