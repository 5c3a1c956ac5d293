"""Cetak: participant cards (all enrolled or chosen ones), a preview of page 1, save the PDF or
print it, the printer calibration sheet, and "Cek kartu" (check a card from its QR text or a
photo).

The preview is page 1 rendered to PNG by poppler's ``pdftoppm`` (see cards.preview): the
desktop build has no QtPdf. Printing rasterises each page at the printer's resolution (≤ 300 dpi)
in the worker and paints the images on a QPrinter set to full page, so the printer draws the
cards at true size. Rendering, rasterising and checking run through ``ui.tasks``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop.cards.preview import page_png, rasteriser_available
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.domain.nik import mask_nik
from lingkaran_desktop.services.candidates import count_candidates, list_candidates
from lingkaran_desktop.services.cards import (
    CardCheck,
    preview_cards,
    print_cards,
    verify_card,
    write_calibration,
)
from ui.session import AppSession
from ui.style import set_role
from ui.tasks import TaskControl, TaskRunner

Index = QModelIndex | QPersistentModelIndex
LIST_LIMIT = 500  # search narrows it; "all enrolled" needs no list
PRINT_DPI = 300


class ParticipantsModel(QAbstractTableModel):
    """Enrolled participants with a check box each (the NIK is shown masked)."""

    HEADERS = ("", "Nama", "NIK", "No. KPJ", "RT/RW")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.checked: set[str] = set()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if row["nik"] in self.checked
                    else Qt.CheckState.Unchecked)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        rt_rw = f"{row.get('rt') or '-'}/{row.get('rw') or '-'}"
        values = ("", row["name"], mask_nik(row["nik"]), row.get("kpj") or "", rt_rw)
        return values[index.column()]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        nik = self.rows[index.row()]["nik"]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(nik)
        else:
            self.checked.discard(nik)
        self.dataChanged.emit(index, index, [role])
        return True

    def toggle(self, row: int) -> None:
        index = self.index(row, 0)
        checked = self.rows[row]["nik"] in self.checked
        self.setData(index, (Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked).value,
                     Qt.ItemDataRole.CheckStateRole)


def _day(value: Any) -> str:
    return value.strftime("%d-%m-%Y") if value else "—"


class CardCheckDialog(QDialog):
    """Cek kartu: paste the QR text or open a photo/scan; genuine (green) or why not (red)."""

    def __init__(self, session: AppSession, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.setWindowTitle(self.tr("Cek kartu"))
        self.resize(560, 420)
        self.ask_image: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self, self.tr("Buka foto atau pindaian kartu"), "",
            self.tr("Gambar (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"))[0]
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tempel isi kode QR kartu (diawali LK), atau buka foto kartu. "
                               "Pemeriksaan tanpa internet, dengan kunci yang dikenal "
                               "instalasi ini."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("LK..."))
        self.text.setMaximumHeight(90)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Periksa teks"))
        self.check_button.clicked.connect(lambda: self.check(self.text.toPlainText()))
        self.image_button = QPushButton(self.tr("Buka gambar..."))
        self.image_button.clicked.connect(self._open_image)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.image_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        layout.addWidget(self.result, 1, Qt.AlignmentFlag.AlignTop)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

    def _open_image(self) -> None:
        path = self.ask_image()
        if path:
            self.check(Path(path))

    def check(self, source: str | Path) -> None:
        if isinstance(source, str) and not source.strip():
            self._show(self.tr("Tempel isi kode QR terlebih dahulu."), "warning")
            return
        store = self.session.store
        self.tasks.run(lambda: verify_card(store, source), self._genuine, self._refused,
                       label=self.tr("Memeriksa kartu..."), parent=self)

    def _genuine(self, check: CardCheck) -> None:
        lines = [
            self.tr("KARTU ASLI dan berlaku."),
            self.tr("Nama: {v}").format(v=check.name),
            self.tr("NIK: {v}").format(v=check.nik_masked),
            self.tr("No. KPJ: {v}").format(v=check.kpj or "-"),
            self.tr("Desa: {v}").format(v=check.village),
            self.tr("Program: {v} — JKK + JKM").format(v=check.program or self.tr("(tidak "
                                                                                  "dikenal)")),
            self.tr("Berlaku: {a} s.d. {b}").format(a=_day(check.coverage_start),
                                                    b=_day(check.coverage_end)),
            self.tr("Diterbitkan {d} oleh {who}").format(d=_day(check.issued_on),
                                                         who=check.issuer),
        ]
        self._show("\n".join(lines), "ok")

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self._show(exc.finding.message, "error")

    def _show(self, text: str, role: str) -> None:
        self.result.setText(text)
        set_role(self.result, role)
        self.result.show()


class PrintPage(QWidget):
    def __init__(self, session: AppSession, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self._printer: QPrinter | None = None
        self.ask_save_path: Callable[[str], str] = lambda suggested: QFileDialog.getSaveFileName(
            self, self.tr("Simpan PDF"), suggested, self.tr("PDF (*.pdf)"))[0]
        self.ask_print: Callable[[QPrinter], bool] = lambda printer: (
            QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted)

        title = QLabel(self.tr("Cetak Kartu Peserta"))
        set_role(title, "title")
        hint = QLabel(self.tr("Kartu ukuran KTP (85,6 × 54 mm), 10 per halaman A4 dengan tanda "
                              "potong. Cetak dengan skala 100%; untuk bolak-balik pilih balik "
                              "pada sisi panjang."))
        hint.setWordWrap(True)
        set_role(hint, "muted")

        self.all_enrolled = QRadioButton()
        self.all_enrolled.setChecked(True)
        self.chosen = QRadioButton(self.tr("Peserta yang dipilih di daftar"))
        self.all_enrolled.toggled.connect(self._selection_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, NIK atau KPJ..."))
        self.search.returnPressed.connect(self.refresh)
        self.model = ParticipantsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 28)
        self.table.doubleClicked.connect(lambda index: self.model.toggle(index.row()))
        self.model.dataChanged.connect(lambda *_: self._selection_changed())
        self.count_label = QLabel()
        set_role(self.count_label, "muted")

        self.back = QCheckBox(self.tr("Dengan halaman belakang (cetak bolak-balik)"))
        self.back.setChecked(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Alasan cetak ulang, mis. kartu hilang"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Kontak kantor desa di belakang kartu "
                                                "(kosong: nama kantor desa)"))

        self.preview_button = QPushButton(self.tr("Pratinjau"))
        self.preview_button.clicked.connect(self.update_preview)
        self.save_button = QPushButton(self.tr("Simpan PDF..."))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Cetak..."))
        self.print_button.clicked.connect(self.print_now)
        self.calibration_button = QPushButton(self.tr("Halaman kalibrasi..."))
        self.calibration_button.clicked.connect(self.save_calibration)
        self.check_button = QPushButton(self.tr("Cek kartu..."))
        self.check_button.clicked.connect(self.open_check)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        self.preview = QLabel(self.tr("Pratinjau halaman 1 muncul di sini."))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumWidth(300)
        self._preview_image = QImage()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        self.preview_area = scroll

        left = QWidget()
        form = QVBoxLayout(left)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.all_enrolled)
        form.addWidget(self.chosen)
        form.addWidget(self.search)
        form.addWidget(self.table, 1)
        form.addWidget(self.count_label)
        form.addWidget(self.back)
        form.addWidget(self.reason)
        form.addWidget(self.contact)
        row = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            row.addWidget(button)
        form.addLayout(row)
        row = QHBoxLayout()
        for button in (self.calibration_button, self.check_button):
            row.addWidget(button)
        row.addStretch(1)
        form.addLayout(row)
        form.addWidget(self.result)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        self.refresh()

    # --- selection -------------------------------------------------------------------------

    def refresh(self) -> None:
        store, actor = self.session.store, self.session.actor
        self.enrolled_total = count_candidates(store, actor, status="enrolled")
        self.all_enrolled.setText(self.tr("Semua peserta terdaftar ({n} orang)").format(
            n=self.enrolled_total))
        rows = list_candidates(store, actor, status="enrolled", search=self.search.text(),
                               limit=LIST_LIMIT)
        self.model.set_rows(rows)
        self._selection_changed()

    def selection(self) -> dict[str, Any]:
        if self.all_enrolled.isChecked():
            return {"all_enrolled": True}
        return {"niks": sorted(self.model.checked)}

    def _selection_changed(self) -> None:
        chosen = self.chosen.isChecked()
        self.table.setEnabled(chosen)
        self.search.setEnabled(chosen)
        count = len(self.model.checked) if chosen else self.enrolled_total
        self.count_label.setText(self.tr("{n} kartu akan dicetak ({p} halaman A4).").format(
            n=count, p=(count + 9) // 10))
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(count > 0)

    # --- work ------------------------------------------------------------------------------

    def _show(self, text: str, role: str) -> None:
        self.result.setText(text)
        set_role(self.result, role)
        self.result.show()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self._show(exc.finding.message, "error")
        if exc.code == "CARD_REPRINT_REASON":
            self.reason.setFocus()

    def update_preview(self) -> None:
        if not rasteriser_available():
            self.preview.setText(self.tr("Pratinjau memerlukan pdftoppm (poppler-utils). "
                                         "Simpan PDF lalu buka di penampil PDF."))
            return
        store, actor, selection = self.session.store, self.session.actor, self.selection()
        back, contact = self.back.isChecked(), self.contact.text().strip() or None

        def work() -> tuple[int, bytes | None]:
            with tempfile.TemporaryDirectory(prefix="lingkaran-preview-") as folder:
                pdf = Path(folder) / "pratinjau.pdf"
                total = preview_cards(store, actor, pdf, back=back, contact=contact, **selection)
                return total, page_png(pdf, 1, dpi=150)

        def done(result: tuple[int, bytes | None]) -> None:
            _total, png = result
            image = QImage.fromData(png) if png else QImage()
            if image.isNull():
                self.preview.setText(self.tr("Pratinjau tidak dapat dibuat."))
                return
            self._preview_image = image
            self._fit_preview()

        self.tasks.run(work, done, self._failed, label=self.tr("Menyiapkan pratinjau..."),
                       parent=self)

    def _fit_preview(self) -> None:
        """The whole page width in the pane, however wide the window is."""
        if self._preview_image.isNull():
            return
        width = max(200, self.preview_area.viewport().width() - 8)
        self.preview.setPixmap(QPixmap.fromImage(self._preview_image.scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_preview()

    def _print_kwargs(self) -> dict[str, Any]:
        return {"back": self.back.isChecked(), "reason": self.reason.text().strip() or None,
                "contact": self.contact.text().strip() or None, **self.selection()}

    def save_pdf(self) -> None:
        path = self.ask_save_path(str(Path.home() / "kartu-peserta.pdf"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        store, actor, kwargs = self.session.store, self.session.actor, self._print_kwargs()
        control = TaskControl(self)

        def work() -> Any:
            return print_cards(store, actor, Path(path), progress=control.progress,
                               cancelled=control.cancelled, **kwargs)

        def done(printed: Any) -> None:
            self._show(self.tr("{n} kartu disimpan ke {path} ({p} halaman). Pencetakan dicatat "
                               "di jejak audit.").format(n=printed.cards, path=printed.path,
                                                        p=printed.pages), "ok")

        self.tasks.run(work, done, self._failed, label=self.tr("Membuat kartu..."), parent=self,
                       control=control)

    def print_now(self) -> None:
        if not rasteriser_available():
            self._show(self.tr("Mencetak langsung memerlukan pdftoppm (poppler-utils). Simpan "
                               "PDF lalu cetak dari penampil PDF dengan skala 100%."), "warning")
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)
        if self.back.isChecked():
            printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        if not self.ask_print(printer):
            return
        self._printer = printer
        dpi = min(PRINT_DPI, printer.resolution())
        store, actor, kwargs = self.session.store, self.session.actor, self._print_kwargs()
        control = TaskControl(self)

        def work() -> tuple[Any, list[bytes]]:
            folder = Path(tempfile.mkdtemp(prefix="lingkaran-print-"))
            pdf = folder / "kartu.pdf"
            printed = print_cards(store, actor, pdf, cancelled=control.cancelled, **kwargs)
            pages = []
            for page in range(1, printed.pages + 1):
                if control.cancelled():
                    break
                pages.append(page_png(pdf, page, dpi=dpi) or b"")
                control.progress(page, printed.pages)
            pdf.unlink(missing_ok=True)
            folder.rmdir()
            return printed, pages

        self.tasks.run(work, self._paint, self._failed, label=self.tr("Menyiapkan cetakan..."),
                       parent=self, control=control)

    def _paint(self, result: tuple[Any, list[bytes]]) -> None:
        printed, pages = result
        printer = self._printer
        if printer is None:
            return
        painter = QPainter()
        if not painter.begin(printer):
            self._show(self.tr("Printer tidak dapat dibuka."), "error")
            return
        target = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
        for number, png in enumerate(pages):
            if number:
                printer.newPage()
            image = QImage.fromData(png)
            if not image.isNull():
                painter.drawImage(target, image)
        painter.end()
        self._printer = None
        self._show(self.tr("{n} kartu dikirim ke printer ({p} halaman). Pencetakan dicatat di "
                           "jejak audit.").format(n=printed.cards, p=len(pages)), "ok")

    def save_calibration(self) -> None:
        path = self.ask_save_path(str(Path.home() / "kalibrasi-printer.pdf"))
        if not path:
            return
        back = self.back.isChecked()

        def done(pages: int) -> None:
            self._show(self.tr("Halaman kalibrasi disimpan ke {path} ({p} halaman). Cetak "
                               "dengan skala 100%, lalu ukur.").format(path=path, p=pages), "ok")

        self.tasks.run(lambda: write_calibration(Path(path), back=back), done, self._failed,
                       parent=self)

    def open_check(self) -> CardCheckDialog:
        dialog = CardCheckDialog(self.session, self.tasks, self)
        dialog.open()
        return dialog
