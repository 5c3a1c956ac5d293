"""The candidate list as a windowed table model: it holds only the pages of rows on screen.

The row count comes from ``count_candidates`` and rows are fetched a page at a time with
``list_candidates(limit, offset)``; filtering and sorting happen in SQL (``sort`` only changes the
ORDER BY), so 100,000 rows cost what one page costs. Pages are kept in a small LRU cache and
dropped whenever the filter or the order changes.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from datetime import date
from functools import lru_cache
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from lingkaran_desktop.domain.occupation import occupation_by_code
from lingkaran_desktop.domain.regions import get_region
from lingkaran_desktop.services.candidates import count_candidates, list_candidates
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.store import Store
from ui.labels import sex_label, status_label, warning_codes, warning_label
from ui.style import WARNING, WARNING_BG

PAGE_SIZE = 100
MAX_CACHED_PAGES = 40

Index = QModelIndex | QPersistentModelIndex


def _occupation_text(code: str | None) -> str:
    occ = occupation_by_code(code) if code else None
    return f"{occ.code} {occ.name}" if occ else (code or "")


def _date_text(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


@lru_cache(maxsize=512)
def _village_text(code: str) -> str:
    region = get_region(code)
    return region.name if region else code


class CandidateTableModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ("nik", "name", "sex", "birth_date", "occupation", "rt_rw",
                                "status", "warnings")
    # A district sees many villages: one more column.
    DISTRICT_COLUMNS = ("nik", "name", "sex", "birth_date", "occupation", "village", "rt_rw",
                        "status", "warnings")
    # Table column -> list_candidates(order_by=...); the other columns cannot be sorted.
    SORTABLE: ClassVar[dict[str, str]] = {
        "nik": "nik", "name": "name", "birth_date": "birth_date", "status": "status",
        "village": "village", "rt_rw": "rt_rw",
    }

    def __init__(self, store: Store, actor: Actor, parent: Any = None,
                 with_village: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        if with_village:
            self.COLUMNS = self.DISTRICT_COLUMNS
        self.status: str | None = None
        self.search: str = ""
        self.occupation: str | None = None
        self.rt: str = ""
        self.rw: str = ""
        self.has_warnings = False
        self.order_by = "id"
        self.descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.pages_fetched = 0
        self.last_query_ms = 0.0
        self.refresh()

    # --- filtering -------------------------------------------------------------------------

    def set_filter(self, status: str | None = None, search: str = "",
                   occupation: str | None = None, rt: str = "", rw: str = "",
                   has_warnings: bool = False) -> None:
        self.status = status or None
        self.search = search.strip()
        self.occupation = occupation or None
        self.rt = rt.strip()
        self.rw = rw.strip()
        self.has_warnings = has_warnings
        self.refresh()

    def _filters(self) -> dict[str, Any]:
        return {"occupation": self.occupation, "rt": self.rt or None, "rw": self.rw or None,
                "has_warnings": self.has_warnings}

    def refresh(self) -> None:
        started = time.perf_counter()
        self.beginResetModel()
        self._pages.clear()
        self._count = count_candidates(self.store, self.actor, self.status, self.search or None,
                                       **self._filters())
        self.endResetModel()
        self.last_query_ms = (time.perf_counter() - started) * 1000

    # --- sorting (in SQL) -------------------------------------------------------------------

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.COLUMNS) and self.COLUMNS[column] in self.SORTABLE

    def sort_column(self) -> int:
        """The table column the rows are sorted by, -1 for the entry order."""
        for column, name in enumerate(self.COLUMNS):
            if self.SORTABLE.get(name) == self.order_by:
                return column
        return -1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view when a header is clicked: a new ORDER BY, the same filter."""
        if column < 0:
            order_by = "id"
        elif self.sortable(column):
            order_by = self.SORTABLE[self.COLUMNS[column]]
        else:
            return  # sex, occupation, warnings: the order stays as it was
        descending = order == Qt.SortOrder.DescendingOrder
        if (order_by, descending) == (self.order_by, self.descending):
            return
        self.order_by, self.descending = order_by, descending
        started = time.perf_counter()
        self.beginResetModel()
        self._pages.clear()
        self.endResetModel()
        self.last_query_ms = (time.perf_counter() - started) * 1000

    def row(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = list_candidates(
                self.store,
                self.actor,
                self.status,
                self.search or None,
                limit=PAGE_SIZE,
                offset=number * PAGE_SIZE,
                order_by=self.order_by,
                descending=self.descending,
                **self._filters(),
            )
            self.pages_fetched += 1
            self._pages[number] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    @property
    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # --- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self.headers()[section]

    def headers(self) -> list[str]:
        words = {
            "nik": self.tr("NIK"),
            "name": self.tr("Nama"),
            "sex": self.tr("JK"),
            "birth_date": self.tr("Tgl Lahir"),
            "occupation": self.tr("Pekerjaan"),
            "village": self.tr("Desa"),
            "rt_rw": self.tr("RT/RW"),
            "status": self.tr("Status"),
            "warnings": self.tr("Peringatan"),
        }
        return [words[c] for c in self.COLUMNS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row(index.row())
            return None if row is None else self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "sex":
            row = self.row(index.row())
            return sex_label(row["sex"]) if row else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "warnings":
            row = self.row(index.row())
            codes = warning_codes(row["warnings"]) if row else []
            return "\n".join(warning_label(c) for c in codes) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "warnings":
            return QBrush(QColor(WARNING))
        if role == Qt.ItemDataRole.BackgroundRole and column == "warnings":
            row = self.row(index.row())
            return QBrush(QColor(WARNING_BG)) if row and row["warnings"] else None
        return None

    def display(self, row: dict[str, Any], column: str) -> str:
        if column == "sex":
            return row["sex"] or ""
        if column == "birth_date":
            return _date_text(row["birth_date"])
        if column == "occupation":
            return _occupation_text(row["occupation_code"])
        if column == "village":
            return _village_text(row["village_code"])
        if column == "rt_rw":
            return f"{row['rt'] or '-'}/{row['rw'] or '-'}"
        if column == "status":
            return status_label(row["status"])
        if column == "warnings":
            codes = warning_codes(row["warnings"])
            if not codes:
                return ""
            first = warning_label(codes[0])
            return first if len(codes) == 1 else self.tr("{first} (+{n})").format(
                first=first, n=len(codes) - 1
            )
        return str(row[column] or "")
