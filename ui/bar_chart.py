"""A horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

    chart = BarChart(value_text=lambda n: f"{n:,}", wrap_lines=4)
    chart.set_series([("Laki-laki", "#0b5c8a"), ("Perempuan", "#d9822b")])  # stacked, legend
    chart.set_bars([("18–25", [12, 15]), ("26–35", [30, 28])], limit=40, limit_text="Kuota 40")

One row per bar: the label on the left, the bar (segments stacked when there are several
series), the total after it. An optional ``limit`` (a quota) is a dashed line. Pointing at a row
shows its whole label and its number.

A label too long for its room is cut short with "…" (``wrap_lines=1``, the default), or wraps
onto up to ``wrap_lines`` lines, broken after spaces and slashes, its row growing to hold them:
"P058 TENAGA HONORER (SELAIN PENYELENGGARA NEGARA)" stays readable in a half-width card at
1366×768 and at 125 % scaling. A wrapping chart's height then depends on its width
(``heightForWidth``); a label longer than ``wrap_lines`` lines still ends in "…".
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.style import ACCENT, ERROR, MUTED

ROW_HEIGHT = 24  # at least: a row grows to hold a wrapped label
BAR_HEIGHT = 16
LEGEND_HEIGHT = 22
LIMIT_HEIGHT = 18


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class BarChart(QWidget):
    LABEL_SHARE = 0.38  # of the width, at most, for labels on one line
    WRAPPED_LABEL_SHARE = 0.42  # the same when they may wrap

    def __init__(
        self,
        parent: QWidget | None = None,
        value_text: Callable[[int], str] = _number,
        wrap_lines: int = 1,
    ) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, list[int]]] = []
        self._series: list[tuple[str, str]] = [("", ACCENT)]
        self._limit: int | None = None
        self._limit_text = ""
        self._value_text = value_text
        self.wrap_lines = max(wrap_lines, 1)
        self.empty_text = self.tr("Belum ada data")
        if self.wrap_lines > 1:
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            self.setSizePolicy(policy)
        else:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(280)

    # --- data ------------------------------------------------------------------------------

    def set_series(self, series: Sequence[tuple[str, str]]) -> None:
        """Names and colours of the stacked segments; two or more get a legend."""
        self._series = list(series) or [("", ACCENT)]
        self.updateGeometry()
        self.update()

    def set_bars(
        self,
        bars: Sequence[tuple[str, Sequence[int]]],
        limit: int | None = None,
        limit_text: str = "",
    ) -> None:
        self._bars = [(label, [int(v) for v in values]) for label, values in bars]
        self._limit = limit or None
        self._limit_text = limit_text
        self.setToolTip(
            "\n".join(f"{label}: {self._value_text(sum(values))}" for label, values in self._bars)
        )
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        """(label, total) per bar, as drawn: for tests and screen readers."""
        return [(label, sum(values)) for label, values in self._bars]

    @property
    def limit(self) -> int | None:
        return self._limit

    # --- geometry --------------------------------------------------------------------------

    def _top(self) -> int:
        top = LEGEND_HEIGHT if len(self._series) > 1 else 0
        return top + (LIMIT_HEIGHT if self._limit else 0)

    def label_width(self, width: int) -> int:
        """The room of the labels (with their 8-pixel gap) in a chart ``width`` wide."""
        share = self.LABEL_SHARE if self.wrap_lines == 1 else self.WRAPPED_LABEL_SHARE
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(label) for label, _ in self._bars), default=0)
        return min(math.ceil(widest) + 10, int(width * share))

    def label_lines(self, label: str, width: int | None = None) -> list[str]:
        """The label as drawn at ``width`` (the chart's own by default): at most ``wrap_lines``
        lines broken after spaces and slashes, a line too long for the room cut short with "…"."""
        metrics = QFontMetricsF(self.font())  # fractions: what fits is not cut short
        room = max(self.label_width(self.width() if width is None else width) - 8, 20)
        lines: list[str] = []
        line = ""
        for word in re.split(r"(?<=[\s/])", label):
            if line and metrics.horizontalAdvance((line + word).rstrip()) > room:
                lines.append(line)
                line = word
            else:
                line += word
        lines.append(line)
        if len(lines) > self.wrap_lines:
            lines[self.wrap_lines - 1 :] = ["".join(lines[self.wrap_lines - 1 :])]
        return [
            metrics.elidedText(text.rstrip(), Qt.TextElideMode.ElideRight, room) for text in lines
        ]

    def _row_height(self, lines: Sequence[str]) -> int:
        return max(ROW_HEIGHT, len(lines) * QFontMetrics(self.font()).lineSpacing() + 6)

    def row_heights(self, width: int) -> list[int]:
        return [self._row_height(self.label_lines(label, width)) for label, _ in self._bars]

    def heightForWidth(self, width: int) -> int:
        return self._top() + sum(self.row_heights(width) or [ROW_HEIGHT]) + 6

    def sizeHint(self) -> QSize:
        return QSize(420, self.heightForWidth(self.width() if self.isVisible() else 420))

    def minimumSizeHint(self) -> QSize:
        return QSize(280, self._top() + max(len(self._bars), 1) * ROW_HEIGHT + 6)

    def row_span(self, row: int) -> tuple[int, int]:
        """Where a row is drawn: its top and height, at the chart's width."""
        heights = self.row_heights(self.width())
        return self._top() + sum(heights[:row]), heights[row]

    def row_at(self, y: int) -> int | None:
        for row in range(len(self._bars)):
            top, height = self.row_span(row)
            if top <= y < top + height:
                return row
        return None

    # --- showing ---------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is not None:
                label, values = self._bars[row]
                QToolTip.showText(
                    event.globalPos(), f"{label}: {self._value_text(sum(values))}", self
                )
                return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        width = self.width()
        if not self._bars:
            painter.setPen(QColor(MUTED))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        if len(self._series) > 1:
            self._legend(painter, metrics)
        label_width = self.label_width(width)
        totals = [sum(values) for _, values in self._bars]
        largest = max([*totals, self._limit or 0, 1])
        value_width = max(metrics.horizontalAdvance(self._value_text(t)) for t in totals) + 10
        span = max(width - label_width - value_width - 4, 20)
        top = y = self._top()
        for row, (label, values) in enumerate(self._bars):
            lines = self.label_lines(label, width)
            height = self._row_height(lines)
            painter.setPen(QColor("#202124"))
            painter.drawText(
                QRectF(0, y, label_width - 8, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                "\n".join(lines),
            )
            x = float(label_width)
            bar_y = y + (height - BAR_HEIGHT) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            for index, value in enumerate(values):
                if value <= 0:
                    continue
                colour = self._series[min(index, len(self._series) - 1)][1]
                w = max(span * value / largest, 1.5)
                painter.setBrush(QColor(colour))
                painter.drawRect(QRectF(x, bar_y, w, BAR_HEIGHT))
                x += w
            over = self._limit is not None and totals[row] > self._limit
            painter.setPen(QColor(ERROR if over else "#202124"))
            painter.drawText(
                QRectF(x + 5, y, value_width, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._value_text(totals[row]),
            )
            y += height
        if self._limit:
            x = label_width + span * self._limit / largest
            pen = QPen(QColor(ERROR))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.drawLine(int(x), top - 2, int(x), y)
            painter.setPen(QColor(ERROR))
            text_width = metrics.horizontalAdvance(self._limit_text) + 4
            text_x = min(max(x - text_width / 2, label_width), width - text_width)
            painter.drawText(
                QRectF(text_x, top - LIMIT_HEIGHT, text_width, LIMIT_HEIGHT - 2),
                Qt.AlignmentFlag.AlignCenter,
                self._limit_text,
            )

    def _legend(self, painter: QPainter, metrics: QFontMetrics) -> None:
        x = 4.0
        for name, colour in self._series:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(x, 5, 12, 12))
            painter.setPen(QColor("#202124"))
            painter.drawText(
                QRectF(x + 16, 0, metrics.horizontalAdvance(name) + 4, LEGEND_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            x += 16 + metrics.horizontalAdvance(name) + 18
