"""Data Pekerja: the candidate list with search-as-you-type and a status filter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop.domain.status import CandidateStatus
from lingkaran_desktop.services.roles import Permission
from ui.candidate_detail import CandidateDialog
from ui.candidate_model import CandidateTableModel
from ui.labels import status_label
from ui.session import AppSession

SEARCH_DELAY_MS = 150
COLUMN_WIDTHS = (150, 210, 40, 95, 230, 75, 110, 180)


class CandidatesPage(QWidget):
    add_requested = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = QLabel(self.tr("Data Pekerja"))
        title.setProperty("role", "title")
        self.search = QLineEdit()
        self.search.setObjectName("candidateSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Cari NIK, nama atau nomor KPJ..."))
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Semua status"), "")
        for status in CandidateStatus:
            self.status.addItem(status_label(status.value), status.value)
        self.count = QLabel()
        self.count.setObjectName("candidateCount")
        self.count.setProperty("role", "muted")
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.status, 1)
        if session.can(Permission.ENTER_CANDIDATES):
            add = QPushButton(self.tr("+ Tambah pekerja"))
            add.setProperty("role", "primary")
            add.clicked.connect(self.add_requested)
            top.addWidget(add)
        self.model = CandidateTableModel(session.store, session.actor, self)
        self.table = QTableView()
        self.table.setObjectName("candidateTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        hint = QLabel(self.tr("Klik dua kali pada baris untuk melihat datanya."))
        hint.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(hint)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self._show_count()

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.status.currentData(), self.search.text())
        self._show_count()

    def refresh(self) -> None:
        self.model.refresh()
        self._show_count()

    def _show_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("{n} data").format(n=f"{n:,}".replace(",", ".")))

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row is not None:
            CandidateDialog(row, self.session.rules, self).exec()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
