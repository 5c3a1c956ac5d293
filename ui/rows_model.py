"""A small read-only table model over a list of text rows (summaries, results, ledgers).

Used where a screen lists what a service returned (rejected rows, batch results, stations); the
lists can run to thousands of rows, so they go through a model, never a widget table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.style import ERROR, ERROR_BG, OK, OK_BG, WARNING, WARNING_BG

Index = QModelIndex | QPersistentModelIndex

TONES = {
    "error": (ERROR, ERROR_BG),
    "warning": (WARNING, WARNING_BG),
    "ok": (OK, OK_BG),
}


class RowsModel(QAbstractTableModel):
    """Rows of strings; ``tones`` (optional, one per row) colours a row "error"/"warning"/"ok"."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[list[str]] = []
        self.tones: list[str | None] = []
        self.keys: list[Any] = []

    def set_rows(self, rows: Sequence[Sequence[Any]], tones: Sequence[str | None] | None = None,
                 keys: Sequence[Any] | None = None) -> None:
        self.beginResetModel()
        self.rows = [["" if v is None else str(v) for v in row] for row in rows]
        self.tones = list(tones) if tones is not None else [None] * len(self.rows)
        self.keys = list(keys) if keys is not None else [None] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.headers[section] if 0 <= section < len(self.headers) else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()] if index.column() < len(row) else ""
        tone = self.tones[index.row()]
        if tone in TONES:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(TONES[tone][0]))
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(TONES[tone][1]))
        return None
