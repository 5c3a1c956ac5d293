"""Koreksi dan penarikan: corrections and withdrawals of sent records, waiting for a second person.

Four eyes, as for new records: the officer's request changes nothing until someone else approves
it (then the record changes and the change leaves with the next batch) or declines it with a
reason (nothing changes, nothing is sent). A user's own requests are listed with the buttons
disabled and the reason why; the service refuses them anyway.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.domain.status import same_person
from lingkaran_desktop.services.changes import (
    CORRECTION,
    ChangeRequest,
    approve_change,
    changes_to_check,
    decline_change,
)
from ui.column_fit import Column, ColumnFit
from ui.reason_dialog import ReasonDialog
from ui.rows_model import RowsModel
from ui.session import AppSession
from ui.style import set_role

log = logging.getLogger("lingkaran.ui.changes")

# No, kind, NIK, name, what changes, asked by: the name and the change share the room.
COLUMNS = (
    Column("0000"),
    Column("n" * 9),
    Column("0000000000000000"),
    Column("n" * 11, weight=2),
    Column("n" * 16, weight=4),
    Column("n" * 6),
)


class ChangeReviewPanel(QWidget):
    """The list of waiting requests, with Setujui / Tolak for the selected one."""

    changed = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ask_reason = self._ask_reason  # tests replace this
        self.requests: list[ChangeRequest] = []
        intro = QLabel(self.tr(
            "Koreksi dan penarikan data yang sudah dikirim baru diterapkan setelah disetujui "
            "orang lain — bukan yang memintanya. Cocokkan dengan KTP/KK atau surat keterangan "
            "(mis. surat kematian)."))  # fmt: skip
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.summary = QLabel()
        self.summary.setObjectName("changesSummary")
        self.model = RowsModel([self.tr("No"), self.tr("Jenis"), self.tr("NIK"),
                                self.tr("Nama"), self.tr("Perubahan"), self.tr("Diminta")])
        self.table = QTableView()
        self.table.setObjectName("changesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.column_fit = ColumnFit(self.table, COLUMNS)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.reason = QLabel()
        self.reason.setObjectName("changeReason")
        self.reason.setWordWrap(True)
        self.why = QLabel()
        self.why.setObjectName("changeWhyDisabled")
        self.why.setWordWrap(True)
        set_role(self.why, "warning")
        self.why.hide()
        self.result = QLabel()
        self.result.setObjectName("changeResult")
        self.result.setWordWrap(True)
        self.result.hide()
        self.approve = QPushButton(self.tr("Setujui perubahan"))
        self.approve.setObjectName("approveChange")
        self.approve.setProperty("role", "primary")
        self.approve.clicked.connect(self.approve_selected)
        self.decline = QPushButton(self.tr("Tolak perubahan..."))
        self.decline.setObjectName("declineChange")
        self.decline.clicked.connect(self.decline_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decline)
        buttons.addStretch(1)
        buttons.addWidget(self.approve)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.why)
        layout.addLayout(buttons)
        self.refresh()

    # --- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.requests = changes_to_check(self.session.store, self.session.actor)
        kinds = {CORRECTION: self.tr("koreksi")}
        self.model.set_rows([
            (r.id, kinds.get(r.kind, self.tr("penarikan")), r.nik, r.name, r.what(), r.by)
            for r in self.requests
        ], tones=["warning" if r.kind != CORRECTION else None for r in self.requests])
        self.summary.setText(
            self.tr("{n} koreksi/penarikan menunggu diperiksa.").format(n=len(self.requests))
            if self.requests else self.tr("Tidak ada koreksi atau penarikan yang menunggu."))
        if self.requests:
            self.table.selectRow(0)
        self._selected()

    def current(self) -> ChangeRequest | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.requests):
            return None
        return self.requests[index.row()]

    def _selected(self) -> None:
        request = self.current()
        own = request is not None and same_person(request.by, self.session.actor.name)
        for button in (self.approve, self.decline):
            button.setEnabled(request is not None and not own)
        if request is None:
            self.reason.clear()
        else:
            self.reason.setText(self.tr(
                "<b>{name}</b> ({program}) — {what}<br>Alasan: {reason} · diminta {by}, "
                "{at}").format(name=request.name, program=request.program, what=request.what(),
                                reason=request.reason, by=request.by,
                                at=request.at.astimezone().strftime("%d-%m-%Y %H:%M")))  # fmt: skip
        if own:
            self.why.setText(self.tr(
                "Tombol tidak aktif: perubahan ini Anda minta sendiri. Prinsip empat mata: minta "
                "kepala desa, sekretaris desa atau verifikator lain untuk memeriksanya."))
            self.why.show()
        else:
            self.why.hide()

    # --- decisions ---------------------------------------------------------------------------

    def approve_selected(self) -> None:
        request = self.current()
        if request is None:
            return
        self._run(lambda: approve_change(self.session.store, self.session.actor, request.id),
                  self.tr("Perubahan untuk {name} disetujui: datanya sudah diubah dan ikut "
                          "kiriman berikutnya ke kabupaten.").format(name=request.name))

    def decline_selected(self) -> None:
        request = self.current()
        if request is None:
            return
        reason = self.ask_reason(request)
        if not reason:
            return
        self._run(
            lambda: decline_change(self.session.store, self.session.actor, request.id, reason),
            self.tr("Perubahan untuk {name} ditolak: data tetap seperti semula, tidak ada yang "
                    "dikirim.").format(name=request.name))  # fmt: skip

    def _run(self, work: Any, done: str) -> None:
        try:
            work()
        except DomainError as exc:
            self._show(exc.finding.message, "error")
            return
        log.info("%s checked a change", self.session.actor.name)
        self._show(done, "ok")
        self.refresh()
        self.changed.emit()

    def _show(self, text: str, role: str) -> None:
        self.result.setText(text)
        set_role(self.result, role)
        self.result.show()

    def _ask_reason(self, request: ChangeRequest) -> str | None:
        dialog = ReasonDialog(
            self.tr("Tolak perubahan"),
            self.tr("Mengapa perubahan untuk {name} ditolak? Data tetap seperti semula dan tidak "
                    "ada yang dikirim; alasannya dicatat untuk {by}.").format(
                name=request.name, by=request.by),
            self.tr("Tolak"), (), self.tr("mis. orangnya masih bekerja, data KTP berbeda"),
            "declineReason", self,
        )  # fmt: skip
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
