"""Pengaturan: the language and backups (everyone); users and the program (admin only).

The program is shown read-only: a village's program comes from the district's signed profile
(loaded in Kirim / Terima), and a district edits and publishes it in Kabupaten → Program. When a
village has loaded the profile of the next period, the Program tab offers to renew the previous
program's enrolled participants ("Perpanjang peserta…", services.renewal): nobody is typed again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop.domain.contribution import BASIS_POINTS, monthly_contribution
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.installation import program_rules
from lingkaran_desktop.services.renewal import RenewalReport, previous_programs, renew_participants
from lingkaran_desktop.services.roles import Permission, Role
from lingkaran_desktop.services.trust import program_source
from lingkaran_desktop.services.users import MIN_PASSWORD, add_user, list_users
from ui.backup_page import BackupBox
from ui.i18n import LANGUAGES, current_language
from ui.labels import role_label, rupiah
from ui.session import AppSession
from ui.style import set_role
from ui.tasks import TaskRunner

log = logging.getLogger("lingkaran.ui.settings")


class SettingsPage(QWidget):
    language_chosen = Signal(str)
    program_page_requested = Signal()  # district: open Kabupaten → Program
    data_changed = Signal()  # participants renewed: other screens refresh

    def __init__(self, session: AppSession, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks or TaskRunner(self)
        # "Renew N participants?" (replaceable in tests, no modal dialog)
        self.ask_renew = self._ask_renew
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
        self.backup = BackupBox(session, self.tasks)
        layout.addWidget(self.backup)

        if session.can(Permission.MANAGE_USERS):
            self.admin_tabs = QTabWidget()
            self.admin_tabs.setObjectName("settingsTabs")
            self.admin_tabs.addTab(self._users_box(), self.tr("Pengguna"))
            self.admin_tabs.addTab(self._program_box(), self.tr("Program"))
            layout.addWidget(self.admin_tabs, 1)
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
        # The short user name fits its contents; full name and role share the rest (a long
        # role is elided on a small screen, the whole of it in the tooltip).
        header = self.users.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
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

    def _program_box(self) -> QWidget:
        box = QWidget()
        box.setObjectName("programBox")
        self.program_source = QLabel()
        self.program_source.setObjectName("programSource")
        self.program_source.setWordWrap(True)
        self.program_source.setTextFormat(Qt.TextFormat.RichText)
        self.program_fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption in (
            ("name", self.tr("Nama program")),
            ("period", self.tr("Masa perlindungan")),
            ("rates", self.tr("Tarif iuran")),
            ("contribution", self.tr("Iuran per orang per bulan")),
            ("ages", self.tr("Usia peserta")),
            ("quota", self.tr("Kuota per desa")),
            ("budget", self.tr("Pagu anggaran")),
            ("desil", self.tr("Desil DTSEN paling tinggi")),
        ):
            value = QLabel()
            value.setObjectName(f"program-{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.program_fields[key] = value
            form.addRow(caption, value)
        layout = QVBoxLayout(box)
        layout.addWidget(self.program_source)
        layout.addLayout(form)
        if self.session.info.role == "district":
            self.program_button = QPushButton(self.tr("Buka Kabupaten → Program"))
            self.program_button.setObjectName("openProgramTab")
            self.program_button.clicked.connect(self.program_page_requested)
            row = QHBoxLayout()
            row.addWidget(self.program_button)
            row.addStretch(1)
            layout.addLayout(row)
        else:
            layout.addWidget(self._renewal_box())
        layout.addStretch(1)
        self.refresh_program()
        return box

    def _renewal_box(self) -> QGroupBox:
        self.renew_box = QGroupBox(self.tr("Perpanjang peserta ke program ini"))
        self.renew_box.setObjectName("renewBox")
        self.renew_note = QLabel(self.tr(
            "Peserta yang terdaftar di program sebelumnya dapat diperpanjang ke program ini tanpa "
            "diketik ulang. Mereka diperiksa lagi dengan aturan program ini (mis. usia pada awal "
            "masa perlindungan), lalu masuk sebagai Diusulkan: verifikasi dan kirim seperti "
            "biasa. Yang tidak memenuhi syarat ditampilkan dengan alasannya."))
        self.renew_note.setWordWrap(True)
        self.renew_note.setProperty("role", "muted")
        self.renew_from = QComboBox()
        self.renew_from.setObjectName("renewFrom")
        self.renew_button = QPushButton(self.tr("Perpanjang peserta..."))
        self.renew_button.setObjectName("renewButton")
        self.renew_button.setProperty("role", "primary")
        self.renew_button.clicked.connect(self.renew)
        self.renew_button.setEnabled(self.session.can(Permission.ENTER_CANDIDATES))
        self.renew_message = QLabel()
        self.renew_message.setObjectName("renewMessage")
        self.renew_message.setWordWrap(True)
        self.renew_message.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Dari program")))
        row.addWidget(self.renew_from, 1)
        row.addWidget(self.renew_button)
        layout = QVBoxLayout(self.renew_box)
        layout.addWidget(self.renew_note)
        layout.addLayout(row)
        layout.addWidget(self.renew_message)
        return self.renew_box

    def refresh_renewal(self) -> None:
        """Village: offer renewal while a previous program still has enrolled participants."""
        previous = previous_programs(self.session.store, self.session.actor)
        self.renew_from.clear()
        for program in previous:
            self.renew_from.addItem(self.tr("{name} ({year}): {n} peserta terdaftar").format(
                name=program.name, year=program.year, n=program.enrolled), program.uid)
        self.renew_box.setVisible(bool(previous))

    def _ask_renew(self, text: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Perpanjang peserta"))
        box.setText(self.tr("Perpanjang peserta dari {program} ke {current}?").format(
            program=text, current=self.session.rules.name))
        yes = box.addButton(self.tr("Perpanjang"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def renew(self) -> None:
        uid = self.renew_from.currentData()
        if not uid or not self.ask_renew(self.renew_from.currentText()):
            return
        store, actor = self.session.store, self.session.actor
        log.info("renewal by %s", actor.name)
        self.tasks.run(lambda: renew_participants(store, actor, uid), self._renewed,
                       self._renew_failed, label=self.tr("Memperpanjang peserta..."),
                       parent=self)

    def _renew_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self.renew_message.setText(exc.finding.message)
        set_role(self.renew_message, "error")
        self.renew_message.show()

    def _renewed(self, report: RenewalReport) -> None:
        text = self.tr("{n} peserta diperpanjang dari {old} (status Diusulkan: verifikasi lalu "
                       "kirim).").format(n=report.renewed, old=report.from_program)
        if report.skipped:
            text += " " + self.tr("{n} sudah ada di program ini.").format(n=len(report.skipped))
        if report.refused:
            text += " " + self.tr("{n} tidak memenuhi syarat program ini:").format(
                n=len(report.refused))
            text += "".join(f"\n• {r['name']} ({r['nik']}): {'; '.join(r['reasons'])}"
                            for r in report.refused[:20])
        self.renew_message.setText(text)
        set_role(self.renew_message, "warning" if report.refused else "ok")
        self.renew_message.show()
        self.data_changed.emit()

    def refresh(self) -> None:
        """The data changed elsewhere (a program file loaded or published): show it again."""
        if self.session.can(Permission.MANAGE_USERS):
            self.refresh_program()

    def refresh_program(self) -> None:
        """Read the active program again (after a district file was loaded or published)."""
        store = self.session.store
        rules = program_rules(store)
        source = program_source(store)
        rates = rules.rates
        percent = f"{100 * rates.jkk_rate_bp / BASIS_POINTS:.2f}".rstrip("0").rstrip(".")
        values = {
            "name": f"{rules.name} ({rules.year})",
            "period": self.tr("{start} s/d {end} ({months} bulan)").format(
                start=rules.coverage_start.strftime("%d-%m-%Y"),
                end=rules.coverage_end.strftime("%d-%m-%Y"), months=rules.months),
            "rates": self.tr("JKK {p}% dari penghasilan (paling sedikit {basis}) + JKM {jkm}"
                             "{discount}").format(
                p=percent.replace(".", ","), basis=rupiah(rates.jkk_min_income),
                jkm=rupiah(rates.jkm_flat),
                discount=self.tr(", potongan {d}%").format(d=rates.discount_percent)
                if rates.discount_percent else ""),
            "contribution": rupiah(monthly_contribution(None, rates).total),
            "ages": self.tr("{low} sampai {high} tahun pada awal masa perlindungan").format(
                low=rules.age_min, high=rules.age_max),
            "quota": (self.tr("{q} orang").format(q=f"{rules.quota_per_village:,}".replace(
                ",", ".")) if rules.quota_per_village else self.tr("tanpa kuota")),
            "budget": rupiah(rules.budget) if rules.budget else self.tr("tanpa pagu"),
            "desil": str(rules.max_desil) if rules.max_desil else self.tr("tidak dibatasi"),
        }
        for key, value in values.items():
            self.program_fields[key].setText(value)
        if self.session.info.role == "district":
            text = self.tr("Program ini diatur oleh kantor kabupaten ini. Ubah dan terbitkan "
                           "di halaman <b>Kabupaten</b>, tab <b>Program</b>; setiap desa lalu "
                           "memuat berkas programnya.")
            role = "muted"
        elif source.district_station_id:
            text = self.tr("Program ini dimuat dari berkas program kabupaten "
                           "<b>{district}</b> (sidik jari {fp}) dan hanya dapat diubah oleh "
                           "kabupaten. Berkas program yang baru dimuat di halaman "
                           "<b>Kirim / Terima</b>.").format(
                district=source.district_name or "?", fp=source.fingerprint or "?")
            role = "ok"
        else:
            text = self.tr("Program bawaan: berkas program dari kabupaten belum dimuat. Minta "
                           "berkas .lkprog ke Disnaker, lalu muat di halaman <b>Kirim / "
                           "Terima</b>.")
            role = "warning"
        self.program_source.setText(text)
        set_role(self.program_source, role)
        if self.session.info.role != "district":
            self.refresh_renewal()

    def refresh_users(self) -> None:
        rows = list_users(self.session.store, self.session.actor)
        self.users.setRowCount(len(rows))
        for number, user in enumerate(rows):
            for column, value in enumerate(
                (user["name"], user["full_name"], role_label(str(user["role"])))
            ):
                item = QTableWidgetItem(str(value or ""))
                item.setToolTip(item.text())
                self.users.setItem(number, column, item)

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
