"""Pengaturan: the language (everyone) and the installation's users (admin only)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.roles import Permission, Role
from lingkaran_desktop.services.users import MIN_PASSWORD, add_user, list_users
from ui.backup_page import BackupBox
from ui.i18n import LANGUAGES, current_language
from ui.labels import role_label
from ui.session import AppSession
from ui.style import set_role
from ui.tasks import TaskRunner

log = logging.getLogger("lingkaran.ui.settings")


class SettingsPage(QWidget):
    language_chosen = Signal(str)

    def __init__(self, session: AppSession, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = QLabel(self.tr("Pengaturan"))
        title.setProperty("role", "title")
        layout = QVBoxLayout(self)
        layout.addWidget(title)

        language_box = QGroupBox(self.tr("Bahasa"))
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(current_language()))
        self.language.activated.connect(
            lambda i: self.language_chosen.emit(self.language.itemData(i)))
        row = QHBoxLayout(language_box)
        row.addWidget(QLabel(self.tr("Bahasa tampilan")))
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addWidget(language_box)
        self.backup = BackupBox(session, tasks or TaskRunner(self))
        layout.addWidget(self.backup)

        if session.can(Permission.MANAGE_USERS):
            layout.addWidget(self._users_box(), 1)
        else:
            note = QLabel(self.tr("Hanya admin yang dapat menambah pengguna."))
            note.setProperty("role", "muted")
            layout.addWidget(note)
            layout.addStretch(1)

    def _users_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pengguna"))
        self.users = QTableWidget(0, 3)  # a handful of users: a small widget table is fine
        self.users.setObjectName("usersTable")
        self.users.setHorizontalHeaderLabels([self.tr("Nama pengguna"), self.tr("Nama lengkap"),
                                              self.tr("Peran")])
        self.users.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users.verticalHeader().hide()
        self.users.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.users.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newUserName")
        self.new_name.setPlaceholderText(self.tr("huruf kecil tanpa spasi, mis. siti"))
        self.new_full = QLineEdit()
        self.new_full.setObjectName("newUserFullName")
        self.new_role = QComboBox()
        self.new_role.setObjectName("newUserRole")
        for role in (Role.OPERATOR, Role.VERIFIER, Role.ADMIN):
            self.new_role.addItem(role_label(role.value), role.value)
        self.new_password = QLineEdit()
        self.new_password.setObjectName("newUserPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setPlaceholderText(
            self.tr("minimal {n} karakter").format(n=MIN_PASSWORD))
        self.new_repeat = QLineEdit()
        self.new_repeat.setObjectName("newUserRepeat")
        self.new_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("Tambah pengguna"))
        self.add_button.setObjectName("addUserButton")
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add)
        self.user_message = QLabel()
        self.user_message.setObjectName("userMessage")
        self.user_message.setWordWrap(True)
        self.user_message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.new_name)
        form.addRow(self.tr("Nama lengkap"), self.new_full)
        form.addRow(self.tr("Peran"), self.new_role)
        form.addRow(self.tr("Kata sandi"), self.new_password)
        form.addRow(self.tr("Ulangi kata sandi"), self.new_repeat)
        form.addRow("", self.add_button)
        form.addRow(self.user_message)
        layout = QHBoxLayout(box)
        layout.addWidget(self.users, 3)
        layout.addLayout(form, 2)
        self.refresh_users()
        return box

    def refresh_users(self) -> None:
        rows = list_users(self.session.store, self.session.actor)
        self.users.setRowCount(len(rows))
        for number, user in enumerate(rows):
            for column, value in enumerate(
                (user["name"], user["full_name"], role_label(str(user["role"])))
            ):
                self.users.setItem(number, column, QTableWidgetItem(str(value or "")))

    def add(self) -> None:
        if self.new_password.text() != self.new_repeat.text():
            self._message(self.tr("Kedua kata sandi tidak sama. Ketik ulang kata sandi yang "
                                  "sama."), "error")
            return
        try:
            user = add_user(self.session.store, self.session.actor, self.new_name.text(),
                            self.new_role.currentData(), self.new_password.text(),
                            self.new_full.text())
        except DomainError as exc:
            self._message(exc.finding.message, "error")
            return
        log.info("user added by %s", self.session.actor.name)
        for edit in (self.new_name, self.new_full, self.new_password, self.new_repeat):
            edit.clear()
        self._message(self.tr("Pengguna {name} ditambahkan sebagai {role}.").format(
            name=user.name, role=role_label(user.role)), "ok")
        self.refresh_users()

    def _message(self, text: str, role: str) -> None:
        self.user_message.setText(text)
        set_role(self.user_message, role)
        self.user_message.show()
