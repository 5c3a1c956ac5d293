"""Log-in (and unlock after idle time) with the installation's users."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.installation import installation_info
from lingkaran_desktop.services.users import Actor, active_user_names, authenticate
from lingkaran_desktop.store.store import Store
from ui.i18n import LANGUAGES, current_language

log = logging.getLogger("lingkaran.ui.login")


class LoginDialog(QDialog):
    """Asks for a user name and password. With ``locked_user`` it only unlocks that user.

    After ``exec()`` returns Accepted, ``actor`` is the authenticated user.
    """

    language_chosen = Signal(str)

    def __init__(self, store: Store, locked_user: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.locked_user = locked_user
        info = installation_info(store)
        self.setWindowTitle(self.tr("Lingkaran — masuk") if not locked_user
                            else self.tr("Lingkaran — layar terkunci"))
        self.setMinimumWidth(460)
        title = QLabel(self.tr("Lingkaran") if not locked_user else self.tr("Layar terkunci"))
        title.setProperty("role", "title")
        place = QLabel(info.region_name)
        place.setWordWrap(True)
        place.setProperty("role", "muted")
        self.user = QComboBox()
        self.user.setObjectName("loginUser")
        self.user.setEditable(True)
        self.user.addItems(active_user_names(store))
        if locked_user:
            self.user.setCurrentText(locked_user)
            self.user.setEnabled(False)
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_login)
        self.password.textEdited.connect(lambda _t: self.message.hide())
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.ok = QPushButton(self.tr("Masuk") if not locked_user else self.tr("Buka kunci"))
        self.ok.setObjectName("loginButton")
        self.ok.setProperty("role", "primary")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.try_login)
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.user)
        form.addRow(self.tr("Kata sandi"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(place)
        if locked_user:
            hint = QLabel(self.tr(
                "Layar dikunci karena lama tidak dipakai. Ketik kata sandi untuk melanjutkan; "
                "isian yang belum disimpan tetap ada."
            ))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        if not locked_user:
            self.language = QComboBox()
            self.language.setObjectName("loginLanguage")
            for code, name in LANGUAGES.items():
                self.language.addItem(name, code)
            self.language.setCurrentIndex(list(LANGUAGES).index(current_language()))
            self.language.activated.connect(
                lambda i: self.language_chosen.emit(self.language.itemData(i))
            )
            bottom.addWidget(QLabel(self.tr("Bahasa")))
            bottom.addWidget(self.language)
        bottom.addStretch(1)
        if not locked_user:
            cancel = QPushButton(self.tr("Tutup"))
            cancel.clicked.connect(self.reject)
            bottom.addWidget(cancel)
        bottom.addWidget(self.ok)
        layout.addLayout(bottom)
        if locked_user:
            self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        (self.password if locked_user or self.user.count() else self.user).setFocus()

    def try_login(self) -> None:
        try:
            self.actor = authenticate(self.store, self.user.currentText(), self.password.text())
        except DomainError as exc:
            self.password.clear()
            self.message.setText(exc.finding.message + " " + self.tr(
                "Periksa nama pengguna dan kata sandi, lalu coba lagi."
            ))
            self.message.show()
            self.password.setFocus()
            log.info("log-in refused (%s)", exc.code)
            return
        log.info("user %s logged in", self.actor.name)
        self.accept()

    def reject(self) -> None:
        if self.locked_user:
            return  # the lock screen cannot be dismissed without the password
        super().reject()
