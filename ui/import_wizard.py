"""Impor Excel: choose a file → check the detected header and columns → import → summary.

The sheet, header row and column mapping come from ``services.spreadsheet_import.preview``; the
officer can change what each column is used for. The import runs through the task helper with
progress and "Batal" (cancelling saves nothing). The summary lists rejected rows with their row
numbers and reasons, and "Simpan buku kerja galat" writes them to a workbook to fix and re-import.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.spreadsheet_import import (
    ImportReport,
    Preview,
    import_file,
    preview,
    write_errors,
)
from ui import file_dialogs
from ui.rows_model import RowsModel
from ui.session import AppSession
from ui.style import set_role
from ui.tasks import TaskControl, TaskRunner

log = logging.getLogger("lingkaran.ui.import")

SHEET_FILTER = "Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)"
UNUSED = ""


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class ImportWizard(QWidget):
    """Three steps on one page; ``imported`` is emitted when candidates were stored."""

    imported = Signal(int)

    def __init__(self, session: AppSession, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self.combos: list[QComboBox] = []
        self.ask_open_file = lambda: file_dialogs.open_file(
            self, self.tr("Pilih berkas Excel"), SHEET_FILTER)
        self.ask_save_file = lambda suggested: file_dialogs.save_file(
            self, self.tr("Simpan buku kerja galat"), suggested, "Excel (*.xlsx)")
        title = QLabel(self.tr("Impor dari Excel"))
        title.setProperty("role", "title")
        self.steps = QLabel()
        self.steps.setObjectName("importSteps")
        self.steps.setProperty("role", "muted")
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._choose_step())
        self.stack.addWidget(self._preview_step())
        self.stack.addWidget(self._summary_step())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.steps)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        self._go(0)

    # --- the three steps -------------------------------------------------------------------

    def _choose_step(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "Masukkan banyak calon peserta sekaligus dari berkas Excel (xlsx, xls), LibreOffice "
            "(ods) atau CSV, misalnya ekspor SIAK atau OpenSID, atau daftar usulan RT. Aplikasi "
            "mencari sendiri lembar dan baris judulnya; Anda dapat memeriksanya sebelum "
            "mengimpor."))
        intro.setWordWrap(True)
        tip = QLabel(self.tr(
            "Penting: di Excel, format kolom NIK dan No. KK sebagai Teks sebelum mengetik atau "
            "menempel nomor. NIK yang tersimpan sebagai angka sudah rusak (digit terakhir "
            "menjadi 0) dan akan ditolak."))
        tip.setWordWrap(True)
        tip.setProperty("role", "warning")
        self.choose_button = QPushButton(self.tr("Pilih berkas..."))
        self.choose_button.setObjectName("importChoose")
        self.choose_button.setProperty("role", "primary")
        self.choose_button.clicked.connect(self.choose)
        after = QLabel(self.tr(
            "Data yang diimpor berstatus Diusulkan dan tetap harus diverifikasi kepala atau "
            "sekretaris desa."))
        after.setWordWrap(True)
        after.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(tip)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(after)
        layout.addStretch(1)
        return page

    def _preview_step(self) -> QWidget:
        page = QWidget()
        self.file_label = QLabel()
        self.file_label.setObjectName("importFile")
        self.file_label.setWordWrap(True)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.activated.connect(self._sheet_chosen)
        self.header_label = QLabel()
        self.header_label.setObjectName("importHeaderRow")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Lembar:")))
        top.addWidget(self.sheet)
        top.addSpacing(16)
        top.addWidget(self.header_label, 1)
        hint = QLabel(self.tr(
            "Periksa kolom \"Dipakai sebagai\": ubah bila aplikasi salah menebak, atau pilih "
            "\"(tidak dipakai)\". Kolom NIK wajib."))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        self.columns = QTableWidget(0, 4)  # one row per spreadsheet column: a few dozen at most
        self.columns.setObjectName("importColumns")
        self.columns.setHorizontalHeaderLabels([
            self.tr("Kolom"), self.tr("Judul di berkas"), self.tr("Dipakai sebagai"),
            self.tr("Contoh isi")])
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.columns.horizontalHeader()
        header.resizeSection(0, 60)
        header.resizeSection(1, 220)
        header.resizeSection(2, 230)
        header.setStretchLastSection(True)
        self.columns.verticalHeader().setDefaultSectionSize(30)
        back = QPushButton(self.tr("Kembali"))
        back.setObjectName("importBack")
        back.clicked.connect(self.restart)
        self.start_button = QPushButton(self.tr("Periksa dan impor"))
        self.start_button.setObjectName("importStart")
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(lambda: self.start_import())
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.file_label)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.columns, 1)
        layout.addLayout(buttons)
        return page

    def _summary_step(self) -> QWidget:
        page = QWidget()
        self.counts: dict[str, QLabel] = {}
        cards = QGridLayout()
        for column, (key, caption) in enumerate((
            ("imported", self.tr("Diimpor")),
            ("warnings", self.tr("Di antaranya dengan peringatan")),
            ("rejected", self.tr("Ditolak")),
            ("already", self.tr("Sudah terdaftar sebelumnya")),
        )):
            frame = QFrame()
            frame.setProperty("role", "card")
            number = QLabel("0")
            number.setProperty("role", "card-number")
            number.setObjectName(f"importCount-{key}")
            self.counts[key] = number
            label = QLabel(caption)
            label.setProperty("role", "muted")
            inner = QVBoxLayout(frame)
            inner.addWidget(number)
            inner.addWidget(label)
            cards.addWidget(frame, 0, column)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.rejected_model = RowsModel([self.tr("Baris"), self.tr("NIK"), self.tr("Alasan")],
                                        self)
        self.warning_model = RowsModel([self.tr("Baris"), self.tr("NIK"), self.tr("Peringatan")],
                                       self)
        self.already_model = RowsModel([self.tr("Baris"), self.tr("NIK"), self.tr("Keterangan")],
                                       self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("importTabs")
        self.rejected_table = self._table(self.rejected_model, "importRejected")
        self.tabs.addTab(self.rejected_table, "")
        self.tabs.addTab(self._table(self.warning_model, "importWarnings"), "")
        self.tabs.addTab(self._table(self.already_model, "importAlready"), "")
        self.save_errors = QPushButton(self.tr("Simpan buku kerja galat"))
        self.save_errors.setObjectName("importSaveErrors")
        self.save_errors.setProperty("role", "primary")
        self.save_errors.clicked.connect(self.save_error_workbook)
        again = QPushButton(self.tr("Impor berkas lain"))
        again.setObjectName("importAgain")
        again.clicked.connect(self.restart)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_errors)
        buttons.addStretch(1)
        buttons.addWidget(again)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cards)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        return page

    @staticmethod
    def _table(model: RowsModel, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.resizeSection(0, 60)
        header.resizeSection(1, 150)
        header.setStretchLastSection(True)
        return table

    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = [self.tr("1. Pilih berkas"), self.tr("2. Periksa kolom"), self.tr("3. Hasil")]
        self.steps.setText("   ›   ".join(
            f"<b>{n}</b>" if i == step else n for i, n in enumerate(names)))

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setVisible(bool(text))

    # --- step 1: the file ------------------------------------------------------------------

    def restart(self) -> None:
        self.path = None
        self.preview = None
        self.report = None
        self._say("", "muted")
        self._go(0)

    def choose(self) -> None:
        path = self.ask_open_file()
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        self.path = path
        self._say("", "muted")
        self.tasks.run(lambda: preview(path, sheet), self._previewed, self._failed,
                       label=self.tr("Membaca {name}...").format(name=path.name), parent=self)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self._say(exc.finding.message, "error")

    # --- step 2: the columns ---------------------------------------------------------------

    def _previewed(self, found: Preview) -> None:
        self.preview = found
        self.file_label.setText(self.tr("Berkas: <b>{name}</b> · {n} baris di bawah judul")
                                .format(name=found.file, n=_number(found.data_rows)))
        self.sheet.clear()
        self.sheet.addItems(found.sheets)
        self.sheet.setCurrentText(found.sheet)
        self.header_label.setText(self.tr("Baris judul terdeteksi: baris {row}").format(
            row=found.header_row))
        choices = self.field_choices()
        self.columns.setRowCount(len(found.columns))
        self.combos = []
        for row, column in enumerate(found.columns):
            letter = QTableWidgetItem(get_column_letter(column.index + 1))
            self.columns.setItem(row, 0, letter)
            self.columns.setItem(row, 1, QTableWidgetItem(column.header))
            combo = QComboBox()
            combo.setObjectName(f"importField-{column.index}")
            for key, label in choices:
                combo.addItem(label, key)
            at = combo.findData(column.field or UNUSED)
            combo.setCurrentIndex(max(at, 0))
            combo.currentIndexChanged.connect(lambda _i: self._check_mapping())
            self.combos.append(combo)
            self.columns.setCellWidget(row, 2, combo)
            samples = [s[column.index] for s in found.sample
                       if column.index < len(s) and s[column.index]]
            self.columns.setItem(row, 3, QTableWidgetItem(" · ".join(samples[:3])))
        self._go(1)
        self._check_mapping()

    def _sheet_chosen(self, index: int) -> None:
        if self.path is not None and self.preview is not None:
            name = self.sheet.itemText(index)
            if name != self.preview.sheet:
                self.open_file(self.path, name)

    def field_choices(self) -> list[tuple[str, str]]:
        return [
            (UNUSED, self.tr("(tidak dipakai)")),
            ("nik", self.tr("NIK")),
            ("name", self.tr("Nama lengkap")),
            ("kk", self.tr("Nomor KK")),
            ("sex", self.tr("Jenis kelamin")),
            ("sex_l", self.tr("Jenis kelamin: kolom L")),
            ("sex_p", self.tr("Jenis kelamin: kolom P")),
            ("birth_place", self.tr("Tempat lahir")),
            ("birth_date", self.tr("Tanggal lahir")),
            ("birth_place_date", self.tr("Tempat/tanggal lahir")),
            ("mother_name", self.tr("Nama ibu kandung")),
            ("address", self.tr("Alamat")),
            ("dusun", self.tr("Dusun/lingkungan")),
            ("rt", self.tr("RT")),
            ("rw", self.tr("RW")),
            ("rt_rw", self.tr("RT/RW")),
            ("phone", self.tr("Nomor HP")),
            ("occupation", self.tr("Pekerjaan")),
            ("income", self.tr("Penghasilan per bulan")),
            ("desil", self.tr("Desil DTSEN")),
            ("funding", self.tr("Sumber dana")),
            ("proposed_by", self.tr("Diusulkan oleh")),
            ("notes", self.tr("Keterangan")),
            ("village_code", self.tr("Kode desa")),
            ("siak_status", self.tr("Status penduduk (SIAK)")),
            ("opensid_status", self.tr("status_dasar (OpenSID)")),
            ("warning_codes", self.tr("Kode peringatan")),
        ]

    def mapping(self) -> dict[str, int]:
        chosen: dict[str, int] = {}
        if self.preview is None:
            return chosen
        for column, combo in zip(self.preview.columns, self.combos, strict=True):
            key = combo.currentData()
            if key and key not in chosen:
                chosen[key] = column.index
        return chosen

    def set_field(self, column_index: int, key: str) -> None:
        """Use spreadsheet column ``column_index`` (0-based) as ``key`` ("" = not used)."""
        assert self.preview is not None
        row = [c.index for c in self.preview.columns].index(column_index)
        combo = self.combos[row]
        combo.setCurrentIndex(combo.findData(key))

    def mapping_problem(self) -> str | None:
        used: dict[str, int] = {}
        labels = dict(self.field_choices())
        for combo in self.combos:
            key = combo.currentData()
            if key:
                used[key] = used.get(key, 0) + 1
        if "nik" not in used:
            return self.tr("Pilih kolom yang berisi NIK peserta (bukan NIK ayah atau ibu).")
        twice = [labels[k] for k, n in used.items() if n > 1]
        if twice:
            return self.tr("Setiap isian hanya boleh dipakai satu kolom: {fields}.").format(
                fields=", ".join(twice))
        return None

    def _check_mapping(self) -> None:
        problem = self.mapping_problem()
        self.start_button.setEnabled(problem is None)
        self._say(problem or "", "error")

    # --- step 3: the import ----------------------------------------------------------------

    def start_import(self, control: TaskControl | None = None) -> None:
        if self.path is None or self.preview is None or self.mapping_problem():
            return
        path, sheet = self.path, self.preview.sheet
        chosen = self.mapping()
        mapping: dict[str, int | str] | None = (
            None if chosen == self.preview.mapping else dict(chosen))
        store, actor = self.session.store, self.session.actor
        control = control or TaskControl(self)
        self.control = control
        self.start_button.setEnabled(False)

        def work() -> ImportReport:
            return import_file(store, actor, path, sheet=sheet, mapping=mapping,
                               progress=control.progress, cancelled=control.cancelled)

        log.info("spreadsheet import started by %s", actor.name)
        self.tasks.run(work, self._imported, self._import_failed,
                       label=self.tr("Memeriksa dan mengimpor {name}...").format(name=path.name),
                       parent=self, control=control)

    def _import_failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self._failed(exc)

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.start_button.setEnabled(True)
        self.counts["imported"].setText(_number(report.imported))
        self.counts["warnings"].setText(_number(report.with_warnings))
        self.counts["rejected"].setText(_number(report.rejected))
        self.counts["already"].setText(_number(report.already_imported))
        text = self.tr("{file}: {rows} baris data diperiksa. {imported} disimpan sebagai "
                       "Diusulkan dan menunggu verifikasi.").format(
            file=report.file, rows=_number(report.rows), imported=_number(report.imported))
        if report.skipped:
            text += " " + self.tr("{n} baris bukan data (judul, jumlah, catatan) dilewati.") \
                .format(n=_number(report.skipped))
        if report.rejected:
            text += " " + self.tr("Perbaiki baris yang ditolak di buku kerja galat, lalu impor "
                                  "buku kerja itu.")
        for name, rows in report.other_sheets:
            text += " " + self.tr("Lembar '{sheet}' juga berisi daftar ({n} baris) dan belum "
                                  "diimpor: impor lagi berkas ini dan pilih lembar itu.").format(
                sheet=name, n=_number(rows))
        self.summary.setText(text)
        set_role(self.summary, "warning" if report.rejected or report.other_sheets else "ok")
        self.rejected_model.set_rows(
            [(r.row, r.nik, "; ".join(r.messages)) for r in report.rejected_rows],
            ["error"] * len(report.rejected_rows))
        self.warning_model.set_rows(
            [(r.row, r.nik, "; ".join(r.messages)) for r in report.warning_rows])
        self.already_model.set_rows(
            [(r.row, r.nik, "; ".join(r.messages)) for r in report.already_rows])
        self.tabs.setTabText(0, self.tr("Ditolak ({n})").format(n=_number(report.rejected)))
        self.tabs.setTabText(1, self.tr("Dengan peringatan ({n})").format(
            n=_number(report.with_warnings)))
        self.tabs.setTabText(2, self.tr("Sudah terdaftar ({n})").format(
            n=_number(report.already_imported)))
        self.tabs.setCurrentIndex(0 if report.rejected else 1)
        self.save_errors.setEnabled(bool(report.rejected))
        self._say("", "muted")
        self._go(2)
        log.info("spreadsheet import: %d imported, %d rejected", report.imported,
                 report.rejected)
        if report.imported:
            self.imported.emit(report.imported)

    def save_error_workbook(self) -> None:
        report = self.report
        if report is None or not report.rejected_rows or self.path is None:
            return
        suggested = str(self.path.with_name(f"{self.path.stem}-galat.xlsx"))
        target = self.ask_save_file(suggested)
        if not target:
            return
        out = Path(target)
        if out.suffix.lower() != ".xlsx":
            out = out.with_suffix(".xlsx")
        self.tasks.run(lambda: write_errors(report, out), self._errors_saved, self._save_failed,
                       label=self.tr("Menyimpan buku kerja galat..."), parent=self)

    def _errors_saved(self, written: Any) -> None:
        self._say(self.tr("Buku kerja galat disimpan: {path}. Perbaiki baris-barisnya (kolom "
                          "NIK sebagai Teks), lalu impor berkas itu.").format(path=written),
                  "ok")

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self._say(self.tr("Berkas tidak dapat disimpan ({error}). Tutup berkas itu di Excel "
                              "atau pilih folder lain.").format(error=exc.strerror or exc),
                      "error")
            return
        self._failed(exc)
