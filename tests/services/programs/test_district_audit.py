"""The district's name and logo: each change audited alone, an unchanged save not at all."""

from __future__ import annotations

from pathlib import Path

from audit_checks import audit_mark, only_entry, written_since
from coordinator.db.engine import Database
from coordinator.services.programs.district import LOGO_KEY, NAME_KEY, set_district_identity


def test_each_identity_change_is_audited_alone_and_an_unchanged_save_is_not(
    db: Database, tmp_path: Path
) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), (31, 78, 121)).save(logo)
    with db.transaction() as session:
        set_district_identity(session, name="Riverside ISD", logo=logo)
    mark = audit_mark(db)
    with db.transaction() as session:
        set_district_identity(session, name="Riverside ISD", logo=logo)
    assert written_since(db, mark) == []
    with db.transaction() as session:
        set_district_identity(session, name="Riverside Independent School District", logo=logo)
    entry = only_entry(db, mark)
    assert entry.before == {NAME_KEY: "Riverside ISD"}
    assert entry.after == {NAME_KEY: "Riverside Independent School District"}
    mark = audit_mark(db)
    with db.transaction() as session:
        set_district_identity(session, clear_logo=True)
    entry = only_entry(db, mark)
    assert entry.before == {LOGO_KEY: "logo.png"}  # the file's name, not the image
    assert entry.after == {LOGO_KEY: None}
