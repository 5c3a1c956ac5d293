"""Log-in: a wrong password gets a clear Indonesian message; the right one lets the user in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import PASSWORD
from ui.login import LoginDialog


def test_wrong_then_right_password(qtbot, village, staff) -> None:
    store, _ = village
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user.setCurrentText("siti")
    qtbot.keyClicks(dialog.password, "salah-sekali")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert dialog.message.isVisible()
    assert "Kata sandi salah" in dialog.message.text()
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.name == "siti"
    assert dialog.actor.role == "operator"


def test_unknown_user_is_named(qtbot, village) -> None:
    store, _ = village
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.user.setCurrentText("tidakada")
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.try_login()
    assert "tidak dikenal" in dialog.message.text()


def test_lock_screen_cannot_be_dismissed(qtbot, village, staff) -> None:
    store, _ = village
    dialog = LoginDialog(store, locked_user="budi")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.user.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.try_login()
