"""Cadangan (in Pengaturan): back up now to a chosen folder (a second USB stick), when the last
backup was made, and restore from a backup file with an administrator's password.

Backups are encrypted and checked after writing (``services.backup``). A restore never destroys
the current data: the service keeps it as ``backups/replaced-<time>.db``. Afterwards everyone logs
in again, because users and keys come from the restored database.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from lingkaran_desktop import clock
from lingkaran_desktop.services.backup import BackupInfo, restore_backup, write_backup
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.store.models import AuditEvent
from lingkaran_desktop.store.store import Store
from ui import file_dialogs
from ui.exchange_history import local_time
from ui.exchange_page import failure_text, message_label, show_message
from ui.session import AppSession
from ui.tasks import TaskRunner

log = logging.getLogger("lingkaran.ui.backup")

BACKUP_FILTER = "Cadangan Lingkaran (*.lkbackup)"


@dataclass(frozen=True)
class LastBackup:
    at: datetime
    actor: str
    file: str
    reason: str


def last_backup(store: Store) -> LastBackup | None:
    """The newest ``backup.write`` in the audit trail (no service returns it yet)."""
    with store.session() as session:
        event = session.exec(
            select(AuditEvent).where(AuditEvent.action == "backup.write")
            .order_by(AuditEvent.id.desc()).limit(1)  # type: ignore[union-attr]
        ).first()
        if event is None:
            return None
        try:
            after = json.loads(event.after or "{}")
        except ValueError:
            after = {}
        return LastBackup(event.at, event.actor, str(after.get("file", "")),
                          str(after.get("reason", "")))


class RestoreDialog(QDialog):
    """Asks for an administrator of the backed-up installation and their password."""

    def __init__(self, path: Path, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.setMinimumWidth(520)
        warning = QLabel(self.tr(
            "Data di laptop ini akan diganti dengan isi cadangan <b>{name}</b>.<br>Data yang ada "
            "sekarang tidak dihapus: disimpan sebagai salinan di folder cadangan sebelum "
            "dipulihkan. Setelah itu semua pengguna harus masuk lagi.").format(name=path.name))
        warning.setWordWrap(True)
        warning.setProperty("role", "warning")
        self.user = QLineEdit(user)
        self.user.setObjectName("restoreUser")
        self.password = QLineEdit()
        self.password.setObjectName("restorePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Nama admin (dari cadangan)"), self.user)
        form.addRow(self.tr("Kata sandi admin"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pulihkan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password.setFocus()


class BackupBox(QGroupBox):
    restored = Signal()  # the database was replaced: log everyone out

    def __init__(self, session: AppSession, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cadangan data"), parent)
        self.session = session
        self.tasks = tasks
        self.ask_folder = lambda: file_dialogs.folder(
            self, self.tr("Pilih flashdisk atau folder untuk cadangan"))
        self.ask_backup_file = lambda: file_dialogs.open_file(
            self, self.tr("Pilih berkas cadangan"), BACKUP_FILTER)
        self.ask_restore = self._ask_restore
        self.last = QLabel()
        self.last.setObjectName("lastBackup")
        self.last.setWordWrap(True)
        note = QLabel(self.tr(
            "Cadangan otomatis dibuat di folder data setiap hari selama aplikasi dipakai, saat "
            "aplikasi ditutup (7 harian dan 4 mingguan) dan sebelum setiap impor. Simpan juga "
            "cadangan ke flashdisk kedua secara rutin dan simpan "
            "flashdisk itu di tempat lain. Cadangan terkunci: hanya bisa dibuka dengan kata "
            "sandi pengguna."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.backup_button = QPushButton(self.tr("Cadangkan sekarang..."))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setProperty("role", "primary")
        self.backup_button.clicked.connect(self.choose_folder)
        self.restore_button = QPushButton(self.tr("Pulihkan dari cadangan..."))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.choose_restore)
        self.restore_button.setVisible(session.can(Permission.MANAGE_USERS))
        self.message = message_label("backupMessage")
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.last)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        last = last_backup(self.session.store)
        if last is None:
            self.last.setText(self.tr("<b>Belum pernah dicadangkan.</b>"))
            return
        when = local_time(last.at)
        kind = self.tr("otomatis") if last.reason != "manual" else self.tr("manual")
        self.last.setText(self.tr("Cadangan terakhir: <b>{when}</b> ({kind}, oleh {actor}) · "
                                  "{file}").format(when=when.strftime("%d-%m-%Y %H:%M"),
                                                   kind=kind, actor=last.actor, file=last.file))

    # --- back up -----------------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.back_up(Path(folder))

    def back_up(self, folder: Path) -> None:
        store, actor = self.session.store, self.session.actor
        code = self.session.info.region_code
        target = folder / f"lingkaran-{code}-{clock.now().astimezone():%Y%m%d-%H%M}.lkbackup"
        log.info("manual backup by %s", actor.name)
        self.tasks.run(lambda: write_backup(store, actor, target), self._backed_up,
                       lambda exc: show_message(self.message, failure_text(exc), "error"),
                       label=self.tr("Mencadangkan dan memeriksa..."), parent=self)

    def _backed_up(self, info: BackupInfo) -> None:
        counts = info.counts
        show_message(self.message, self.tr(
            "Cadangan ditulis dan diperiksa: {path}<br>{n} calon peserta, {u} pengguna, {a} "
            "catatan audit.").format(path=info.path, n=counts.get("candidate", 0),
                                     u=counts.get("app_user", 0),
                                     a=counts.get("audit_event", 0)), "ok")
        self.refresh()

    # --- restore -----------------------------------------------------------------------------

    def _ask_restore(self, path: Path) -> tuple[str, str] | None:
        user = self.session.actor.name if self.session.can(Permission.MANAGE_USERS) else ""
        dialog = RestoreDialog(path, user, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.user.text().strip(), dialog.password.text()

    def choose_restore(self) -> None:
        path = self.ask_backup_file()
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        answer = self.ask_restore(path)
        if answer is None:
            return
        user, password = answer
        store = self.session.store
        home = store.home
        store.close()  # no open connection on the file being replaced (a WAL copy ends first)
        log.info("restore started by %s", self.session.actor.name)
        self.tasks.run(lambda: restore_backup(home, path, user, password), self._restored,
                       lambda exc: show_message(self.message, failure_text(exc), "error"),
                       label=self.tr("Memulihkan cadangan..."), parent=self)

    def _restored(self, info: BackupInfo) -> None:
        text = self.tr("Cadangan dipulihkan ({n} calon peserta).").format(
            n=info.counts.get("candidate", 0))
        if info.replaced:
            text += " " + self.tr("Data sebelumnya disimpan sebagai {path}.").format(
                path=info.replaced)
        show_message(self.message, text, "ok")
        self.restored_info = info
        self.restored.emit()
