"""Settings › District: a coordinator names the district and gives it a logo, in the window."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.services.programs.district import district_identity
from coordinator.ui.context import AppContext
from coordinator.ui.pages.settings_page import SettingsPage


def test_typing_a_name_and_choosing_a_logo_keeps_both(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    page = SettingsPage(AppContext(db))
    qtbot.addWidget(page)
    box = page.district_box
    assert not box.save_button.isEnabled()
    assert box.logo_preview.text() == "No logo: covers print the district name only."
    assert not box.remove_logo_button.isEnabled()

    box.name_edit.setFocus()
    qtbot.keyClicks(box.name_edit, "Lone Star ISD")
    assert box.save_button.isEnabled()
    qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)
    assert not box.save_button.isEnabled()

    logo = tmp_path / "crest.png"
    Image.new("RGB", (200, 100), (31, 78, 121)).save(logo)
    assert box.use_logo(logo)
    logo.unlink()  # the logo is in the database now, not a path that breaks
    assert not box.logo_preview.pixmap().isNull()
    assert box.logo_preview.pixmap().height() == 64
    assert box.message.text() == "The logo from crest.png is kept in the database."
    with db.reading() as session:
        identity = district_identity(session)
    assert identity.name == "Lone Star ISD"
    assert identity.logo_png is not None

    rebuilt = SettingsPage(AppContext(db))  # the next time the window opens
    qtbot.addWidget(rebuilt)
    assert rebuilt.district_box.name_edit.text() == "Lone Star ISD"
    assert not rebuilt.district_box.logo_preview.pixmap().isNull()

    rebuilt.district_box.remove_logo_button.click()
    assert rebuilt.district_box.logo_preview.pixmap().isNull()
    assert not rebuilt.district_box.remove_logo_button.isEnabled()


def test_a_file_that_is_not_an_image_is_refused_in_words(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    page = SettingsPage(AppContext(db))
    qtbot.addWidget(page)
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    assert not page.district_box.use_logo(fake)
    assert "logo.png is not a readable PNG, JPEG or GIF image" in page.district_box.message.text()
    assert page.district_box.logo_preview.pixmap().isNull()


def test_an_emptied_name_is_refused_and_the_saved_one_kept(qtbot: QtBot, db: Database) -> None:
    page = SettingsPage(AppContext(db))
    qtbot.addWidget(page)
    box = page.district_box
    qtbot.keyClicks(box.name_edit, "Valley ISD")
    box.save_button.click()
    box.name_edit.selectAll()
    qtbot.keyClicks(box.name_edit, "   ")
    box.save_button.click()
    assert box.message.text() == "The district name cannot be empty."
    with db.reading() as session:
        assert district_identity(session).name == "Valley ISD"
