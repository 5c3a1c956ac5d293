"""The reason dialog (rejecting a candidate, declining a change): no reason, no decision."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ui.reason_dialog import ReasonDialog


def test_the_reason_is_required_and_the_usual_ones_are_offered(qtbot) -> None:
    dialog = ReasonDialog("Tolak", "Mengapa?", "Tolak", ["Meninggal dunia", "Pindah"],
                          "pilih atau ketik", "rejectReason")  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.reason.objectName() == "rejectReason"
    assert [dialog.reason.itemText(i) for i in range(dialog.reason.count())] == [
        "Meninggal dunia", "Pindah"]  # fmt: skip
    assert dialog.reason.currentIndex() == -1 and dialog.text() == ""
    dialog._accept()
    assert not dialog.message.isHidden() and "alasan" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.reason.setEditText("  orangnya masih bekerja ")
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.text() == "orangnya masih bekerja"
