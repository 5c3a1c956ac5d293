"""First run: a wizard that creates the installation (role, region, administrator)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.installation import create_installation
from lingkaran_desktop.services.users import MIN_PASSWORD, Actor, check_user_name
from lingkaran_desktop.store.store import Store
from ui.region_picker import RegionPicker

log = logging.getLogger("lingkaran.ui.first_run")

LEVEL_OF_ROLE = {"village": 4, "district": 2}


class RolePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Selamat datang di Lingkaran"))
        self.setSubTitle(self.tr("Aplikasi ini dipasang untuk siapa?"))
        self.village = QRadioButton(self.tr("Stasiun desa/kelurahan"))
        self.village.setObjectName("roleVillage")
        self.district = QRadioButton(self.tr("Kantor kabupaten/kota (Disnaker)"))
        self.district.setObjectName("roleDistrict")
        self.village.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.village)
        group.addButton(self.district)
        layout = QVBoxLayout(self)
        layout.addWidget(self.village)
        layout.addWidget(self._hint(self.tr(
            "Operator desa memasukkan calon peserta, kepala atau sekretaris desa "
            "memverifikasinya, lalu daftar dikirim ke kabupaten."
        )))
        layout.addSpacing(12)
        layout.addWidget(self.district)
        layout.addWidget(self._hint(self.tr(
            "Kantor kabupaten menggabungkan daftar dari semua desa dan mengirimkannya ke "
            "BPJS Ketenagakerjaan."
        )))
        layout.addStretch(1)

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("role", "muted")
        label.setContentsMargins(24, 0, 0, 0)
        return label

    def role(self) -> str:
        return "village" if self.village.isChecked() else "district"


class RegionPage(QWizardPage):
    def __init__(self, role_page: RolePage) -> None:
        super().__init__()
        self._role_page = role_page
        self.picker = RegionPicker()
        self.picker.chosen.connect(lambda _r: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)

    def initializePage(self) -> None:
        role = self._role_page.role()
        if role == "village":
            self.setTitle(self.tr("Desa/kelurahan Anda"))
            self.setSubTitle(self.tr("Ketik nama atau kode desa, lalu pilih dari daftar."))
        else:
            self.setTitle(self.tr("Kabupaten/kota Anda"))
            self.setSubTitle(
                self.tr("Ketik nama atau kode kabupaten/kota, lalu pilih dari daftar.")
            )
        self.picker.set_level(LEVEL_OF_ROLE[role])
        self.picker.search.setFocus()

    def isComplete(self) -> bool:
        region = self.picker.region
        return region is not None and region.level == LEVEL_OF_ROLE[self._role_page.role()]


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Akun admin"))
        self.setSubTitle(self.tr(
            "Admin mengelola pengguna lain. Catat kata sandinya di tempat yang aman."
        ))
        self.name = QLineEdit()
        self.name.setObjectName("adminName")
        self.name.setPlaceholderText(self.tr("huruf kecil tanpa spasi, mis. admin"))
        self.password = QLineEdit()
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("minimal {n} karakter").format(n=MIN_PASSWORD)
        )
        self.repeat = QLineEdit()
        self.repeat.setObjectName("adminRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("adminMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Nama pengguna"), self.name)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
        form.addRow(self.message)
        for field in (self.name, self.password, self.repeat):
            field.textEdited.connect(lambda _t: self.message.hide())

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def problem(self) -> str | None:
        try:
            check_user_name(self.name.text())
        except DomainError as exc:
            return exc.finding.message
        if len(self.password.text()) < MIN_PASSWORD:
            return self.tr("Kata sandi minimal {n} karakter.").format(n=MIN_PASSWORD)
        if self.password.text() != self.repeat.text():
            return self.tr("Kedua kata sandi tidak sama. Ketik ulang kata sandi yang sama.")
        return None


class FirstRunWizard(QWizard):
    """Creates the installation; afterwards ``store`` and ``admin`` hold the result."""

    def __init__(self, home: Home, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.store: Store | None = None
        self.admin: Actor | None = None
        self.setWindowTitle(self.tr("Lingkaran — pemasangan pertama"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(720, 520)
        self.role_page = RolePage()
        self.region_page = RegionPage(self.role_page)
        self.admin_page = AdminPage()
        for page in (self.role_page, self.region_page, self.admin_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.admin_page:
            return self._create()
        return super().validateCurrentPage()

    def _create(self) -> bool:
        problem = self.admin_page.problem()
        if problem:
            self.admin_page.show_error(problem)
            return False
        region = self.region_page.picker.region
        assert region is not None
        try:
            self.store, self.admin = create_installation(
                self.home,
                self.role_page.role(),
                region.code,
                self.admin_page.name.text(),
                self.admin_page.password.text(),
            )
        except DomainError as exc:
            self.admin_page.show_error(exc.finding.message)
            return False
        log.info("installation created (%s)", self.role_page.role())
        return True
