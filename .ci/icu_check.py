"""What Qt asks ICU for, printed so two runs can be compared: the folder's trimmed ICU data
against the full data PySide6 ships (.ci/frozen runs this twice and compares, Linux only).

Qt's libraries call ICU for four things only (nm -D --undefined-only on every libQt6*.so):
collation (QCollator, which sorts file dialogs' lists), time-zone names, text codecs and case
mapping. Each is exercised here on accented names and the locales the app is written in.
Run: LD_PRELOAD=FOLDER/_internal/PySide6/Qt/lib/libicudata.so.73 python3 .ci/icu_check.py
"""

from __future__ import annotations

import os

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLocale,
    QStringConverter,
    QStringDecoder,
    QStringEncoder,
    Qt,
    QTimeZone,
)

NAMES = ["Zoë Nguyễn", "Ángel Núñez", "Ana Ortiz", "ñandú", "Nuño", "Éva Li", "eva Lopez", "Chávez",
         "Cruz", "Llorente", "Lucía", "Oyelaran", "Øster", "Ärnold", "Zamora", "zoe"]  # fmt: skip
LOCALES = ["en_US", "es_ES", "es_MX", "es_US", "C"]
ZONES = ["America/Chicago", "America/Denver", "America/Los_Angeles", "America/New_York",
         "America/Phoenix", "Pacific/Honolulu", "America/Puerto_Rico", "UTC"]  # fmt: skip
CODECS = ["windows-1252", "ISO-8859-15", "Shift_JIS", "GB18030", "Big5", "KOI8-R", "IBM850"]


def main() -> None:
    app = QCoreApplication([])  # noqa: F841 - codecs and locales want the application
    maps = open("/proc/self/maps").read()  # noqa: SIM115 - read once
    icu = sorted({line.split()[-1] for line in maps.splitlines() if "libicudata" in line})
    print("ICU data:", os.path.basename(icu[0]) if icu else "none", "from", os.path.dirname(icu[0]))
    for name in LOCALES:
        collator = QCollator(QLocale(name))
        print(f"collation {name}:", " | ".join(sorted(NAMES, key=collator.sortKey)))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        collator.setNumericMode(True)
        files = ["Año 10.pdf", "año 9.pdf", "Informe 2.xlsx", "informe 10.xlsx", "Éxito.csv"]
        print(f"files {name}:", " | ".join(sorted(files, key=collator.sortKey)))
    for zone in ZONES:
        tz = QTimeZone(zone.encode())
        for name in ("en_US", "es_MX"):
            locale = QLocale(name)
            shown = [
                tz.displayName(kind, form, locale)
                for kind in (QTimeZone.TimeType.StandardTime, QTimeZone.TimeType.GenericTime)
                for form in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName)
            ]
            print(f"zone {zone} {name}:", " | ".join(shown))
    for codec in CODECS:  # PySide6 wraps no encode or decode: opening one loads its table
        decoder, encoder = QStringDecoder(codec), QStringEncoder(codec)
        print(f"codec {codec}: {decoder.isValid()} {decoder.name()} {encoder.isValid()}")
    print("codecs available:", len(QStringConverter.availableCodecs()))
    for name in ("en_US", "es_ES", "tr_TR"):
        locale = QLocale(name)
        print(f"case {name}:", locale.toUpper("ñandú iıİ ß"), locale.toLower("ÁNGEL İI"))


if __name__ == "__main__":
    main()
