"""Verifikasi: the queue of proposed candidates, warnings first; approve, reject, bulk-approve;
and, on a second tab, the corrections and withdrawals of sent records (ui.change_review).

Four eyes: a user's own entries are listed, but the buttons are disabled and say why (the
service refuses them anyway). Bulk approval runs off the UI thread through the task helper.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.candidates import decide, list_candidates
from ui.candidate_detail import CandidateDetail
from ui.change_review import ChangeReviewPanel
from ui.column_fit import Column, ColumnFit
from ui.labels import warning_codes, warning_label
from ui.reason_dialog import ReasonDialog
from ui.session import AppSession
from ui.style import WARNING, WARNING_BG, set_role
from ui.tasks import TaskRunner

log = logging.getLogger("lingkaran.ui.verification")

QUEUE_LIMIT = 5000  # the queue of one village is small; the district pages by village later

Index = QModelIndex | QPersistentModelIndex
# NIK, name, sex, birth date, entered by, warnings: the name and the warnings share the room.
QUEUE_COLUMNS = (
    Column("0000000000000000"),
    Column("n" * 11, weight=3),
    Column("L"),
    Column("00-00-0000"),
    Column("n" * 6),
    Column("n" * 10, weight=3),
)


def load_queue(session: AppSession) -> list[dict[str, Any]]:
    """Proposed candidates, those with warnings first (then in entry order)."""
    rows = list_candidates(session.store, session.actor, status="proposed", limit=QUEUE_LIMIT)
    return sorted(rows, key=lambda r: (not r["warnings"], r["entered_at"]))


class QueueModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            self.tr("NIK"),
            self.tr("Nama"),
            self.tr("JK"),
            self.tr("Tgl Lahir"),
            self.tr("Diinput oleh"),
            self.tr("Peringatan"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            codes = warning_codes(row["warnings"])
            return [
                row["nik"],
                row["name"],
                row["sex"],
                row["birth_date"].strftime("%d-%m-%Y"),
                row["entered_by"],
                ", ".join(warning_label(c) for c in codes),
            ][column]
        if column == 5 and row["warnings"]:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(WARNING))
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(WARNING_BG))
        return None


class VerificationPage(QWidget):
    changed = Signal()

    def __init__(
        self, session: AppSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.ask_reason = self._ask_reason  # tests replace this
        self.confirm = self._confirm
        title = QLabel(self.tr("Verifikasi"))
        title.setProperty("role", "title")
        intro = QLabel(
            self.tr(
                "Cocokkan setiap data dengan KTP/KK. "
                "Data dengan peringatan ditampilkan paling atas. "
                "Data yang Anda masukkan sendiri harus diverifikasi orang lain."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.summary = QLabel()
        self.summary.setObjectName("queueSummary")
        self.model = QueueModel(self)
        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # The columns fill the table's width; when it is narrow (125 % scaling) the sex and
        # birth date give way: the record beside the table shows them in full.
        self.column_fit = ColumnFit(self.table, QUEUE_COLUMNS, drop=(2, 3))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.detail = CandidateDetail(session.rules)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        self.approve = QPushButton(self.tr("Setujui"))
        self.approve.setObjectName("approveButton")
        self.approve.setProperty("role", "primary")
        self.approve.clicked.connect(self.approve_selected)
        self.reject_button = QPushButton(self.tr("Tolak..."))
        self.reject_button.setObjectName("rejectButton")
        self.reject_button.clicked.connect(self.reject_selected)
        self.why = QLabel()
        self.why.setObjectName("whyDisabled")
        self.why.setWordWrap(True)
        self.why.setProperty("role", "warning")
        self.why.hide()
        self.bulk = QPushButton()
        self.bulk.setObjectName("bulkApprove")
        self.bulk.clicked.connect(self.approve_clean)
        self.result = QLabel()
        self.result.setObjectName("verifyResult")
        self.result.setWordWrap(True)
        self.result.hide()

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(scroll, 1)
        side_layout.addWidget(self.why)
        row = QHBoxLayout()
        row.addWidget(self.reject_button)
        row.addStretch(1)
        row.addWidget(self.approve)
        side_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 440])
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.bulk)
        new_records = QWidget()
        records_layout = QVBoxLayout(new_records)
        records_layout.addWidget(intro)
        records_layout.addLayout(top)
        records_layout.addWidget(self.result)
        records_layout.addWidget(splitter, 1)
        # Corrections and withdrawals of sent records wait here for a second person too.
        self.changes = ChangeReviewPanel(session)
        self.changes.changed.connect(self._changes_checked)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("verifyTabs")
        self.tabs.addTab(new_records, "")
        self.tabs.addTab(self.changes, "")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # --- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.changes.refresh()
        self._refresh_records()

    def _changes_checked(self) -> None:
        self._tab_titles()
        self.changed.emit()

    def _tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Calon peserta baru ({n})").format(n=len(self.model.rows)))
        self.tabs.setTabText(
            1, self.tr("Koreksi dan penarikan ({n})").format(n=len(self.changes.requests))
        )

    def _refresh_records(self) -> None:
        self.model.set_rows(load_queue(self.session))
        rows = self.model.rows
        with_warnings = sum(1 for r in rows if r["warnings"])
        self.summary.setText(
            self.tr("{n} data menunggu verifikasi, {w} di antaranya dengan peringatan.").format(
                n=len(rows), w=with_warnings
            )
        )
        clean = self.clean_niks()
        self.bulk.setText(self.tr("Setujui semua yang bersih ({n})").format(n=len(clean)))
        self.bulk.setEnabled(bool(clean) and not self.tasks.busy)
        self.bulk.setToolTip(
            self.tr("Menyetujui data tanpa peringatan yang tidak Anda masukkan sendiri.")
        )
        if rows:
            self.table.selectRow(0)
        self._selected()
        self._tab_titles()

    def clean_niks(self) -> list[str]:
        me = self.session.actor.name
        return [
            r["nik"]
            for r in self.model.rows
            if not r["warnings"] and r["entered_by"].casefold() != me.casefold()
        ]

    def current(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def select_nik(self, nik: str) -> None:
        for number, row in enumerate(self.model.rows):
            if row["nik"] == nik:
                self.table.selectRow(number)
                return

    def _selected(self) -> None:
        row = self.current()
        self.detail.show_candidate(row)
        own = row is not None and row["entered_by"].casefold() == self.session.actor.name.casefold()
        for button in (self.approve, self.reject_button):
            button.setEnabled(row is not None and not own)
        if own:
            self.why.setText(
                self.tr(
                    "Tombol tidak aktif: data ini Anda masukkan sendiri. Prinsip empat mata: minta "
                    "kepala desa, sekretaris desa atau verifikator lain untuk memeriksanya."
                )
            )
            self.why.show()
            for button in (self.approve, self.reject_button):
                button.setToolTip(self.why.text())
        else:
            self.why.hide()
            for button in (self.approve, self.reject_button):
                button.setToolTip("")

    # --- decisions ---------------------------------------------------------------------------

    def approve_selected(self) -> None:
        row = self.current()
        if row is None:
            return
        self._decide(
            [row["nik"]],
            reject=False,
            reason=None,
            done=self.tr("{name} disetujui.").format(name=row["name"]),
        )

    def reject_selected(self) -> None:
        row = self.current()
        if row is None:
            return
        reason = self.ask_reason(row["name"])
        if not reason:
            return
        self._decide(
            [row["nik"]],
            reject=True,
            reason=reason,
            done=self.tr(
                "{name} ditolak. Operator dapat memperbaikinya di Data "
                "Pekerja (saring status Ditolak, buka, lalu Ubah data); "
                "setelah diperbaiki data kembali ke antrean ini."
            ).format(name=row["name"]),
        )

    def _decide(self, niks: list[str], reject: bool, reason: str | None, done: str) -> None:
        try:
            decide(self.session.store, self.session.actor, niks, reject=reject, reason=reason)
        except DomainError as exc:
            self._show_result(exc.finding.message, "error")
            return
        log.info("%s decided %d candidate(s)", self.session.actor.name, len(niks))
        self._show_result(done, "ok")
        self.refresh()
        self.changed.emit()

    def approve_clean(self) -> None:
        niks = self.clean_niks()
        if not niks or not self.confirm(len(niks)):
            return
        store, actor = self.session.store, self.session.actor
        self.bulk.setEnabled(False)

        def work() -> int:
            return len(decide(store, actor, niks).decided)

        def finished(count: int) -> None:
            self._show_result(self.tr("{n} data disetujui sekaligus.").format(n=count), "ok")
            self.refresh()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, DomainError):
                raise exc
            self._show_result(exc.finding.message, "error")
            self.refresh()

        self.tasks.run(
            work,
            finished,
            failed,
            label=self.tr("Menyetujui {n} data...").format(n=len(niks)),
            parent=self,
        )

    def _show_result(self, text: str, role: str) -> None:
        self.result.setText(text)
        set_role(self.result, role)
        self.result.show()

    def _ask_reason(self, name: str) -> str | None:
        dialog = ReasonDialog(
            self.tr("Tolak calon peserta"),
            self.tr("Mengapa {name} ditolak? Alasan ini dikirim kembali ke operator dan "
                    "dicatat.").format(name=name),
            self.tr("Tolak"),
            [self.tr("NIK tidak sesuai KTP"), self.tr("Bukan warga desa ini"),
             self.tr("Tidak termasuk pekerja rentan"), self.tr("Sudah terdaftar di program lain"),
             self.tr("Meninggal dunia")],
            self.tr("pilih atau ketik alasannya"), "rejectReason", self,
        )  # fmt: skip
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _confirm(self, n: int) -> bool:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Setujui sekaligus"))
        box.setText(
            self.tr(
                "Setujui {n} data tanpa peringatan? Pastikan Anda sudah "
                "mencocokkannya dengan KTP/KK."
            ).format(n=n)
        )
        yes = box.addButton(self.tr("Ya, setujui"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes
