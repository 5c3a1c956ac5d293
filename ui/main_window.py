"""The main window: a side navigation on the left, the screens the user's role allows.

Correcting a record ("Ubah data" in the list's detail dialog) opens a second entry form in edit
mode as a sub-page of Data Pekerja: the navigation stays on Data Pekerja, which shows the
correction until it is saved or cancelled (so leaving for another screen, or locking the screen,
loses nothing typed while the window is open).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop import __version__
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.candidates import get_candidate
from lingkaran_desktop.services.roles import Permission
from ui.candidate_form import CandidateForm
from ui.candidates_page import CandidatesPage
from ui.district_page import DistrictPage
from ui.exchange_page import ExchangePage
from ui.home_page import HomePage
from ui.import_wizard import ImportWizard
from ui.labels import role_label
from ui.print_page import PrintPage
from ui.reports_page import ReportsPage
from ui.session import AppSession
from ui.settings_page import SettingsPage
from ui.tasks import TaskRunner
from ui.verification import VerificationPage


class MainWindow(QMainWindow):
    logout_requested = Signal()
    lock_requested = Signal()
    language_chosen = Signal(str)
    closing = Signal()
    restored = Signal()  # a backup replaced the database: log out

    def __init__(self, session: AppSession, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.setWindowTitle(self.tr("Lingkaran — {place}").format(
            place=session.info.region_name.split(",")[0]))
        self.setMinimumSize(1000, 600)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.home = HomePage(session, tasks)
        self.home.go_to.connect(self.show_page)
        self._add("home", self.tr("Beranda"), self.home)
        self.candidates = CandidatesPage(session)
        self.candidates.add_requested.connect(lambda: self.show_page("entry"))
        self.candidates.edit_requested.connect(self.edit_candidate)
        self.editor: CandidateForm | None = None  # a correction in progress (edit mode)
        self._add("candidates", self.tr("Data Pekerja"), self.candidates)
        self.form: CandidateForm | None = None
        if session.can(Permission.ENTER_CANDIDATES):
            self.form = CandidateForm(session)
            self.form.saved.connect(lambda _c: self.data_changed())
            self._add("entry", self.tr("Tambah Pekerja"), self.form)
            self.importer = ImportWizard(session, tasks)
            self.importer.imported.connect(lambda _n: self.data_changed())
            self._add("import", self.tr("Impor Excel"), self.importer)
        self.verification: VerificationPage | None = None
        if session.can(Permission.VERIFY_CANDIDATES):
            self.verification = VerificationPage(session, tasks)
            self.verification.changed.connect(self.data_changed)
            self._add("verification", self.tr("Verifikasi"), self.verification)
        self.exchange: ExchangePage | DistrictPage
        if session.info.role == "district":
            self.exchange = DistrictPage(session, tasks)
            self._add("district", self.tr("Kabupaten"), self.exchange)
        else:
            self.exchange = ExchangePage(session, tasks)
            self._add("exchange", self.tr("Kirim / Terima"), self.exchange)
        self.exchange.changed.connect(self.data_changed)
        self.printing = PrintPage(session, tasks)
        self._add("print", self.tr("Cetak"), self.printing)
        self.reports: ReportsPage | None = None
        if session.can(Permission.READ_CANDIDATES):
            self.reports = ReportsPage(session, tasks)
            self._add("reports", self.tr("Laporan"), self.reports)
        self.settings = SettingsPage(session, tasks)
        self.settings.language_chosen.connect(self.language_chosen)
        self.settings.backup.restored.connect(self.restored)
        self.settings.program_page_requested.connect(lambda: self.show_program_tab())
        self.settings.data_changed.connect(self.data_changed)
        self._add("settings", self.tr("Pengaturan"), self.settings)
        self.locked_cover = QLabel(self.tr("Layar terkunci"))
        self.locked_cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_cover.setProperty("role", "title")
        self.stack.addWidget(self.locked_cover)
        self.nav.currentRowChanged.connect(self._nav_changed)

        user = QLabel(self.tr("{name}\n{role}").format(
            name=session.actor.name, role=role_label(session.actor.role)))
        user.setStyleSheet("color: white; padding: 8px;")
        user.setWordWrap(True)
        lock = QPushButton(self.tr("Kunci layar"))
        lock.setObjectName("lockButton")
        lock.clicked.connect(self.lock_requested)
        logout = QPushButton(self.tr("Keluar"))
        logout.setObjectName("logoutButton")
        logout.clicked.connect(self.logout_requested)
        about = QPushButton(self.tr("Tentang (versi {version})").format(version=__version__))
        about.setObjectName("aboutButton")
        about.setFlat(True)
        about.setStyleSheet("color: #c9dbe8; text-align: left; padding: 2px 8px;")
        about.clicked.connect(self.show_about)
        side = QWidget()
        side.setObjectName("sidebar")
        side.setStyleSheet("#sidebar { background: #17405e; }")
        side.setFixedWidth(190)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 8)
        brand = QLabel("Lingkaran")
        brand.setStyleSheet("color: white; font-size: 16pt; font-weight: bold; padding: 12px;")
        side_layout.addWidget(brand)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(user)
        for button in (about, lock, logout):
            wrap = QHBoxLayout()
            wrap.setContentsMargins(8, 0, 8, 0)
            wrap.addWidget(button)
            side_layout.addLayout(wrap)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(16, 12, 16, 12)
        content_layout.addWidget(self.stack)
        layout.addWidget(content, 1)
        self.setCentralWidget(central)
        self.side = side
        self.statusBar().showMessage(session.info.region_name)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._find)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=lambda: self.show_page("entry"))
        self.nav.setCurrentRow(0)

    def _add(self, key: str, title: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)

    def page_keys(self) -> list[str]:
        return list(self.pages)

    def current_page(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "home"

    def show_page(self, key: str) -> None:
        if key in self.pages:
            self.nav.setCurrentRow(list(self.pages).index(key))

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.pages[key]
        if key == "candidates" and self.editor is not None:
            page = self.editor  # Data Pekerja shows the open correction until saved or cancelled
        self.stack.setCurrentWidget(page)
        if key == "entry" and self.form is not None:
            self.form.inputs["nik"].setFocus()

    # --- correcting a record -----------------------------------------------------------------

    def edit_candidate(self, nik: str) -> CandidateForm | None:
        """Open the entry form in edit mode (officers only): a record not yet sent is edited; a
        village's record already sent or enrolled is corrected or withdrawn."""
        if not self.session.can(Permission.ENTER_CANDIDATES):
            return None
        try:
            row = get_candidate(self.session.store, self.session.actor, nik)
        except DomainError as exc:
            self.candidates.show_notice(exc.finding.message, "error")
            return None
        if self.editor is not None and not self.editor.confirm_discard():
            self.show_page("candidates")  # "Tidak": the open correction stays on screen
            self.stack.setCurrentWidget(self.editor)
            return None
        self._drop_editor()
        editor = CandidateForm(self.session, edit=row)
        editor.setObjectName("editForm")
        editor.saved.connect(self._edit_saved)
        editor.cancelled.connect(self.close_editor)
        self.editor = editor
        self.stack.addWidget(editor)
        if self.current_page() == "candidates":
            self.stack.setCurrentWidget(editor)
        else:
            self.show_page("candidates")
        editor.inputs["name"].setFocus()
        return editor

    def _edit_saved(self, candidate: dict) -> None:
        action = self.editor.last_action if self.editor is not None else "edit"
        self.close_editor()
        self.data_changed()
        if action == "correct":
            text = self.tr("Permintaan koreksi {name} tersimpan. Menunggu disetujui orang lain "
                           "(Verifikasi → Koreksi dan penarikan); setelah itu datanya diubah dan "
                           "dikirim ke kabupaten pada kiriman berikutnya.").format(
                name=candidate["name"])
        elif action == "withdraw":
            text = self.tr("Permintaan penarikan {name} tersimpan. Menunggu disetujui orang lain "
                           "(Verifikasi → Koreksi dan penarikan); setelah itu statusnya berubah "
                           "dan penarikan dikirim ke kabupaten pada kiriman berikutnya.").format(
                name=candidate["name"])
        else:
            text = self.tr("Perbaikan tersimpan: {name}, status Diusulkan. Verifikator akan "
                           "memeriksanya lagi.").format(name=candidate["name"])
        self.candidates.show_notice(text)

    def close_editor(self) -> None:
        self._drop_editor()
        if self.current_page() == "candidates" and self.side.isEnabled():
            self.stack.setCurrentWidget(self.candidates)

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None

    def about_text(self) -> str:
        return self.tr(
            "<b>Lingkaran Desktop {version}</b><br>"
            "Pendaftaran pekerja rentan untuk BPJS Ketenagakerjaan (JKK + JKM), tanpa internet."
            "<br><br>Folder data: {home}<br>"
            "Kode wilayah: Kepmendagri 2025, data cahyadsn/wilayah (lisensi MIT).<br>"
            "Huruf: DejaVu Sans.<br><br>"
            "Kecelakaan kerja atau kematian peserta: hubungi BPJS Ketenagakerjaan 175."
        ).format(version=__version__, home=self.session.store.home.root)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Tentang Lingkaran"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Tutup"))
        box.open()
        self._about_box = box

    def data_changed(self) -> None:
        self.home.refresh()
        self.candidates.refresh()
        if self.verification is not None:
            self.verification.refresh()
        self.printing.refresh()
        if self.reports is not None:
            self.reports.mark_stale()
        self.settings.refresh()

    def show_program_tab(self) -> None:
        """District: the Program tab of the Kabupaten page, where the program is edited."""
        if isinstance(self.exchange, DistrictPage):
            self.show_page("district")
            self.exchange.tabs.setCurrentIndex(self.exchange.tabs.count() - 1)

    def _find(self) -> None:
        self.show_page("candidates")
        if self.editor is None:  # an open correction stays on screen
            self.candidates.focus_search()

    def set_locked(self, locked: bool) -> None:
        """Hide every screen (personal data) while the lock dialog is up."""
        if self.form is not None:
            self.form.flush()
        self.side.setEnabled(not locked)
        if locked:
            self.stack.setCurrentWidget(self.locked_cover)
        else:
            self._nav_changed(self.nav.currentRow())

    def closeEvent(self, event: QCloseEvent) -> None:
        # The user closing the window (not a log-out or the idle lock, which close it from code)
        # is asked before an unsaved correction is thrown away.
        if event.spontaneous() and self.editor is not None and not self.editor.confirm_discard():
            self.show_page("candidates")
            event.ignore()
            return
        if self.form is not None:
            self.form.flush()
        self.closing.emit()
        super().closeEvent(event)
