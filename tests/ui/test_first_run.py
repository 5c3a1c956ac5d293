"""The first-run wizard creates the installation, as an officer would fill it in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.installation import installation_info
from lingkaran_desktop.services.users import authenticate
from ui.first_run import FirstRunWizard


def test_wizard_creates_a_village_installation(qtbot, tmp_path: Path) -> None:
    home = Home(tmp_path / "baru")
    wizard = FirstRunWizard(home)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.role_page.village.isChecked()
    wizard.next()
    picker = wizard.region_page.picker
    assert not wizard.region_page.isComplete()
    qtbot.keyClicks(picker.search, "padomasan")
    qtbot.waitUntil(lambda: picker.results.count() > 0)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.region is not None and picker.region.level == 4
    assert wizard.region_page.isComplete()
    wizard.next()
    page = wizard.admin_page
    qtbot.keyClicks(page.name, "admin")
    qtbot.keyClicks(page.password, "rahasia-desa-1")
    qtbot.keyClicks(page.repeat, "rahasia-desa-2")
    wizard.next()  # passwords differ: stays, says so in Indonesian
    assert wizard.store is None
    assert "tidak sama" in page.message.text()
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, "rahasia-desa-1")
    with qtbot.waitSignal(wizard.accepted):
        wizard.accept()
    assert wizard.store is not None
    info = installation_info(wizard.store)
    assert info.role == "village" and info.region_code == picker.region.code
    assert authenticate(wizard.store, "admin", "rahasia-desa-1").role == "admin"
    wizard.store.close()


def test_district_office_needs_a_regency(qtbot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(Home(tmp_path / "kab"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.role_page.district.setChecked(True)
    wizard.next()
    picker = wizard.region_page.picker
    qtbot.keyClicks(picker.search, "35.09")
    picker.refresh()
    assert picker.results.count() >= 1
    picker.results.setCurrentRow(0)
    assert picker.region is not None and picker.region.code == "35.09"
    assert wizard.region_page.isComplete()
