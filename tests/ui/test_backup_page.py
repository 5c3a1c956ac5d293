"""Backups from the settings page, restore with the admin's password, and the backup on close."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.services.candidates import count_by_status, register_candidate
from tests.conftest import PASSWORD, make_nik
from tests.ui.test_app import controller_for, log_in
from ui.settings_page import SettingsPage


def add_worker(session, rng, name: str) -> None:
    birth = date(1980, 5, 12)
    register_candidate(session.store, session.actor, CandidateFields(
        nik=make_nik(rng, birth=birth, sex="P"), name=name, sex="P",
        birth_date=birth.isoformat(), occupation="P006"))


def test_back_up_now_to_a_stick_then_restore_keeps_the_current_data_as_a_copy(
        qtbot, sessions, sync_tasks, rng, tmp_path) -> None:
    admin = sessions["admin"]
    add_worker(admin, rng, "Siti Aminah")
    page = SettingsPage(admin, sync_tasks)
    qtbot.addWidget(page)
    page.show()
    box = page.backup
    assert "Belum pernah dicadangkan" in box.last.text()
    stick = tmp_path / "flashdisk-kedua"
    stick.mkdir()
    box.ask_folder = lambda: str(stick)
    box.backup_button.click()
    files = list(stick.glob("lingkaran-35.09.01.2001-*.lkbackup"))
    assert len(files) == 1
    assert "diperiksa" in box.message.text() and "1 calon peserta" in box.message.text()
    assert "Cadangan terakhir" in box.last.text() and "manual" in box.last.text()
    assert files[0].name in box.last.text()

    add_worker(admin, rng, "Dewi Lestari")  # typed after the backup
    assert box.restore_button.isVisibleTo(page)
    box.ask_backup_file = lambda: str(files[0])
    box.ask_restore = lambda _path: ("admin", "salah-sekali")
    box.restore_button.click()
    assert box.message.property("role") == "error" and "Kata sandi salah" in box.message.text()
    assert count_by_status(admin.store, admin.actor)["proposed"] == 2  # untouched

    box.ask_restore = lambda _path: None  # "Batal"
    box.restore_button.click()
    assert count_by_status(admin.store, admin.actor)["proposed"] == 2

    box.ask_restore = lambda _path: ("admin", PASSWORD)
    with qtbot.waitSignal(box.restored):
        box.restore_button.click()
    assert count_by_status(admin.store, admin.actor)["proposed"] == 1
    replaced = Path(box.restored_info.replaced)
    assert replaced.exists() and replaced.parent == admin.home.backups
    assert str(replaced) in box.message.text()


def test_operator_backs_up_but_cannot_restore(qtbot, sessions, sync_tasks) -> None:
    page = SettingsPage(sessions["operator"], sync_tasks)
    qtbot.addWidget(page)
    assert page.backup.backup_button.isEnabled()
    assert not page.backup.restore_button.isVisibleTo(page)


def test_closing_the_window_after_login_writes_the_rotating_backup(qtbot, village, staff) -> None:
    store, _ = village
    controller = controller_for(qtbot, store.home)
    log_in(qtbot, controller, "siti")
    auto = store.home.backups / "auto"
    assert not list(auto.glob("*.lkbackup")) if auto.exists() else True
    controller.window.close()
    assert len(list(auto.glob("daily-*.lkbackup"))) == 1
    assert len(list(auto.glob("weekly-*.lkbackup"))) == 1


def test_restore_from_the_window_logs_everyone_out(qtbot, village, staff, rng,
                                                   tmp_path) -> None:
    store, _ = village
    controller = controller_for(qtbot, store.home)
    log_in(qtbot, controller, "admin")
    box = controller.window.settings.backup
    box.ask_folder = lambda: str(tmp_path)
    box.backup_button.click()
    backup = next(tmp_path.glob("*.lkbackup"))
    box.ask_backup_file = lambda: str(backup)
    box.ask_restore = lambda _path: ("admin", PASSWORD)
    box.restore_button.click()
    assert controller.window is None and controller.login.isVisible()
    assert "Cadangan dipulihkan" in controller.login.message.text()
    controller.login.close()


def test_while_the_app_runs_the_daily_backup_is_made_once_a_day(qtbot, village, staff) -> None:
    from datetime import timedelta

    from lingkaran_desktop import clock

    store, _ = village
    controller = controller_for(qtbot, store.home)
    log_in(qtbot, controller, "siti")
    assert controller.backup_timer.isActive()
    auto = store.home.backups / "auto"
    assert controller.daily_backup_if_due() is True
    assert len(list(auto.glob("daily-*.lkbackup"))) == 1
    assert controller.daily_backup_if_due() is False  # today's exists
    clock.set_now(clock.now() + timedelta(days=1))
    assert controller.daily_backup_if_due() is True
    assert len(list(auto.glob("daily-*.lkbackup"))) == 2
    controller.logout(backup=False)
    assert not controller.backup_timer.isActive()
    controller.login.close()
