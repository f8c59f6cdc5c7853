"""QT_TRANSLATE_NOOP with a type: marks English for pyside6-lupdate in a context, returns it as is.

PySide6's own QT_TRANSLATE_NOOP is typed as returning `object`. Module-level words (column
headers, labels in a dict) are marked with this one and translated where they are shown:
`QCoreApplication.translate("PeopleModel", HEADERS[i])`. lupdate reads the call by its name.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (Qt's name, for lupdate)
    """`source`, unchanged: lupdate collects it in `context`."""
    return source
