"""Table columns that always fill the table's width, and tooltips for the text cut short.

``ColumnFit`` sizes a ``QTableView``'s columns whenever the table's width changes, so that there
is never a sideways scroll bar, at 1366×768 and at 125 % scaling (1093 logical pixels) alike.

How the widths are chosen, without reading a single row (a list may hold 100,000):

* every column is at least as wide as its header and as its ``Column.sample`` (a typical value
  such as "0000000000000000" for a NIK), both measured with the table's font, so the short
  columns (NIK, dates, RT/RW) are never cut short;
* the room left over is shared by the descriptive columns (name, occupation, warnings) in
  proportion to their ``Column.weight``; the last of them takes the pixels lost to rounding;
* when even the minimum widths do not fit, the columns named in ``drop`` are hidden, in that
  order, until the rest fit (they come back when the table grows).

Text that does not fit its cell ends in "…"; ``ElidedTipDelegate`` then shows the whole of it as
the cell's tooltip (the model's own tooltip, when it has one, comes first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)


@dataclass(frozen=True)
class Column:
    """How a column takes its width: at least its header and ``sample`` (a typical value,
    measured with the table's font), plus ``weight`` shares of the room left over."""

    sample: str = ""
    weight: int = 0


class ElidedTipDelegate(QStyledItemDelegate):
    """A cell whose text is cut short ("…") shows the whole of it as its tooltip; the model's
    own tooltip (all of a record's warnings, the sex spelt out) comes first."""

    def tip(
        self, view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex
    ) -> str | None:
        """The tooltip of a cell: the model's, or the whole text when it does not fit."""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own:
            return str(own)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        self.initStyleOption(option, index)
        if not option.text:
            return None
        style = view.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width()
        room -= 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        return option.text if option.fontMetrics.horizontalAdvance(option.text) > room else None

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = self.tip(view, index)
        if text:
            QToolTip.showText(event.globalPos(), text, view.viewport(), view.visualRect(index))
        else:
            QToolTip.hideText()
        return True


class ColumnFit(QObject):
    """The table's columns always fill its width exactly (see the module's docstring): short
    columns as wide as their header or sample, the descriptive ones sharing the rest by weight,
    those in ``drop`` hidden in that order when even the minimum widths do not fit. Refitted
    whenever the table's width changes; the officer may still drag a column wider.
    ``sortable`` says which headers show a sort arrow (the others need no room for it).
    """

    def __init__(
        self,
        table: QTableView,
        columns: Sequence[Column],
        drop: Sequence[int] = (),
        sortable: Callable[[int], bool] = lambda _column: True,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.columns = list(columns)
        self.drop = list(drop)
        self.sortable = sortable
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setWordWrap(False)
        table.setItemDelegate(ElidedTipDelegate(table))
        header.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.horizontalHeader():
            self.fit()
        return False

    def minimum(self, column: int) -> int:
        table, header = self.table, self.table.horizontalHeader()
        heading = header.sectionSizeHint(column)
        if header.isSortIndicatorShown() and not self.sortable(column):
            # Qt keeps room for the sort arrow in every header; these never show it.
            heading -= header.sizeHint().height() + header.style().pixelMetric(
                QStyle.PixelMetric.PM_HeaderMargin, None, header
            )
        margin = (
            2
            * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
            + 8
        )
        sample = self.columns[column].sample
        return max(
            heading,
            header.minimumSectionSize(),
            table.fontMetrics().horizontalAdvance(sample) + margin if sample else 0,
        )

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        width = header.width()  # the viewport's: the vertical scroll bar is already taken off
        if width <= 0 or header.count() != len(self.columns):
            return
        sizes = {column: self.minimum(column) for column in range(len(self.columns))}
        shown = list(sizes)
        for column in self.drop:
            if sum(sizes[c] for c in shown) <= width:
                break
            shown.remove(column)
        extra = width - sum(sizes[c] for c in shown)
        flexible = [c for c in shown if self.columns[c].weight > 0]
        if extra > 0 and flexible:
            weights = sum(self.columns[c].weight for c in flexible)
            for column in flexible:
                sizes[column] += extra * self.columns[column].weight // weights
            sizes[flexible[-1]] += width - sum(sizes[c] for c in shown)  # the rounding
        for column in range(len(self.columns)):
            if header.isSectionHidden(column) != (column not in shown):
                header.setSectionHidden(column, column not in shown)
        for column in shown:
            if header.sectionSize(column) != sizes[column]:
                header.resizeSection(column, sizes[column])
