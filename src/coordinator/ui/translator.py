"""The window in the language chosen in Settings: Qt translators loaded from resources/translations.

The .ts files there are the translations as written (pyside6-lupdate collects the strings wrapped
in self.tr); the .qm beside each is what Qt loads, made by pyside6-lrelease (see the README there).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coordinator import paths

_installed: list[QTranslator] = []  # Qt does not own them: keep them alive while installed


def translations_file(language: str) -> str:
    return str(paths.resource("translations", f"coordinator_{language}.qm"))


def install_translator(language: str) -> bool:
    """Show the window's wrapped strings in `language` from now on ("en" removes any translation).

    Qt's own words (Cancel, Yes, the file dialog) come from Qt's qtbase translation when it ships.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translator needs the application to exist")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        return False
    ours = QTranslator()
    if not ours.load(translations_file(language)):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    qt_words = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(qt_words)
        _installed.append(qt_words)
    return True
