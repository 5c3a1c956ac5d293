"""Data Pekerja: the candidate list with search-as-you-type, filters and sorting, all in SQL.

Filters: status, occupation (the codes in use), RT, RW and "only those with warnings". Clicking
the NIK, name, birth date, village, RT/RW or status header sorts (the model changes its ORDER BY);
the other headers do nothing.

The columns always fill the table's width (``ui.column_fit.ColumnFit``): no sideways scrolling
at 1366×768 or at 125 % scaling (1093 logical pixels); text cut short is whole in its tooltip.

Opening a row shows the record; officers who enter data can press "Ubah data" there to correct a
record not yet sent (``edit_requested``: the main window opens the form in edit mode).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from lingkaran_desktop.domain.occupation import occupation_by_code
from lingkaran_desktop.domain.status import CandidateStatus
from lingkaran_desktop.services.candidates import occupations_in_use
from lingkaran_desktop.services.roles import Permission
from ui.candidate_detail import CandidateDialog
from ui.candidate_model import CandidateTableModel
from ui.column_fit import Column, ColumnFit
from ui.labels import status_label
from ui.session import AppSession
from ui.style import set_role

SEARCH_DELAY_MS = 150


def list_columns() -> dict[str, Column]:
    """The name and the occupation take most of the room left over; the status is as wide as
    its common labels ("Diajukan ke kabupaten" may be cut short, whole in its tooltip)."""
    return {
        "nik": Column("0000000000000000"),
        "name": Column("n" * 11, weight=2),
        "sex": Column("L"),
        "birth_date": Column("00-00-0000"),
        "occupation": Column("P000 " + "N" * 5, weight=4),
        "village": Column("n" * 8, weight=2),
        "rt_rw": Column("000/000"),
        "status": Column(status_label("verified"), weight=1),
        "warnings": Column("n" * 8, weight=2),
    }


class CandidatesPage(QWidget):
    add_requested = Signal()
    edit_requested = Signal(str)  # NIK

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: CandidateDialog | None = None
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
        self.occupation = QComboBox()
        self.occupation.setObjectName("occupationFilter")
        # Sized by a short text, not by the longest occupation name, so that the filter row
        # fits a 1093-pixel wide screen (1366×768 at 125 %); the list itself opens wide enough.
        self.occupation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.occupation.setMinimumContentsLength(14)
        self.occupation.view().setMinimumWidth(320)
        self.occupation.setMaxVisibleItems(15)
        self.rt = self._short_edit("rtFilter")
        self.rw = self._short_edit("rwFilter")
        self.warnings_only = QCheckBox(self.tr("Hanya yang ada peringatan"))
        self.warnings_only.setObjectName("warningsFilter")
        self.clear_button = QPushButton(self.tr("Hapus saringan"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.notice = QLabel()
        self.notice.setObjectName("listNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.count = QLabel()
        self.count.setObjectName("candidateCount")
        self.count.setProperty("role", "muted")
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.clear_button)
        if session.can(Permission.ENTER_CANDIDATES):
            add = QPushButton(self.tr("+ Tambah pekerja"))
            add.setProperty("role", "primary")
            add.clicked.connect(self.add_requested)
            top.addWidget(add)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Saring:")))
        filters.addWidget(self.status)
        filters.addWidget(self.occupation, 1)
        filters.addWidget(QLabel(self.tr("RT")))
        filters.addWidget(self.rt)
        filters.addWidget(QLabel(self.tr("RW")))
        filters.addWidget(self.rw)
        filters.addWidget(self.warnings_only)
        self.model = CandidateTableModel(
            session.store, session.actor, self, with_village=session.info.role == "district"
        )
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
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # entry order until a click
        self.table.setSortingEnabled(True)  # the view calls model.sort: an ORDER BY in SQL
        columns = list_columns()
        names = self.model.COLUMNS
        # Narrower than 1093 pixels: sex and birth date give way (the record shows them).
        self.column_fit = ColumnFit(
            self.table,
            [columns[c] for c in names],
            drop=(names.index("sex"), names.index("birth_date")),
            sortable=self.model.sortable,
        )
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        hint = QLabel(
            self.tr("Klik dua kali pada baris untuk melihat atau memperbaiki datanya.")
            if session.can(Permission.ENTER_CANDIDATES)
            else self.tr("Klik dua kali pada baris untuk melihat datanya.")
        )
        hint.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
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
        self.occupation.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.warnings_only.toggled.connect(lambda _c: self.apply_filter())
        for edit in (self.rt, self.rw):
            edit.textChanged.connect(lambda _t: self._timer.start())
        self._fill_occupations()
        self._show_count()

    def _short_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(3)
        edit.setFixedWidth(52)
        edit.setToolTip(self.tr("Nomor saja, mis. 3 atau 003"))
        return edit

    def _fill_occupations(self) -> None:
        """The occupations the program's candidates have (not all 100-odd), keeping the choice."""
        chosen = self.occupation.currentData()
        self.occupation.blockSignals(True)
        self.occupation.clear()
        self.occupation.addItem(self.tr("Semua pekerjaan"), "")
        for code, n in occupations_in_use(self.session.store, self.session.actor):
            occ = occupation_by_code(code)
            name = f"{code} {occ.name}" if occ else code
            self.occupation.addItem(
                self.tr("{occupation} ({n})").format(occupation=name, n=f"{n:,}".replace(",", ".")),
                code,
            )
        index = self.occupation.findData(chosen) if chosen else 0
        self.occupation.setCurrentIndex(max(index, 0))
        self.occupation.blockSignals(False)

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(
            self.status.currentData(),
            self.search.text(),
            occupation=self.occupation.currentData() or None,
            rt=self.rt.text(),
            rw=self.rw.text(),
            has_warnings=self.warnings_only.isChecked(),
        )
        self._show_count()

    def clear_filters(self) -> None:
        widgets = (self.status, self.occupation, self.rt, self.rw, self.warnings_only, self.search)
        for widget in widgets:
            widget.blockSignals(True)  # one query after all are cleared, not one per widget
        self.status.setCurrentIndex(0)
        self.occupation.setCurrentIndex(0)
        self.rt.clear()
        self.rw.clear()
        self.warnings_only.setChecked(False)
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def _sort_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column >= 0 and not self.model.sortable(column):
            # Sex, occupation, warnings: not sortable; put the arrow back where the order is.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    def refresh(self) -> None:
        self._fill_occupations()
        self.model.refresh()
        self._show_count()

    def _show_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("{n} data").format(n=f"{n:,}".replace(",", ".")))

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row is not None:
            self.open_candidate(row)

    def open_candidate(self, row: dict) -> CandidateDialog:
        """The record in a (window-modal) dialog; "Ubah data" there asks for the edit form."""
        if self.dialog is not None:
            self.dialog.close()
        self.notice.hide()
        dialog = CandidateDialog(
            row, self.session.rules, self, can_edit=self.session.can(Permission.ENTER_CANDIDATES)
        )
        dialog.edit_requested.connect(self.edit_requested)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_done(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_done(self, dialog: CandidateDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def show_notice(self, text: str, role: str = "ok") -> None:
        self.notice.setText(text)
        set_role(self.notice, role)
        self.notice.show()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
