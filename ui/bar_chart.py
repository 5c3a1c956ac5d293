"""A horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

    chart = BarChart(value_text=lambda n: f"{n:,}")
    chart.set_series([("Laki-laki", "#0b5c8a"), ("Perempuan", "#d9822b")])  # stacked, legend
    chart.set_bars([("18–25", [12, 15]), ("26–35", [30, 28])], limit=40, limit_text="Kuota 40")

One row per bar: the label on the left (elided when long), the bar (segments stacked when there
are several series), the total after it. An optional ``limit`` (a quota) is a dashed line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.style import ACCENT, ERROR, MUTED

ROW_HEIGHT = 24
BAR_HEIGHT = 16
LEGEND_HEIGHT = 22
LIMIT_HEIGHT = 18


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None,
                 value_text: Callable[[int], str] = _number) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, list[int]]] = []
        self._series: list[tuple[str, str]] = [("", ACCENT)]
        self._limit: int | None = None
        self._limit_text = ""
        self._value_text = value_text
        self.empty_text = self.tr("Belum ada data")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(280)

    # --- data ------------------------------------------------------------------------------

    def set_series(self, series: Sequence[tuple[str, str]]) -> None:
        """Names and colours of the stacked segments; two or more get a legend."""
        self._series = list(series) or [("", ACCENT)]
        self.updateGeometry()
        self.update()

    def set_bars(self, bars: Sequence[tuple[str, Sequence[int]]], limit: int | None = None,
                 limit_text: str = "") -> None:
        self._bars = [(label, [int(v) for v in values]) for label, values in bars]
        self._limit = limit or None
        self._limit_text = limit_text
        self.setToolTip("\n".join(f"{label}: {self._value_text(sum(values))}"
                                  for label, values in self._bars))
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

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(420, self._top() + rows * ROW_HEIGHT + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # --- drawing ---------------------------------------------------------------------------

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
        label_width = min(max(metrics.horizontalAdvance(label) for label, _ in self._bars) + 10,
                          int(width * 0.38))
        totals = [sum(values) for _, values in self._bars]
        largest = max([*totals, self._limit or 0, 1])
        value_width = max(metrics.horizontalAdvance(self._value_text(t)) for t in totals) + 10
        left = label_width
        span = max(width - left - value_width - 4, 20)
        top = self._top()
        for row, (label, values) in enumerate(self._bars):
            y = top + row * ROW_HEIGHT
            painter.setPen(QColor("#202124"))
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(0, y, label_width - 8, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            x = float(left)
            bar_y = y + (ROW_HEIGHT - BAR_HEIGHT) / 2
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
            painter.drawText(QRectF(x + 5, y, value_width, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self._value_text(totals[row]))
        if self._limit:
            x = left + span * self._limit / largest
            pen = QPen(QColor(ERROR))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(1.5)
            painter.setPen(pen)
            bottom = top + len(self._bars) * ROW_HEIGHT
            painter.drawLine(int(x), top - 2, int(x), bottom)
            painter.setPen(QColor(ERROR))
            text_width = metrics.horizontalAdvance(self._limit_text) + 4
            text_x = min(max(x - text_width / 2, left), width - text_width)
            painter.drawText(QRectF(text_x, top - LIMIT_HEIGHT, text_width, LIMIT_HEIGHT - 2),
                             Qt.AlignmentFlag.AlignCenter, self._limit_text)

    def _legend(self, painter: QPainter, metrics: QFontMetrics) -> None:
        x = 4.0
        for name, colour in self._series:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(x, 5, 12, 12))
            painter.setPen(QColor("#202124"))
            painter.drawText(QRectF(x + 16, 0, metrics.horizontalAdvance(name) + 4,
                                    LEGEND_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter, name)
            x += 16 + metrics.horizontalAdvance(name) + 18
