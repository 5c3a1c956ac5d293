"""The whole app as a user meets it: first run or log-in, the main window, lock, log-out."""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.candidates import register_candidate
from tests.conftest import PASSWORD, make_nik
from ui import crash
from ui.app import AppController
from ui.settings import UiSettings
from ui.tasks import TaskRunner


def controller_for(qtbot, home: Home, idle_seconds: float = 600) -> AppController:
    controller = AppController(home, UiSettings(), TaskRunner(synchronous=True),
                               idle_seconds=idle_seconds)
    controller.start()
    return controller


def log_in(qtbot, controller: AppController, user: str) -> None:
    login = controller.login
    assert login is not None and login.isVisible()
    login.user.setCurrentText(user)
    qtbot.keyClicks(login.password, PASSWORD)
    login.try_login()
    assert controller.window is not None
    qtbot.addWidget(controller.window)


def test_first_start_shows_the_wizard(qtbot, tmp_path: Path) -> None:
    controller = controller_for(qtbot, Home(tmp_path / "kosong"))
    assert controller.wizard is not None and controller.wizard.isVisible()
    qtbot.addWidget(controller.wizard)
    assert controller.login is None


def test_operator_sees_entry_not_verification(qtbot, village, staff) -> None:
    store, _ = village
    controller = controller_for(qtbot, store.home)
    log_in(qtbot, controller, "siti")
    window = controller.window
    assert window.page_keys() == ["home", "candidates", "entry", "import", "exchange",
                                  "print", "reports", "settings"]
    window.show_page("entry")
    assert window.stack.currentWidget() is window.form
    controller.logout()
    assert controller.window is None and controller.login.isVisible()
    controller.login.close()


def test_verifier_sees_verification_and_home_counts(qtbot, village, staff, rng) -> None:
    store, _ = village
    birth = date(1980, 5, 12)
    register_candidate(store, staff["operator"], CandidateFields(
        nik=make_nik(rng, birth=birth, sex="P"), name="Siti Aminah", sex="P",
        birth_date=birth, occupation="P006"))
    controller = controller_for(qtbot, store.home)
    log_in(qtbot, controller, "budi")
    window = controller.window
    assert window.page_keys() == ["home", "candidates", "verification", "exchange",
                                  "print", "reports", "settings"]
    assert window.home.cards["proposed"].text() == "1"
    assert "Rp 16.800" in window.home.money.text()
    assert "Rp 201.600" in window.home.money.text()
    window.verification.select_nik(window.verification.model.rows[0]["nik"])
    window.verification.approve.click()
    assert window.home.cards["verified"].text() == "1"
    assert window.candidates.model.index(0, 6).data() == "Terverifikasi"


def test_screen_locks_after_idle_time_and_unlocks_with_password(qtbot, village, staff) -> None:
    store, _ = village
    controller = controller_for(qtbot, store.home, idle_seconds=0.2)
    log_in(qtbot, controller, "siti")
    qtbot.waitUntil(lambda: controller.lock_dialog is not None, timeout=3000)
    window = controller.window
    assert window.stack.currentWidget() is window.locked_cover
    assert not window.side.isEnabled()
    dialog = controller.lock_dialog
    qtbot.keyClicks(dialog.password, "salah-sekali")
    dialog.try_login()
    assert controller.lock_dialog is dialog and dialog.message.isVisible()
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.try_login()
    assert controller.lock_dialog is None
    assert window.stack.currentWidget() is not window.locked_cover
    controller.idle.stop()


def test_language_switch_rebuilds_the_window_in_english(qtbot, village, staff) -> None:
    store, _ = village
    controller = controller_for(qtbot, store.home)
    log_in(qtbot, controller, "admin")
    controller.window.show_page("settings")
    controller.window.settings.language_chosen.emit("en")
    qtbot.addWidget(controller.window)
    nav = [controller.window.nav.item(i).text() for i in range(controller.window.nav.count())]
    assert nav == ["Home", "Workers", "Add worker", "Import Excel", "Verification",
                   "Send / Receive", "Print", "Reports", "Settings"]
    assert controller.window.current_page() == "settings"
    assert UiSettings().language == "en"


def test_window_geometry_is_remembered(qtbot, village, staff) -> None:
    store, _ = village
    controller = controller_for(qtbot, store.home)
    log_in(qtbot, controller, "siti")
    controller.window.showNormal()
    controller.window.setGeometry(50, 60, 1100, 650)
    before = controller.window.geometry()
    controller.logout()
    assert UiSettings().geometry("main") is not None
    log_in(qtbot, controller, "siti")
    # the offscreen screen is small and clamps x and width; y and height come back as saved
    assert controller.window.geometry().y() == before.y()
    assert controller.window.geometry().height() == before.height() == 650


def test_crash_dialog_points_at_the_log(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: shown.append(self) or 0)
    log_file = tmp_path / "logs" / "lingkaran.log"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook(log_file)
    try:
        raise RuntimeError("NIK 3509015205800001 tidak bisa dibaca")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert shown
    qtbot.addWidget(shown[0])
    assert str(log_file) in shown[0].where.text()
    assert "3509015205800001" not in crash.scrub("NIK 3509015205800001")


def test_task_helper_shows_progress_only_for_slow_work(qtbot) -> None:
    tasks = TaskRunner()
    results = []
    tasks.run(lambda: 42, results.append, label="cepat")
    qtbot.waitUntil(lambda: results == [42])
    tasks.run(lambda: time.sleep(0.9) or "lambat", results.append, label="lambat")
    from PySide6.QtWidgets import QApplication, QProgressDialog

    qtbot.waitUntil(lambda: any(isinstance(w, QProgressDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=2000)
    qtbot.waitUntil(lambda: results == [42, "lambat"], timeout=3000)
    errors = []
    tasks.run(lambda: 1 / 0, results.append, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ZeroDivisionError)


def test_every_ui_text_has_an_english_translation() -> None:
    import xml.etree.ElementTree as ET

    from ui.i18n import translations_dir

    ts = ET.parse(translations_dir() / "lingkaran_en.ts")
    unfinished = [m.findtext("source") for m in ts.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert (translations_dir() / "lingkaran_en.qm").stat().st_size > 0


def test_about_box_shows_the_version_and_the_call_centre(qtbot, village, staff) -> None:
    from PySide6.QtWidgets import QPushButton

    from lingkaran_desktop import __version__

    store, _ = village
    controller = controller_for(qtbot, store.home)
    log_in(qtbot, controller, "siti")
    window = controller.window
    button = window.findChild(QPushButton, "aboutButton")
    assert __version__ in button.text()
    button.click()
    box = window._about_box
    qtbot.waitUntil(box.isVisible)
    assert __version__ in box.text() and "175" in box.text()
    box.close()
    controller.logout()
    controller.login.close()
