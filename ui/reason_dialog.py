"""A small dialog that asks why (a rejection, a declined change): the reason is required."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.style import set_role


class ReasonDialog(QDialog):
    """``prompt`` above an editable list of usual ``choices``; OK stays refused until a reason
    is given. Callers pass texts already translated."""

    def __init__(
        self, title: str, prompt: str, ok_text: str, choices: Sequence[str] = (),
        placeholder: str = "", object_name: str = "reason", parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setObjectName(object_name)
        self.reason.setEditable(True)
        self.reason.addItems(list(choices))
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(placeholder)
        self.message = QLabel()
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.reason.currentText().strip()

    def _accept(self) -> None:
        if not self.text():
            self.message.setText(self.tr("Tulis alasannya terlebih dahulu."))
            self.message.show()
            return
        self.accept()
